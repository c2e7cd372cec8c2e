import { parseRetryAfter } from "../../../../src/addin/platform/http/map-store-failure";
import type { StoreFailure } from "../../../../src/addin/ports/store-client-port";
import { backoffDelay, decideRetry, DEFAULT_BACKOFF } from "../../../../src/addin/sync/retry-policy";

const half = (): number => 0.5;
const server = (status: number, retryAfterMs?: number): StoreFailure =>
  retryAfterMs === undefined
    ? { code: "STORE_UNAVAILABLE", kind: "server", status, message: "x" }
    : { code: "STORE_RATE_LIMITED", kind: "server", status, message: "x", retryAfterMs };
const rejected = (status: number, code: StoreFailure["code"] = "ADDIN_HTTP_ERROR"): StoreFailure =>
  ({ code, kind: "rejected", status, message: "x" }) as StoreFailure;

describe("retry policy", () => {
  test.each([
    ["a network error", "retry", { code: "ADDIN_OFFLINE", kind: "network", message: "x" } as StoreFailure],
    ["a timeout", "retry", { code: "ADDIN_TIMEOUT", kind: "network", message: "x" } as StoreFailure],
    ["408", "retry", server(408)],
    ["429", "retry", server(429)],
    ["500", "retry", server(500)],
    ["502", "retry", server(502)],
    ["503", "retry", server(503)],
    ["a 408 the client classed as rejected", "retry", rejected(408)],
    ["a 409 idempotency in progress", "retry", rejected(409, "STORE_IDEMPOTENCY_IN_PROGRESS")],
    [
      "401 the first time",
      "refresh-token",
      { code: "ADDIN_UNAUTHENTICATED", kind: "auth", status: 401, message: "x" } as StoreFailure,
    ],
    [
      "sign-in required",
      "wait-for-sign-in",
      { code: "ADDIN_SIGN_IN_REQUIRED", kind: "auth", message: "x" } as StoreFailure,
    ],
    ["400 validation", "dead", rejected(400, "STORE_VALIDATION")],
    ["403", "dead", rejected(403, "STORE_FORBIDDEN")],
    ["404", "dead", rejected(404, "STORE_NOT_FOUND")],
    ["409 mismatch", "dead", rejected(409, "STORE_IDEMPOTENCY_MISMATCH")],
    ["422 unknown template", "dead", rejected(422, "STORE_UNKNOWN_TEMPLATE")],
  ])("%s → %s", (_name, action, failure) => {
    expect(decideRetry(failure, 1, half, false).action).toBe(action);
  });

  test("a 401 after the token was already refreshed waits for sign-in instead of refreshing again", () => {
    const unauthenticated: StoreFailure = {
      code: "ADDIN_UNAUTHENTICATED",
      kind: "auth",
      status: 401,
      message: "x",
    };
    expect(decideRetry(unauthenticated, 2, half, true)).toEqual({ action: "wait-for-sign-in" });
  });

  test("Retry-After in seconds is honoured exactly, even beyond the backoff cap", () => {
    const retryAfterMs = parseRetryAfter("120", 0);
    expect(retryAfterMs).toBe(120_000);
    expect(decideRetry(server(429, retryAfterMs), 1, half, false)).toEqual({
      action: "retry",
      delayMs: 120_000,
    });
    expect(decideRetry(server(503, 600_000), 1, half, false)).toEqual({ action: "retry", delayMs: 600_000 });
  });

  test("Retry-After as an HTTP date becomes the delay until that date", () => {
    const now = Date.parse("2026-11-24T08:00:00Z");
    const retryAfterMs = parseRetryAfter("Tue, 24 Nov 2026 08:00:30 GMT", now);
    expect(retryAfterMs).toBe(30_000);
    expect(decideRetry(server(503, retryAfterMs), 4, half, false)).toEqual({
      action: "retry",
      delayMs: 30_000,
    });
    expect(parseRetryAfter("Tue, 24 Nov 2026 07:00:00 GMT", now)).toBe(0);
  });

  test("backoff doubles per attempt and never exceeds the cap", () => {
    const top = (): number => 0.999999;
    const ceilings = [1, 2, 3, 4, 5, 9, 10, 20, 100].map((attempt) => backoffDelay(attempt, top));
    expect(ceilings.slice(0, 4)).toEqual([999, 1999, 3999, 7999]);
    for (const delay of ceilings) expect(delay).toBeLessThanOrEqual(DEFAULT_BACKOFF.capMs);
    expect(backoffDelay(100, top)).toBe(DEFAULT_BACKOFF.capMs - 1);
  });

  test("full jitter spreads delays over [0, ceiling)", () => {
    let seed = 7;
    const random = (): number => ((seed = (seed * 48271) % 2147483647) - 1) / 2147483646;
    const delays = Array.from({ length: 2000 }, () => backoffDelay(6, random));
    const ceiling = DEFAULT_BACKOFF.baseMs * 2 ** 5;
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...delays)).toBeLessThan(ceiling);
    expect(Math.min(...delays)).toBeLessThan(ceiling * 0.05);
    expect(Math.max(...delays)).toBeGreaterThan(ceiling * 0.95);
    expect(backoffDelay(6, () => 0)).toBe(0);
  });
});
