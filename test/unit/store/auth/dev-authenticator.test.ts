import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SignJWT } from "jose";
import { createAuthenticator } from "../../../../src/store/auth/create-authenticator";
import { devSigningKeyPath, loadDevSigningKey } from "../../../../src/store/auth/dev-signing-key";
import { signDevToken } from "../../../../src/store/auth/sign-dev-token";

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "touchpoint-dev-auth-"));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe("dev authenticator", () => {
  it("accepts its own token: the user id is the email, the tenant defaults to dev", async () => {
    const auth = await createAuthenticator({ mode: "dev", dataDir });
    const token = await signDevToken({ user: "alex.rivera@cronus.example", name: "Alex Rivera" }, dataDir);
    expect(await auth.authenticate(`Bearer ${token}`)).toEqual({
      ok: true,
      value: {
        tenantId: "dev",
        userId: "alex.rivera@cronus.example",
        userName: "Alex Rivera",
        email: "alex.rivera@cronus.example",
        roles: ["user"],
      },
    });
  });

  it("carries the tenant and the admin role from the token", async () => {
    const auth = await createAuthenticator({ mode: "dev", dataDir });
    const token = await signDevToken(
      { user: "maria.ivanova@cronus.example", tenant: "t2", role: "admin" },
      dataDir,
    );
    const result = await auth.authenticate(`Bearer ${token}`);
    expect(result.ok && result.value).toMatchObject({ tenantId: "t2", roles: ["user", "admin"] });
  });

  it("carries the manager role from the token", async () => {
    const auth = await createAuthenticator({ mode: "dev", dataDir });
    const token = await signDevToken({ user: "maria.ivanova@cronus.example", role: "manager" }, dataDir);
    const result = await auth.authenticate(`Bearer ${token}`);
    expect(result.ok && result.value.roles).toEqual(["user", "manager"]);
  });

  it("refuses a token that expired 30 seconds ago", async () => {
    const auth = await createAuthenticator({ mode: "dev", dataDir });
    const token = await signDevToken({ user: "a@cronus.example", expiresIn: -30 }, dataDir);
    expect(await auth.authenticate(`Bearer ${token}`)).toMatchObject({
      ok: false,
      error: { code: "STORE_TOKEN_EXPIRED" },
    });
  });

  it("creates the signing key once, readable by the owner only", async () => {
    await signDevToken({ user: "a@cronus.example" }, dataDir);
    const first = await stat(devSigningKeyPath(dataDir));
    const auth = await createAuthenticator({ mode: "dev", dataDir });
    const token = await signDevToken({ user: "a@cronus.example" }, dataDir);
    expect((await auth.authenticate(`Bearer ${token}`)).ok).toBe(true);
    expect(first.mode & 0o777).toBe(0o600);
    expect((await stat(devSigningKeyPath(dataDir))).mtimeMs).toBe(first.mtimeMs);
  });

  it("rejects a token signed with another data directory's key", async () => {
    const otherDir = await mkdtemp(join(tmpdir(), "touchpoint-dev-auth-other-"));
    try {
      const foreign = await signDevToken({ user: "a@cronus.example" }, otherDir);
      const auth = await createAuthenticator({ mode: "dev", dataDir });
      expect(await auth.authenticate(`Bearer ${foreign}`)).toMatchObject({
        ok: false,
        error: { code: "STORE_UNAUTHENTICATED" },
      });
    } finally {
      await rm(otherDir, { recursive: true, force: true });
    }
  });

  it("answers token expired for an expired dev token", async () => {
    const auth = await createAuthenticator({ mode: "dev", dataDir });
    const token = await signDevToken({ user: "a@cronus.example", expiresIn: -600 }, dataDir);
    expect(await auth.authenticate(`Bearer ${token}`)).toMatchObject({
      ok: false,
      error: { code: "STORE_TOKEN_EXPIRED" },
    });
  });

  it("rejects a token with the right key but another issuer", async () => {
    const auth = await createAuthenticator({ mode: "dev", dataDir });
    await signDevToken({ user: "a@cronus.example" }, dataDir);
    const key = await loadDevSigningKey(dataDir);
    const token = await new SignJWT({ tid: "dev" })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject("a@cronus.example")
      .setIssuer("someone-else")
      .setAudience("touchpoint-store")
      .setExpirationTime("1h")
      .sign(key);
    expect((await auth.authenticate(`Bearer ${token}`)).ok).toBe(false);
  });
});
