import type { StoreFailure } from "../ports/store-client-port";

/** What the drain does with an entry after a failed attempt. */
export type RetryDecision =
  | { action: "retry"; delayMs: number }
  | { action: "refresh-token" }
  | { action: "wait-for-sign-in" }
  | { action: "dead" };

export interface BackoffOptions {
  baseMs: number;
  capMs: number;
}

/** 1 s doubling up to 5 min: a train tunnel retries quickly, a long outage does not hammer the store. */
export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 1000, capMs: 5 * 60 * 1000 };

/**
 * Full jitter ("AWS Architecture Blog: Exponential Backoff and Jitter"): a uniform delay in
 * [0, min(cap, base·2^(attempt-1))], so many clients coming back online together spread out.
 * `attempt` counts from 1; `random` returns [0, 1).
 */
export function backoffDelay(
  attempt: number,
  random: () => number,
  options: BackoffOptions = DEFAULT_BACKOFF,
): number {
  const exponent = Math.min(Math.max(attempt - 1, 0), 30);
  const ceiling = Math.min(options.capMs, options.baseMs * 2 ** exponent);
  return Math.floor(random() * ceiling);
}

/** Statuses that say "not now" rather than "never": the same request may succeed later. */
const TRANSIENT_STATUSES = new Set([408, 425, 429]);

/**
 * Decides what to do after one failed send. `attempt` is the number of attempts made so far
 * (this one included); `tokenRefreshed` is true when this attempt already followed a forced refresh.
 */
export function decideRetry(
  failure: StoreFailure,
  attempt: number,
  random: () => number,
  tokenRefreshed: boolean,
  options: BackoffOptions = DEFAULT_BACKOFF,
): RetryDecision {
  switch (failure.kind) {
    case "network":
      return { action: "retry", delayMs: backoffDelay(attempt, random, options) };
    case "auth":
      if (failure.code === "ADDIN_SIGN_IN_REQUIRED" || tokenRefreshed) return { action: "wait-for-sign-in" };
      return { action: "refresh-token" };
    case "server":
      return retryLater(failure.retryAfterMs, attempt, random, options);
    case "rejected":
      if (failure.status === 401)
        return tokenRefreshed ? { action: "wait-for-sign-in" } : { action: "refresh-token" };
      // Another drain holds the key right now: the store will answer the replay once it finishes.
      if (TRANSIENT_STATUSES.has(failure.status) || failure.code === "STORE_IDEMPOTENCY_IN_PROGRESS") {
        return retryLater(undefined, attempt, random, options);
      }
      if (failure.status >= 500) return retryLater(undefined, attempt, random, options);
      return { action: "dead" };
  }
}

function retryLater(
  retryAfterMs: number | undefined,
  attempt: number,
  random: () => number,
  options: BackoffOptions,
): RetryDecision {
  // The server's Retry-After wins over our guess and is not capped: the store (or a proxy in front of
  // it) knows better than we do when it can take the request.
  if (retryAfterMs !== undefined) return { action: "retry", delayMs: Math.max(0, retryAfterMs) };
  return { action: "retry", delayMs: backoffDelay(attempt, random, options) };
}
