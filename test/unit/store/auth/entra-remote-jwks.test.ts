import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT } from "jose";
import { createAuthenticator } from "../../../../src/store/auth/create-authenticator";

const TENANT = "9188040d-6c67-4c5b-b112-36a304b66dad";
let server: Server;
let jwksUri: string;
let requests = 0;
let privateKey: CryptoKey;

beforeAll(async () => {
  const pair = await generateKeyPair("RS256", { extractable: true });
  privateKey = pair.privateKey;
  const jwks = JSON.stringify({
    keys: [{ ...(await exportJWK(pair.publicKey)), kid: "k1", alg: "RS256", use: "sig" }],
  });
  server = createServer((_req, res) => {
    requests++;
    res.writeHead(200, { "content-type": "application/json" }).end(jwks);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  jwksUri = `http://127.0.0.1:${(server.address() as AddressInfo).port}/discovery/v2.0/keys`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("Entra ID authenticator with a JWKS endpoint", () => {
  it("fetches the signing keys once and verifies tokens with them", async () => {
    const auth = await createAuthenticator({
      mode: "entra",
      audience: ["api://tp"],
      allowedTenants: [TENANT],
      jwksUri,
    });
    const token = await new SignJWT({
      tid: TENANT,
      oid: "o-1",
      scp: "Interactions.ReadWrite",
      name: "Lisa Chen",
    })
      .setProtectedHeader({ alg: "RS256", kid: "k1" })
      .setIssuer(`https://login.microsoftonline.com/${TENANT}/v2.0`)
      .setAudience("api://tp")
      .setIssuedAt()
      .setExpirationTime("1h")
      .sign(privateKey);
    expect((await auth.authenticate(`Bearer ${token}`)).ok).toBe(true);
    expect((await auth.authenticate(`Bearer ${token}`)).ok).toBe(true);
    expect(requests).toBe(1);
  });

  it("answers unauthenticated, not a crash, when the key endpoint is unreachable", async () => {
    const auth = await createAuthenticator({
      mode: "entra",
      audience: ["api://tp"],
      allowedTenants: [TENANT],
      jwksUri: "http://127.0.0.1:9/keys",
    });
    const token = await new SignJWT({ tid: TENANT })
      .setProtectedHeader({ alg: "RS256", kid: "k1" })
      .setExpirationTime("1h")
      .sign(privateKey);
    expect(await auth.authenticate(`Bearer ${token}`)).toMatchObject({
      ok: false,
      error: { code: "STORE_UNAUTHENTICATED" },
    });
  });
});
