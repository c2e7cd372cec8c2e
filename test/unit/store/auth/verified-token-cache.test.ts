import { fail, ok } from "../../../../src/domain/result";
import type { Authenticator } from "../../../../src/store/auth/principal";
import { withVerifiedTokenCache } from "../../../../src/store/auth/verified-token-cache";

const principal = { tenantId: "t1", userId: "u1", userName: "U", roles: ["user" as const] };
const token = (exp: number) =>
  `Bearer ${Buffer.from('{"alg":"HS256"}').toString("base64url")}.${Buffer.from(JSON.stringify({ exp })).toString("base64url")}.sig`;

function counting(good: Set<string>) {
  const calls: string[] = [];
  const inner: Authenticator = {
    mode: "dev",
    async authenticate(authorization) {
      calls.push(authorization ?? "");
      return authorization !== undefined && good.has(authorization)
        ? ok(principal)
        : fail({ code: "STORE_UNAUTHENTICATED", message: "bad" });
    },
  };
  return { inner, calls };
}

describe("the verified-token cache", () => {
  it("verifies a good token once and answers the same principal until it expires", async () => {
    let now = 1_000_000;
    const good = token(now / 1000 + 60);
    const { inner, calls } = counting(new Set([good]));
    const auth = withVerifiedTokenCache(inner, { now: () => now });
    expect(await auth.authenticate(good)).toEqual(ok(principal));
    expect(await auth.authenticate(good)).toEqual(ok(principal));
    expect(calls).toHaveLength(1);
    now += 61_000;
    await auth.authenticate(good);
    expect(calls).toHaveLength(2);
  });

  it("never caches a refusal: a bad token is checked and refused every time", async () => {
    const { inner, calls } = counting(new Set());
    const auth = withVerifiedTokenCache(inner);
    const bad = token(Date.now() / 1000 + 60);
    expect((await auth.authenticate(bad)).ok).toBe(false);
    expect((await auth.authenticate(bad)).ok).toBe(false);
    expect(calls).toHaveLength(2);
  });

  it("re-verifies a long-lived token after maxAgeMs", async () => {
    let now = 5_000_000;
    const good = token(now / 1000 + 86_400);
    const { inner, calls } = counting(new Set([good]));
    const auth = withVerifiedTokenCache(inner, { now: () => now, maxAgeMs: 1000 });
    await auth.authenticate(good);
    now += 1001;
    await auth.authenticate(good);
    expect(calls).toHaveLength(2);
  });
});
