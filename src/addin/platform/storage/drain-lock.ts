import type { DrainLockPort, LockOutcome } from "../../ports/drain-lock-port";
import type { KeyValueStorage } from "./key-value-storage";

const LOCK_NAME = "touchpoint.outbox.drain";

/** The slice of the Web Locks API the drain lock needs (`navigator.locks`). */
export interface WebLocks {
  request<T>(
    name: string,
    options: { ifAvailable: true },
    callback: (lock: unknown) => Promise<T>,
  ): Promise<T>;
}

/** Web Locks: held while `work` runs, released by the browser even if the runtime dies. */
export function createWebLocksDrainLock(locks: WebLocks, name = LOCK_NAME): DrainLockPort {
  return {
    withLock<T>(work: () => Promise<T>) {
      return locks.request<LockOutcome<T>>(name, { ifAvailable: true }, async (lock) =>
        lock === null ? { acquired: false } : { acquired: true, value: await work() },
      );
    },
  };
}

export interface LeaseOptions {
  now: () => number;
  /** Unique per runtime; who holds the lease. */
  owner: string;
  /** A runtime that dies holding the lease blocks others at most this long (default 30 s). */
  leaseMs?: number;
  setInterval?: (callback: () => void, ms: number) => unknown;
  clearInterval?: (handle: unknown) => void;
}

interface Lease {
  owner: string;
  expiresAt: number;
}

/**
 * A lease record with expiry in shared key-value storage, for runtimes without Web Locks (the on-send
 * runtime, older Outlook). Storage has no compare-and-swap, so two runtimes can both believe they won
 * in a narrow race; the Idempotency-Key makes the double send harmless, the lease makes it rare.
 */
export function createLeaseDrainLock(
  storage: KeyValueStorage,
  options: LeaseOptions,
  name = LOCK_NAME,
): DrainLockPort {
  const leaseMs = options.leaseMs ?? 30_000;
  const every = options.setInterval ?? ((callback, ms) => setInterval(callback, ms));
  const stop = options.clearInterval ?? ((handle) => clearInterval(handle as ReturnType<typeof setInterval>));

  async function readLease(): Promise<Lease | undefined> {
    const raw = await storage.getItem(name);
    if (raw === null) return undefined;
    try {
      const lease = JSON.parse(raw) as Partial<Lease>;
      return typeof lease.owner === "string" && typeof lease.expiresAt === "number"
        ? { owner: lease.owner, expiresAt: lease.expiresAt }
        : undefined;
    } catch {
      return undefined;
    }
  }

  const writeLease = (): Promise<void> =>
    storage.setItem(name, JSON.stringify({ owner: options.owner, expiresAt: options.now() + leaseMs }));

  return {
    async withLock<T>(work: () => Promise<T>): Promise<LockOutcome<T>> {
      const current = await readLease();
      if (current !== undefined && current.owner !== options.owner && current.expiresAt > options.now()) {
        return { acquired: false };
      }
      await writeLease();
      // Read back: whoever wrote last holds it.
      if ((await readLease())?.owner !== options.owner) return { acquired: false };
      const renew = every(() => void writeLease(), Math.floor(leaseMs / 3));
      try {
        return { acquired: true, value: await work() };
      } finally {
        stop(renew);
        if ((await readLease())?.owner === options.owner) await storage.removeItem(name);
      }
    },
  };
}

/** Web Locks when the runtime has them, else the lease in shared storage. */
export function createDrainLock(storage: KeyValueStorage | undefined, options: LeaseOptions): DrainLockPort {
  const locks = typeof navigator === "undefined" ? undefined : (navigator as { locks?: WebLocks }).locks;
  if (locks !== undefined) return createWebLocksDrainLock(locks);
  if (storage !== undefined) return createLeaseDrainLock(storage, options);
  // A single runtime with neither: nothing to exclude but our own re-entry, which the engine prevents.
  return { withLock: async (work) => ({ acquired: true, value: await work() }) };
}
