import type { CacheStoragePort } from "../ports/cache-storage-port";
import type { SyncSnapshot } from "../ports/sync-port";
import type { SyncEngine } from "./sync-engine";

/**
 * A sync engine whose code arrives later (a lazily loaded chunk): every call waits for it, and the
 * synchronous parts of the API — `start` and `subscribe` hand back their undo at once — are replayed on
 * the engine when it arrives. The pane's first view needs none of the outbox, so it loads beside it.
 *
 * If loading fails, calls reject with that error and are not retried here: a chunk that could not load
 * is a broken deployment, which the pane reports like any failed log.
 */
export function deferSyncEngine(load: Promise<SyncEngine>): SyncEngine {
  let engine: SyncEngine | undefined;
  const ready = load.then((loaded) => (engine = loaded));
  // An unhandled rejection here would be reported twice; each caller sees it through its own call.
  ready.catch(() => undefined);

  /** Runs `attach` once the engine is here; the answered function undoes it, before or after that. */
  function whenLoaded(attach: (loaded: SyncEngine) => () => void): () => void {
    let undo: (() => void) | undefined;
    let cancelled = false;
    if (engine) undo = attach(engine);
    else
      void ready.then(
        (loaded) => {
          if (!cancelled) undo = attach(loaded);
        },
        () => undefined,
      );
    return () => {
      cancelled = true;
      undo?.();
      undo = undefined;
    };
  }

  return {
    enqueue: async (entry) => (await ready).enqueue(entry),
    drainNow: async () => (await ready).drainNow(),
    discard: async (id) => (await ready).discard(id),
    retry: async (id, request) => (await ready).retry(id, request),
    snapshot: async () => (await ready).snapshot(),
    signedIn: async () => (await ready).signedIn(),
    subscribe: (listener: (snapshot: SyncSnapshot) => void) =>
      whenLoaded((loaded) => loaded.subscribe(listener)),
    start: () => whenLoaded((loaded) => loaded.start()),
  };
}

/** A cache whose storage code arrives later: each call waits for it (every call is asynchronous already). */
export function deferCacheStorage(load: Promise<CacheStoragePort>): CacheStoragePort {
  load.catch(() => undefined);
  return {
    read: async (key) => (await load).read(key),
    write: async (record) => (await load).write(record),
    remove: async (key) => (await load).remove(key),
  };
}
