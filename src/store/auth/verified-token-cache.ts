import type { Authenticator, Principal } from "./principal";

export interface VerifiedTokenCacheOptions {
  now?: () => number;
  /** How many distinct tokens to remember (oldest forgotten first). */
  maxEntries?: number;
  /** Re-verify a token at least this often, even before it expires. */
  maxAgeMs?: number;
}

/** The `exp` claim (seconds) of a token that has just been verified; undefined when unreadable. */
function expiryOf(authorization: string): number | undefined {
  const payload = authorization.split(".")[1];
  if (payload === undefined) return undefined;
  try {
    const exp = (JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { exp?: unknown }).exp;
    return typeof exp === "number" ? exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Remembers the principal of each successfully verified token until the token expires (or `maxAgeMs`),
 * so a client that sends the same bearer token on every request pays for one signature check, not one
 * per request. Failures are never cached: a bad token is checked, and refused, every time.
 */
export function withVerifiedTokenCache(
  inner: Authenticator,
  options: VerifiedTokenCacheOptions = {},
): Authenticator {
  const now = options.now ?? Date.now;
  const maxEntries = options.maxEntries ?? 10_000;
  const maxAgeMs = options.maxAgeMs ?? 5 * 60_000;
  const cache = new Map<string, { principal: Principal; until: number }>();
  return {
    mode: inner.mode,
    async authenticate(authorization) {
      if (authorization !== undefined) {
        const hit = cache.get(authorization);
        if (hit !== undefined && hit.until > now()) return { ok: true, value: hit.principal };
        if (hit !== undefined) cache.delete(authorization);
      }
      const result = await inner.authenticate(authorization);
      if (result.ok && authorization !== undefined) {
        const expiry = expiryOf(authorization);
        if (expiry !== undefined) {
          if (cache.size >= maxEntries) cache.delete(cache.keys().next().value as string);
          cache.set(authorization, { principal: result.value, until: Math.min(expiry, now() + maxAgeMs) });
        }
      }
      return result;
    },
  };
}
