import { authConfigFromEnv } from "../../../../src/store/auth/auth-config-from-env";
import { checkListenHost, startServer } from "../../../../src/store/server";

const dev = { mode: "dev" as const, dataDir: "/nonexistent" };
const entra = { mode: "entra" as const, audience: ["api://x"], allowedTenants: ["t"] };

describe("listen host", () => {
  it.each(["127.0.0.1", "::1", "[::1]", "localhost", "LOCALHOST"])("dev auth may listen on %s", (host) => {
    expect(checkListenHost({ auth: dev, host }).ok).toBe(true);
  });

  it.each(["0.0.0.0", "::", "192.168.1.10", "touchpoint.example"])("dev auth refuses %s", (host) => {
    expect(checkListenHost({ auth: dev, host })).toMatchObject({
      ok: false,
      error: { code: "SERVE_DEV_AUTH_NOT_LOOPBACK" },
    });
  });

  it("entra auth may listen anywhere", () => {
    expect(checkListenHost({ auth: entra, host: "0.0.0.0" }).ok).toBe(true);
  });

  it("startServer refuses dev auth on all interfaces before opening anything", async () => {
    const started = await startServer({ dataDir: "/nonexistent", auth: dev, host: "0.0.0.0", port: 0 });
    expect(started).toMatchObject({ ok: false, error: { code: "SERVE_DEV_AUTH_NOT_LOOPBACK" } });
  });

  it("startServer refuses a certificate without its key", async () => {
    const started = await startServer({
      dataDir: "/nonexistent",
      auth: dev,
      host: "127.0.0.1",
      port: 0,
      tlsCert: "c.pem",
    });
    expect(started).toMatchObject({ ok: false, error: { code: "SERVE_TLS_INCOMPLETE" } });
  });
});

describe("auth configuration from the environment", () => {
  it("defaults to dev auth in the data directory", () => {
    expect(authConfigFromEnv(undefined, "/data", {})).toEqual({
      ok: true,
      value: { mode: "dev", dataDir: "/data" },
    });
  });

  it("reads Entra settings as comma-separated lists", () => {
    const env = {
      TOUCHPOINT_AUTH: "entra",
      TOUCHPOINT_ENTRA_AUDIENCE: "api://tp, 4f1e",
      TOUCHPOINT_ENTRA_TENANTS: "t1,t2",
    };
    expect(authConfigFromEnv(undefined, "/data", env)).toEqual({
      ok: true,
      value: { mode: "entra", audience: ["api://tp", "4f1e"], allowedTenants: ["t1", "t2"] },
    });
  });

  it("refuses Entra without an audience or tenants, and unknown modes", () => {
    expect(authConfigFromEnv("entra", "/data", {})).toMatchObject({
      ok: false,
      error: { code: "AUTH_CONFIG_INVALID" },
    });
    expect(authConfigFromEnv("basic", "/data", {})).toMatchObject({
      ok: false,
      error: { code: "AUTH_CONFIG_INVALID" },
    });
  });
});
