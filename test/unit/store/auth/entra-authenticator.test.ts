import { createLocalJWKSet, exportJWK, exportSPKI, generateKeyPair, SignJWT, type JWTPayload } from "jose";
import { createEntraAuthenticator } from "../../../../src/store/auth/entra-authenticator";
import type { Authenticator } from "../../../../src/store/auth/principal";

const TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
const OTHER_TENANT = "f8cdef31-a31e-4b4a-93e4-5f571e91255a";
const AUDIENCE = "api://touchpoint.example/4f1e0b2c";
const KID = "test-key-1";

type KeyPair = Awaited<ReturnType<typeof generateKeyPair>>;
let signing: KeyPair;
let impostor: KeyPair;
let auth: Authenticator;
let keySet: ReturnType<typeof createLocalJWKSet>;

const now = () => Math.floor(Date.now() / 1000);
const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");

function claims(overrides: Partial<JWTPayload> = {}): JWTPayload {
  return {
    aud: AUDIENCE,
    iss: `https://login.microsoftonline.com/${TENANT}/v2.0`,
    iat: now() - 60,
    nbf: now() - 60,
    exp: now() + 3600,
    tid: TENANT,
    oid: "00000000-0000-0000-66f3-3332eca7ea81",
    name: "Alex Rivera",
    preferred_username: "alex.rivera@cronus.example",
    scp: "Interactions.ReadWrite User.Read",
    ver: "2.0",
    ...overrides,
  };
}

async function sign(payload: JWTPayload, key = signing.privateKey): Promise<string> {
  return new SignJWT(payload).setProtectedHeader({ alg: "RS256", kid: KID, typ: "JWT" }).sign(key);
}

async function authenticate(token: string) {
  return auth.authenticate(`Bearer ${token}`);
}

beforeAll(async () => {
  signing = await generateKeyPair("RS256", { extractable: true });
  impostor = await generateKeyPair("RS256", { extractable: true });
  const jwk = { ...(await exportJWK(signing.publicKey)), kid: KID, alg: "RS256", use: "sig" };
  keySet = createLocalJWKSet({ keys: [jwk] });
  auth = createEntraAuthenticator(
    { mode: "entra", audience: [AUDIENCE, "4f1e0b2c"], allowedTenants: [TENANT] },
    keySet,
  );
});

