import { readAuthConfig } from "./platform/auth/auth-config";
import { createDevTokenProvider } from "./platform/http/dev-token-provider";
import { createStoreClient } from "./platform/http/store-client";
import { createOfficeMailbox } from "./platform/office/create-office-mailbox";
import { createOfficeSettings } from "./platform/office/create-office-settings";
import { createOfficeAuthDialog } from "./platform/office/open-auth-dialog";
import { readMailboxUser } from "./platform/office/read-mailbox-user";
import { supportsNestedAppAuth } from "./platform/office/supports-nested-app-auth";
import { createDrainLock } from "./platform/storage/drain-lock";
import { createIndexedDbCacheStorage } from "./platform/storage/indexed-db-cache-storage";
import { createIndexedDbOutbox } from "./platform/storage/indexed-db-outbox";
import { officeRuntimeStorage } from "./platform/storage/key-value-storage";
import { createOfficeRuntimeOutbox } from "./platform/storage/office-runtime-outbox";
import type { CacheStoragePort } from "./ports/cache-storage-port";
import type { TokenPort } from "./ports/token-port";
import { createCachedStoreClient, type CachedStoreClient } from "./sync/cached-store-client";
import { createBrowserOnlineManager } from "./sync/online-manager";
import { createSyncEngine, type SyncEngine } from "./sync/sync-engine";
import type { AddinDeps } from "./use-cases/addin-deps";

/** The wired add-in: the use-cases' ports plus the lifecycle handles the hosts (pane, ribbon) drive. */
export interface Composition extends AddinDeps {
  store: CachedStoreClient;
  sync: SyncEngine;
  tokens: TokenPort;
  /** Reference data kept across openings; the ribbon reads template names from it without a request. */
  cache: CacheStoragePort;
}

export interface CompositionOptions {
  /** The token provider (MSAL in Outlook); absent: the dev token of a store in dev auth. */
  tokens?: TokenPort;
}

/**
 * Builds the add-in's dependencies: the Office adapters, the store client (same origin unless the
 * user set a store address) behind the reference-data cache, and the outbox sync engine. Until an
 * Entra ID provider is handed in, it signs in with the dev token of a store in dev auth.
 */
export function createComposition(options: CompositionOptions = {}): Composition {
  const mailbox = createOfficeMailbox();
  const settings = createOfficeSettings();
  const baseUrl = settings.read().storeUrl ?? "";
  const tokens = options.tokens ?? entraTokens() ?? devTokens(baseUrl);
  const newId = () => crypto.randomUUID();
  const client = createStoreClient({ tokens, baseUrl });
  const cache = createIndexedDbCacheStorage();
  const store = createCachedStoreClient(client, cache, { now: Date.now });
  const sync = createSyncEngine({
    outbox: createIndexedDbOutbox(),
    store,
    tokens,
    online: createBrowserOnlineManager(window),
    clock: {
      now: Date.now,
      setTimeout: (callback, ms) => setTimeout(callback, ms),
      clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    },
    random: Math.random,
    lock: createDrainLock(officeRuntimeStorage(), { now: Date.now, owner: newId() }),
    // Logs the on-send runtime queued in OfficeRuntime.storage are sent by this drain.
    adoptFrom: officeRuntimeStorage() ? [createOfficeRuntimeOutbox()] : [],
    newId,
  });
  return { mailbox, settings, store, sync, tokens, cache, newId };
}

/** MSAL nested app auth when the build carries an Entra ID app registration; undefined otherwise. */
function entraTokens(): TokenPort | undefined {
  const config = readAuthConfig();
  if (!config.ok) return undefined;
  // MSAL loads on the first token request, outside the pane's initial bundle.
  let provider: Promise<TokenPort> | undefined;
  return {
    async getToken(request) {
      provider ??= import("./platform/auth/naa-token-provider").then(({ createNaaTokenProvider }) =>
        createNaaTokenProvider(config.value, {
          supportsNestedAppAuth: () => supportsNestedAppAuth(),
          dialog: createOfficeAuthDialog(),
          loginHint: () => readMailboxUser()?.address,
        }),
      );
      try {
        return await (await provider).getToken(request);
      } catch (error) {
        provider = undefined;
        const message = error instanceof Error ? error.message : String(error);
        return { ok: false, error: { code: "ADDIN_AUTH_UNAVAILABLE", message } };
      }
    },
  };
}

/** Signs in as the mailbox user against a store in dev auth (the harness and local sideloading). */
function devTokens(baseUrl: string): TokenPort {
  const user = readMailboxUser();
  return createDevTokenProvider({
    user: user?.address ?? "",
    ...(user?.name ? { name: user.name } : {}),
    baseUrl,
  });
}
