import type { StoreFailure } from "../../../../src/addin/ports/store-client-port";
import { createManualOnlineManager } from "../../../../src/addin/sync/online-manager";
import { createSyncEngine, type SyncEngineDeps } from "../../../../src/addin/sync/sync-engine";
import { outboxEntry } from "../storage/outbox-fixtures";
import { fakeClock, fakeTokens, memoryOutbox, noLock, scriptedStore } from "./sync-fakes";

/** Failures the scripted store answers with, one of each kind the engine tells apart. */
export const offline: StoreFailure = { code: "ADDIN_OFFLINE", kind: "network", message: "down" };
export const unavailable: StoreFailure = {
  code: "STORE_UNAVAILABLE",
  kind: "server",
  status: 503,
  message: "busy",
  retryAfterMs: 10_000,
};
export const unauthenticated: StoreFailure = {
  code: "ADDIN_UNAUTHENTICATED",
  kind: "auth",
  status: 401,
  message: "expired",
};
export const invalid: StoreFailure = {
  code: "STORE_UNKNOWN_TEMPLATE",
  kind: "rejected",
  status: 422,
  message: "no such template",
};

export const noContacts: StoreFailure = {
  code: "STORE_NO_CONTACTS",
  kind: "rejected",
  status: 422,
  message: "no contacts",
};

export function setup(
  script: Array<StoreFailure | "ok"> = [],
  tokenAnswers: Array<"ok" | "sign-in" | "unavailable"> = [],
) {
  const outbox = memoryOutbox();
  const store = scriptedStore(script);
  const tokens = fakeTokens(tokenAnswers);
  const online = createManualOnlineManager(true);
  const clock = fakeClock(Date.parse("2026-11-24T08:00:00Z"));
  let ids = 0;
  const deps: SyncEngineDeps = {
    outbox,
    store,
    tokens,
    online,
    clock,
    random: () => 0.5,
    lock: noLock,
    newId: () => `new-${++ids}`,
  };
  return { engine: createSyncEngine(deps), outbox, store, tokens, online, clock };
}

export const log = (id: string) => {
  const { request, label } = outboxEntry(id);
  return { id, request, origin: "taskpane" as const, label };
};
