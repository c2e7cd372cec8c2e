import type { CacheStoragePort } from "../ports/cache-storage-port";
import type { SyncSnapshot } from "../ports/sync-port";
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
 * A sync engine whose code arrives later (a lazily loaded chunk): every call waits for it, and the
 * synchronous parts of the API — `start` and `subscribe` hand back their undo at once — are replayed on
 * the engine when it arrives. The pane's first view needs none of the outbox, so it loads beside it.
 * If the code cannot load, calls reject with that error, and the next call tries to load it again.
 */
export function deferSyncEngine(load: () => Promise<SyncEngine>): SyncEngine {
  let engine: SyncEngine | undefined;
  /** start/subscribe calls made before the engine arrived, attached when it does. */
  const waiting = new Set<(loaded: SyncEngine) => void>();
  const ready = loadOnce(load, (loaded) => {
    engine = loaded;
    for (const attach of waiting) attach(loaded);
    waiting.clear();
  });

  /** Runs `attach` once the engine is here; the answered function undoes it, before or after that. */
  function whenLoaded(attach: (loaded: SyncEngine) => () => void): () => void {
    let undo: (() => void) | undefined;
    const onArrival = (loaded: SyncEngine) => (undo = attach(loaded));
    if (engine) onArrival(engine);
    else waiting.add(onArrival);
    return () => {
      waiting.delete(onArrival);
      undo?.();
      undo = undefined;
    };
  }

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
  const storage = loadOnce(load);
  return {
    read: async (key) => (await storage()).read(key),
    write: async (record) => (await storage()).write(record),
    remove: async (key) => (await storage()).remove(key),
  };
}
