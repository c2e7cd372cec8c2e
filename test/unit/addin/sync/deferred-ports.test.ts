import type { CacheRecord, CacheStoragePort } from "../../../../src/addin/ports/cache-storage-port";
import type { SyncSnapshot } from "../../../../src/addin/ports/sync-port";
import { deferCacheStorage, deferSyncEngine } from "../../../../src/addin/sync/deferred-ports";
import type { SyncEngine } from "../../../../src/addin/sync/sync-engine";
import { flush } from "./sync-fakes";

const snapshot = (pending: number): SyncSnapshot => ({
  pending,
  entries: [],
  online: true,
  waitingForSignIn: false,
});

/** An engine that records what was asked of it, and lets the test push snapshots to subscribers. */
function recordingEngine() {
  const calls: string[] = [];
  const listeners = new Set<(s: SyncSnapshot) => void>();
  let running = 0;
  const engine: SyncEngine = {
    enqueue: async (entry) => void calls.push(`enqueue ${entry.id}`),
    drainNow: async () => (calls.push("drainNow"), []),
    discard: async (id) => void calls.push(`discard ${id}`),
    retry: async (id) => void calls.push(`retry ${id}`),
    snapshot: async () => snapshot(running),
    signedIn: async () => (calls.push("signedIn"), []),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start() {
      running += 1;
      calls.push("start");
      return () => {
        running -= 1;
        calls.push("stop");
      };
    },
  };
  return { engine, calls, push: (s: SyncSnapshot) => listeners.forEach((l) => l(s)), listeners };
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe("deferSyncEngine", () => {
  it("holds calls made before the engine's code arrives and runs them, in order, once it has", async () => {
    const load = deferred<SyncEngine>();
    const real = recordingEngine();
    const sync = deferSyncEngine(() => load.promise);

    const enqueued = sync.enqueue({ id: "a", request: {} as never, origin: "taskpane", label: "x" });
    const drained = sync.drainNow();
    await flush();
    expect(real.calls).toEqual([]);

    load.resolve(real.engine);
    await Promise.all([enqueued, drained]);
    expect(real.calls).toEqual(["enqueue a", "drainNow"]);
  });

  it("starts the engine on arrival when started before, and a stop before arrival means it never starts", async () => {
    const early = deferred<SyncEngine>();
    const started = recordingEngine();
    const stopCalledLate = deferSyncEngine(() => early.promise).start();
    early.resolve(started.engine);
    await flush();
    expect(started.calls).toEqual(["start"]);
    stopCalledLate();
    expect(started.calls).toEqual(["start", "stop"]);

    const late = deferred<SyncEngine>();
    const neverStarted = recordingEngine();
    const stopCalledEarly = deferSyncEngine(() => late.promise).start();
    stopCalledEarly();
    late.resolve(neverStarted.engine);
    await flush();
    expect(neverStarted.calls).toEqual([]);
  });

  it("delivers snapshots to a subscriber from before arrival, and nothing after it unsubscribed", async () => {
    const load = deferred<SyncEngine>();
    const real = recordingEngine();
    const sync = deferSyncEngine(() => load.promise);
    const seen: number[] = [];
    const unsubscribe = sync.subscribe((s) => seen.push(s.pending));

    load.resolve(real.engine);
    await flush();
    real.push(snapshot(2));
    unsubscribe();
    real.push(snapshot(3));
    expect(seen).toEqual([2]);
    expect(real.listeners.size).toBe(0);
  });

  it("once loaded, subscribes and starts at once (no tick of delay)", async () => {
    const real = recordingEngine();
    const sync = deferSyncEngine(async () => real.engine);
    await flush();
    sync.start();
    const seen: number[] = [];
    sync.subscribe((s) => seen.push(s.pending));
    real.push(snapshot(1));
    expect(real.calls).toEqual(["start"]);
    expect(seen).toEqual([1]);
  });

  it("rejects each call with the loading error when the chunk cannot load", async () => {
    const sync = deferSyncEngine(() => Promise.reject(new Error("ChunkLoadError")));
    await expect(sync.snapshot()).rejects.toThrow("ChunkLoadError");
    await expect(sync.drainNow()).rejects.toThrow("ChunkLoadError");
    expect(() => sync.start()()).not.toThrow();
  });

  it("tries a failed load again on the next call, and then starts and subscribes what was asked before", async () => {
    const real = recordingEngine();
    const attempts: Array<ReturnType<typeof deferred<SyncEngine>>> = [];
    const sync = deferSyncEngine(() => {
      attempts.push(deferred<SyncEngine>());
      return (attempts.at(-1) as ReturnType<typeof deferred<SyncEngine>>).promise;
    });
    sync.start();
    const seen: number[] = [];
    sync.subscribe((s) => seen.push(s.pending));
    attempts[0]?.reject(new Error("ChunkLoadError"));
    await flush();
    expect(attempts).toHaveLength(1);

    const drained = sync.drainNow();
    expect(attempts).toHaveLength(2);
    attempts[1]?.resolve(real.engine);
    await drained;
    real.push(snapshot(4));
    expect(real.calls).toEqual(["start", "drainNow"]);
    expect(seen).toEqual([4]);
    await sync.snapshot();
    expect(attempts).toHaveLength(2);
  });
});

describe("deferCacheStorage", () => {
  it("reads, writes and removes through the storage once it arrives", async () => {
    const load = deferred<CacheStoragePort>();
    const records = new Map<string, CacheRecord>();
    const cache = deferCacheStorage(() => load.promise);
    const written = cache.write({ key: "templates", value: [1], storedAt: 5 });

    load.resolve({
      read: async <T>(key: string) => records.get(key) as CacheRecord<T> | undefined,
      write: async (record) => void records.set(record.key, record),
      remove: async (key) => void records.delete(key),
      isOpen: () => true,
    });
    await written;
    expect(await cache.read("templates")).toEqual({ key: "templates", value: [1], storedAt: 5 });
    await cache.remove("templates");
    expect(await cache.read("templates")).toBeUndefined();
  });

  it("is open only once its storage has arrived and says it is open", async () => {
    const load = deferred<CacheStoragePort>();
    let open = false;
    const cache = deferCacheStorage(() => load.promise);
    expect(cache.isOpen()).toBe(false);
    load.resolve({
      read: async () => undefined,
      write: async () => undefined,
      remove: async () => undefined,
      isOpen: () => open,
    });
    await flush();
    expect(cache.isOpen()).toBe(false);
    open = true;
    expect(cache.isOpen()).toBe(true);
  });

  it("answers a storage that cannot load with the loading error", async () => {
    const cache = deferCacheStorage(() => Promise.reject(new Error("no IndexedDB")));
    await expect(cache.read("templates")).rejects.toThrow("no IndexedDB");
  });

  it("loads the storage again after a failed load, once", async () => {
    let loads = 0;
    const cache = deferCacheStorage(async () => {
      loads += 1;
      if (loads === 1) throw new Error("offline");
      return {
        read: async () => undefined,
        write: async () => undefined,
        remove: async () => undefined,
        isOpen: () => true,
      };
    });
    await flush();
    await expect(cache.read("templates")).resolves.toBeUndefined();
    await cache.remove("templates");
    expect(loads).toBe(2);
  });
});