describe("Entra ID authenticator", () => {
  it("accepts a v2 delegated token and keys the user by tenant and oid", async () => {
    const result = await authenticate(await sign(claims()));
    expect(result).toEqual({
      ok: true,
      value: {
        tenantId: TENANT,
        userId: "00000000-0000-0000-66f3-3332eca7ea81",
        userName: "Alex Rivera",
        email: "alex.rivera@cronus.example",
        roles: ["user"],
      },
    });
  });

  it("accepts a v1 token issued by sts.windows.net for the same tenant", async () => {
    const result = await authenticate(
      await sign(claims({ iss: `https://sts.windows.net/${TENANT}/`, ver: "1.0" })),
    );
    expect(result.ok).toBe(true);
  });

  it("accepts the client id as audience", async () => {
    const result = await authenticate(await sign(claims({ aud: "4f1e0b2c" })));
    expect(result.ok).toBe(true);
  });

  it("makes an admin of a user holding the Admin app role", async () => {
    const result = await authenticate(await sign(claims({ roles: ["Admin"] })));
    expect(result.ok && result.value.roles).toEqual(["user", "admin"]);
  });

  it("makes a manager of a user holding the Manager app role, and both of one holding both", async () => {
    const manager = await authenticate(await sign(claims({ roles: ["Manager"] })));
    expect(manager.ok && manager.value.roles).toEqual(["user", "manager"]);
    const both = await authenticate(await sign(claims({ roles: ["Manager", "Admin"] })));
    expect(both.ok && both.value.roles).toEqual(["user", "manager", "admin"]);
  });

  it("takes the manager role's name from the configuration", async () => {
    const auth = createEntraAuthenticator(
      { mode: "entra", audience: [AUDIENCE], allowedTenants: [TENANT], managerRole: "TeamLead" },
      keySet,
    );
    const result = await auth.authenticate(`Bearer ${await sign(claims({ roles: ["TeamLead"] }))}`);
    expect(result.ok && result.value.roles).toEqual(["user", "manager"]);
  });

  it("refuses a token that expired 30 seconds ago", async () => {
    const result = await authenticate(await sign(claims({ iat: now() - 3630, exp: now() - 30 })));
    expect(result).toMatchObject({ ok: false, error: { code: "STORE_TOKEN_EXPIRED" } });
  });

  it("falls back to preferred_username when the token has no name", async () => {
    const result = await authenticate(await sign(claims({ name: undefined })));
    expect(result.ok && result.value.userName).toBe("alex.rivera@cronus.example");
  });

  const forgeries: Array<[string, () => Promise<string>, string]> = [
    [
      "signed with another key under the same kid",
      () => sign(claims(), impostor.privateKey),
      "STORE_UNAUTHENTICATED",
    ],
    [
      "unsigned (alg none)",
      async () => `${b64({ alg: "none", typ: "JWT" })}.${b64(claims())}.`,
      "STORE_UNAUTHENTICATED",
    ],
    [
      "HS256 with the public key as the shared secret",
      async () => {
        const secret = new TextEncoder().encode(await exportSPKI(signing.publicKey));
        return new SignJWT(claims()).setProtectedHeader({ alg: "HS256", kid: KID }).sign(secret);
      },
      "STORE_UNAUTHENTICATED",
    ],
    ["for another audience", () => sign(claims({ aud: "api://someone-else" })), "STORE_UNAUTHENTICATED"],
    [
      "from a non-Microsoft issuer",
      () => sign(claims({ iss: "https://evil.example/v2.0" })),
      "STORE_UNAUTHENTICATED",
    ],
    [
      "whose issuer names another tenant than tid",
      () => sign(claims({ iss: `https://login.microsoftonline.com/${OTHER_TENANT}/v2.0` })),
      "STORE_UNAUTHENTICATED",
    ],
    [
      "from a tenant not on the allowed list",
      () =>
        sign(claims({ tid: OTHER_TENANT, iss: `https://login.microsoftonline.com/${OTHER_TENANT}/v2.0` })),
      "STORE_FORBIDDEN",
    ],
    ["without the Interactions.ReadWrite scope", () => sign(claims({ scp: "User.Read" })), "STORE_FORBIDDEN"],
    ["app-only (roles, no scp)", () => sign(claims({ scp: undefined, roles: ["Admin"] })), "STORE_FORBIDDEN"],
    [
      "expired",
      () => sign(claims({ iat: now() - 7200, nbf: now() - 7200, exp: now() - 3600 })),
      "STORE_TOKEN_EXPIRED",
    ],
    ["not yet valid", () => sign(claims({ nbf: now() + 3600, exp: now() + 7200 })), "STORE_UNAUTHENTICATED"],
    ["without an oid", () => sign(claims({ oid: undefined })), "STORE_UNAUTHENTICATED"],
    ["without a tid", () => sign(claims({ tid: undefined })), "STORE_UNAUTHENTICATED"],
    ["with a garbage header", async () => `not-json.${b64(claims())}.c2ln`, "STORE_UNAUTHENTICATED"],
  ];

  it.each(forgeries)("rejects a token %s", async (_name, makeToken, code) => {
    const result = await authenticate(await makeToken());
    expect(result).toMatchObject({ ok: false, error: { code } });
  });

  it.each([
    ["no header", undefined],
    ["an empty header", ""],
    ["basic auth", "Basic YWxleDpzZWNyZXQ="],
    ["a bearer that is not a JWT", "Bearer hello"],
  ])("answers unauthenticated for %s", async (_name, header) => {
    const result = await auth.authenticate(header);
    expect(result).toMatchObject({ ok: false, error: { code: "STORE_UNAUTHENTICATED" } });
  });

  it("refuses to start without an audience or an allowed tenant", () => {
    expect(() =>
      createEntraAuthenticator({ mode: "entra", audience: [], allowedTenants: [TENANT] }),
    ).toThrow();
    expect(() =>
      createEntraAuthenticator({ mode: "entra", audience: [AUDIENCE], allowedTenants: [] }),
    ).toThrow();
  });
});
