import { TokenBuckets } from "../../../../src/store/http/token-buckets";

describe("token buckets", () => {
  it("grants a burst, then one token per 1/rate seconds, and says how long to wait", () => {
    let now = 0;
    const buckets = new TokenBuckets({ perSecond: 2, burst: 3 }, () => now);
    expect([buckets.take("u"), buckets.take("u"), buckets.take("u")]).toEqual([0, 0, 0]);
    expect(buckets.take("u")).toBe(500);
    now = 499;
    expect(buckets.take("u")).toBe(2); // the refill so far counts
    now = 1000; // two tokens have come back since 0
    expect([buckets.take("u"), buckets.take("u")]).toEqual([0, 0]);
    expect(buckets.take("u")).toBe(500);
  });

  it("keeps each key apart", () => {
    const buckets = new TokenBuckets({ perSecond: 1, burst: 1 }, () => 0);
    expect(buckets.take("alex")).toBe(0);
    expect(buckets.take("alex")).toBeGreaterThan(0);
    expect(buckets.take("maria")).toBe(0);
  });

  it("never refills past the burst", () => {
    let now = 0;
    const buckets = new TokenBuckets({ perSecond: 10, burst: 2 }, () => now);
    buckets.take("u");
    now = 60_000;
    expect([buckets.take("u"), buckets.take("u"), buckets.take("u")]).toEqual([0, 0, 100]);
  });

  it("0 per second is no limit", () => {
    const buckets = new TokenBuckets({ perSecond: 0, burst: 0 }, () => 0);
    for (let i = 0; i < 1000; i += 1) expect(buckets.take("u")).toBe(0);
  });

  it("forgets the least recently used key past its bound, which comes back with a full bucket", () => {
    const buckets = new TokenBuckets({ perSecond: 1, burst: 1 }, () => 0, 2);
    buckets.take("a");
    buckets.take("b");
    buckets.take("c"); // forgets a
    expect(buckets.take("a")).toBe(0);
    expect(buckets.take("c")).toBeGreaterThan(0);
  });
});
