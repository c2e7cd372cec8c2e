/** Outcome of asking for the drain lock: the work's value, or `busy` when another runtime holds it. */
export type LockOutcome<T> = { acquired: true; value: T } | { acquired: false };

/**
 * One drain at a time across runtimes (taskpane, ribbon command, on-send): Web Locks where the
 * host has them, else a lease with expiry in shared storage. The Idempotency-Key stays the safety net.
 */
export interface DrainLockPort {
  /** Runs `work` while holding the lock; answers `acquired: false` at once when someone else holds it. */
  withLock<T>(work: () => Promise<T>): Promise<LockOutcome<T>>;
}
