import {
  createLeaseDrainLock,
  createWebLocksDrainLock,
  type WebLocks,
} from "../../../../src/addin/platform/storage/drain-lock";
import { memoryKeyValueStorage } from "./outbox-fixtures";

const noTimers = { setInterval: () => 0, clearInterval: () => undefined };

describe("drain lock", () => {
  test("a second runtime cannot take the lease while the first drains, and can once it is released", async () => {
    const storage = memoryKeyValueStorage();
    let now = 1000;
    const taskpane = createLeaseDrainLock(storage, { owner: "taskpane", now: () => now, ...noTimers });
    const ribbon = createLeaseDrainLock(storage, { owner: "ribbon", now: () => now, ...noTimers });

    let inner: unknown;
    const outer = await taskpane.withLock(async () => {
      inner = await ribbon.withLock(async () => "ribbon drained");
      return "taskpane drained";
    });
    expect(outer).toEqual({ acquired: true, value: "taskpane drained" });
    expect(inner).toEqual({ acquired: false });
    now += 1;
    expect(await ribbon.withLock(async () => "ribbon drained")).toEqual({
      acquired: true,
      value: "ribbon drained",
    });
  });

  test("a lease left by a runtime that died expires", async () => {
    const storage = memoryKeyValueStorage();
    let now = 0;
    storage.map.set("touchpoint.outbox.drain", JSON.stringify({ owner: "closed-pane", expiresAt: 30_000 }));
    const ribbon = createLeaseDrainLock(storage, { owner: "ribbon", now: () => now, ...noTimers });
    expect(await ribbon.withLock(async () => 1)).toEqual({ acquired: false });
    now = 30_001;
    expect(await ribbon.withLock(async () => 1)).toEqual({ acquired: true, value: 1 });
    expect(storage.map.has("touchpoint.outbox.drain")).toBe(false);
  });

  test("the lease is released even when the drain throws", async () => {
    const storage = memoryKeyValueStorage();
    const lock = createLeaseDrainLock(storage, { owner: "a", now: () => 0, ...noTimers });
    await expect(lock.withLock(async () => Promise.reject(new Error("bug")))).rejects.toThrow("bug");
    expect(storage.map.has("touchpoint.outbox.drain")).toBe(false);
  });

  test("with Web Locks, a held lock answers busy at once instead of queueing a second drain", async () => {
    const held = new Set<string>();
    const locks: WebLocks = {
      async request(name, _options, callback) {
        if (held.has(name)) return callback(null);
        held.add(name);
        try {
          return await callback({ name });
        } finally {
          held.delete(name);
        }
      },
    };
    const one = createWebLocksDrainLock(locks);
    const two = createWebLocksDrainLock(locks);
    const nested = await one.withLock(() => two.withLock(async () => "never"));
    expect(nested).toEqual({ acquired: true, value: { acquired: false } });
  });
});
