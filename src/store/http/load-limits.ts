import type { FastifyInstance, FastifyRequest } from "fastify";
import { StoreError } from "../errors";
import { TokenBuckets, type BucketRate } from "./token-buckets";

/** How much one store process takes on. Every number is per process: the processes share nothing. */
export interface LoadLimits {
  /** Requests per user (tenant + user); `perSecond` 0 turns the limit off. */
  user: BucketRate;
  /** Requests per tenant, all its users together. */
  tenant: BucketRate;
  /** Requests in progress at once before new ones are turned away with 503; 0 turns shedding off. */
  maxInFlight: number;
  /**
   * Event-loop delay (ms, the worst of each 100 ms) past which the cap on requests in progress shrinks,
   * and below which it grows back to `maxInFlight`. 0 keeps the cap fixed.
   */
  maxEventLoopDelayMs?: number;
}

export const DEFAULT_LOAD_LIMITS: LoadLimits = {
  // A user's outbox coming back online after a long day drains a thousand logs in one burst.
  user: { perSecond: 50, burst: 1000 },
  tenant: { perSecond: 1000, burst: 5000 },
  maxInFlight: 128,
  maxEventLoopDelayMs: 100,
};

/** Seconds to tell a client to wait: whole seconds (the header's unit), never 0. */
const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/**
 * Token buckets per user and per tenant, checked once the caller is known: a caller past either gets
 * 429 STORE_RATE_LIMITED with Retry-After (the add-in's outbox waits that long).
 */
export function addRateLimits(api: FastifyInstance, limits: LoadLimits, onLimited: () => void): void {
  const users = new TokenBuckets(limits.user);
  const tenants = new TokenBuckets(limits.tenant);
  api.addHook("onRequest", (req: FastifyRequest, _reply, done) => {
    const { tenantId, userId } = req.principal;
    const wait = Math.max(users.take(`${tenantId}\n${userId}`), tenants.take(tenantId));
    if (wait <= 0) return done();
    onLimited();
    done(new StoreError("STORE_RATE_LIMITED", undefined, undefined, { retryAfterSeconds: seconds(wait) }));
  });
}
