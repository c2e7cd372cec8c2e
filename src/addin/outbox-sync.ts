import { createDrainLock } from "./platform/storage/drain-lock";
import { createIndexedDbOutbox } from "./platform/storage/indexed-db-outbox";
import { officeRuntimeStorage } from "./platform/storage/key-value-storage";
import { createOfficeRuntimeOutbox } from "./platform/storage/office-runtime-outbox";
import type { StoreClientPort } from "./ports/store-client-port";
import type { TokenPort } from "./ports/token-port";
import { createBrowserOnline } from "./platform/browser/browser-online";
import { createSyncEngine, type SyncEngine } from "./sync/sync-engine";

/** What the outbox engine is built over: the rest of the composition. */
export interface OutboxSyncParts {
  store: Pick<StoreClientPort, "logInteraction" | "entryAction" | "followUp">;
  tokens: TokenPort;
  newId: () => string;
}

/**
 * The outbox sync engine over this runtime's IndexedDB outbox, one drain at a time across runtimes
 * (the lock lives in OfficeRuntime.storage), adopting the logs the on-send runtime queued there.
 */
export function createOutboxSync({ store, tokens, newId }: OutboxSyncParts): SyncEngine {
  return createSyncEngine({
    outbox: createIndexedDbOutbox(),
    store,
    tokens,
    online: createBrowserOnline(window),
    clock: {
      now: Date.now,
      setTimeout: (callback, ms) => setTimeout(callback, ms),
      clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    },
    random: Math.random,
    lock: createDrainLock(officeRuntimeStorage(), { now: Date.now, owner: newId() }),
    adoptFrom: officeRuntimeStorage() ? [createOfficeRuntimeOutbox()] : [],
    newId,
  });
}
