/** One bucket's rate: `perSecond` tokens refill each second, up to `burst`; 0 per second means no limit. */
export interface BucketRate {
  perSecond: number;
  burst: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * Token buckets by key (a user, a tenant), in this process's memory. A request takes one token; an empty
 * bucket says how long until the next. At most `maxKeys` buckets are kept, the least recently used
 * forgotten first (a forgotten bucket comes back full, which only ever errs on the side of the caller).
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly rate: BucketRate,
    private readonly now: () => number = () => performance.now(),
    private readonly maxKeys = 100_000,
  ) {}

  /** Takes a token for `key`: 0 when granted, else the milliseconds until one is there. */
  take(key: string): number {
    if (this.rate.perSecond <= 0) return 0;
    const now = this.now();
    const bucket = this.buckets.get(key);
    const refilled =
      bucket === undefined
        ? this.rate.burst
        : Math.min(this.rate.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.rate.perSecond);
    if (bucket !== undefined) this.buckets.delete(key);
    else if (this.buckets.size >= this.maxKeys)
      this.buckets.delete(this.buckets.keys().next().value as string);
    if (refilled >= 1) {
      this.buckets.set(key, { tokens: refilled - 1, at: now });
      return 0;
    }
    this.buckets.set(key, { tokens: refilled, at: now });
    return Math.ceil(((1 - refilled) / this.rate.perSecond) * 1000);
  }
}
