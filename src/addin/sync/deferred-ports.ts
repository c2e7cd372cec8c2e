import { fail } from "../../domain/result";
import type { AutoLogContextPort } from "../ports/auto-log-context-port";
import type { CacheStoragePort } from "../ports/cache-storage-port";
import type { StoreClientPort } from "../ports/store-client-port";
import type { SyncSnapshot } from "../ports/sync-port";
import type { CachedStoreClient } from "./cached-store-client";
import type { SyncEngine } from "./sync-engine";

/**
 * Loads a port's code (a lazily loaded chunk) once: fetching starts at once, every caller waits for the
 * same load, and a load that failed (offline at the time) is tried again by the next caller rather than
 * answered with the old error forever. `onLoaded` runs once, when the code has arrived.
 */
function loadOnce<T>(load: () => Promise<T>, onLoaded: (loaded: T) => void = () => undefined) {
  let loading: Promise<T> | undefined;
  const get = (): Promise<T> =>
    (loading ??= load().then(
      (loaded) => {
        onLoaded(loaded);
        return loaded;
      },
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  // Start fetching now; each caller sees a failure through its own call.
  get().catch(() => undefined);
  return get;
}

/**
 * A port whose code arrives later: `ready` waits for it; `whenLoaded` attaches a synchronous part of the
 * API (a subscription handing back its undo at once) now or on arrival, and its undo works either way.
 */
function deferred<T>(load: () => Promise<T>) {
  let port: T | undefined;
  const waiting = new Set<(loaded: T) => void>();
  const ready = loadOnce(load, (loaded) => {
    port = loaded;
    for (const attach of waiting) attach(loaded);
    waiting.clear();
  });
  function whenLoaded(attach: (loaded: T) => () => void): () => void {
    let undo: (() => void) | undefined;
    const onArrival = (loaded: T) => (undo = attach(loaded));
    if (port) onArrival(port);
    else waiting.add(onArrival);
    return () => {
      waiting.delete(onArrival);
      undo?.();
      undo = undefined;
    };
  }
  return { ready, whenLoaded };
}

/**
 * A sync engine whose code arrives later (a lazily loaded chunk): every call waits for it, and the
 * synchronous parts of the API — `start` and `subscribe` hand back their undo at once — are replayed on
 * the engine when it arrives. The pane's first view needs none of the outbox, so it loads beside it.
 * If the code cannot load, calls reject with that error, and the next call tries to load it again.
 */
export function deferSyncEngine(load: () => Promise<SyncEngine>): SyncEngine {
  const { ready, whenLoaded } = deferred(load);
  return {
    enqueue: async (entry) => (await ready()).enqueue(entry),
    drainNow: async () => (await ready()).drainNow(),
    discard: async (id) => (await ready()).discard(id),
    retry: async (id, request) => (await ready()).retry(id, request),
    snapshot: async () => (await ready()).snapshot(),
    signedIn: async () => (await ready()).signedIn(),
    subscribe: (listener: (snapshot: SyncSnapshot) => void) =>
      whenLoaded((loaded) => loaded.subscribe(listener)),
    start: () => whenLoaded((loaded) => loaded.start()),
  };
}

/** A cache whose storage code arrives later: each call waits for it (every call is asynchronous already). */
export function deferCacheStorage(load: () => Promise<CacheStoragePort>): CacheStoragePort {
  let loaded: CacheStoragePort | undefined;
  const storage = loadOnce(load, (arrived) => (loaded = arrived));
  return {
    isOpen: () => loaded?.isOpen() ?? false,
    read: async (key) => (await storage()).read(key),
    write: async (record) => (await storage()).write(record),
    remove: async (key) => (await storage()).remove(key),
  };
}

/** The on-send runtime's shared context, its storage code loaded later (every call is asynchronous already). */
export function deferAutoLogContext(load: () => Promise<AutoLogContextPort>): AutoLogContextPort {
  const port = loadOnce(load);
  return {
    read: async () => (await port()).read(),
    update: async (change) => (await port()).update(change),
  };
}

/** Every call of the store client, so the deferred one answers each (the compiler checks the list). */
const STORE_CALLS = {
  matchContacts: 0,
  logInteraction: 0,
  sourceStatus: 0,
  cancelLoggedItem: 0,
  cancelEntry: 0,
  drafts: 0,
  resumeDraft: 0,
  deleteDraft: 0,
  segments: 0,
  createSegment: 0,
  logSegment: 0,
  loggedSegments: 0,
  cancelLoggedSegment: 0,
  restoreEntry: 0,
  entryAction: 0,
  followUp: 0,
  me: 0,
  todos: 0,
  comments: 0,
  report: 0,
  entries: 0,
  history: 0,
  statistics: 0,
  contact: 0,
  searchContacts: 0,
  createContact: 0,
  updateContact: 0,
  groups: 0,
  templates: 0,
  templateSetup: 0,
  opportunities: 0,
  campaigns: 0,
  tenantSettings: 0,
  neverLog: 0,
  addNeverLog: 0,
  removeNeverLog: 0,
} satisfies Record<Exclude<keyof StoreClientPort, "onRefresh">, 0>;

/**
 * A store client whose code (the HTTP client and the cache over it) arrives later: each call waits for
 * it. Code that cannot be fetched means the network is gone, so such a call answers ADDIN_OFFLINE as a
 * request would, and the next call tries to load it again.
 */
export function deferStoreClient(load: () => Promise<CachedStoreClient>): CachedStoreClient {
  const { ready, whenLoaded } = deferred(load);
  const call =
    (name: keyof typeof STORE_CALLS) =>
    async (...args: unknown[]): Promise<unknown> => {
      let client: CachedStoreClient;
      try {
        client = await ready();
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return fail({ code: "ADDIN_OFFLINE", kind: "network", message });
      }
      return (client[name] as (...passed: unknown[]) => Promise<unknown>)(...args);
    };
  const calls = Object.fromEntries(
    Object.keys(STORE_CALLS).map((name) => [name, call(name as keyof typeof STORE_CALLS)]),
  ) as unknown as StoreClientPort;
  return {
    ...calls,
    onRefresh: (listener) => whenLoaded((client) => client.onRefresh(listener)),
    whenIdle: async () => {
      const client = await ready().catch(() => undefined);
      await client?.whenIdle();
    },
  };
}
