import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request as httpsRequest } from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../../src/store/app";
import { startServer } from "../../src/store/server";
import { dialects, type TestDialect } from "./dialects";

/** A built add-in in miniature: pages, a hashed bundle with its source map, an icon, the manifest. */
function fakeDist(): string {
  const dir = mkdtempSync(join(tmpdir(), "touchpoint-dist-"));
  mkdirSync(join(dir, "assets"));
  writeFileSync(join(dir, "taskpane.html"), "<!doctype html><title>pane</title>");
  writeFileSync(join(dir, "harness.html"), "<!doctype html><title>harness</title>");
  writeFileSync(
    join(dir, "taskpane.1a2b3c4d.js"),
    "console.log(1)\n//# sourceMappingURL=taskpane.1a2b3c4d.js.map\n",
  );
  writeFileSync(join(dir, "taskpane.1a2b3c4d.js.map"), '{"version":3,"sources":["secret.ts"]}');
  writeFileSync(join(dir, "launchevent.js"), "void 0\n");
  writeFileSync(join(dir, "assets", "icon-16.png"), Buffer.from("89504e470d0a1a0a", "hex"));
  return dir;
}

describe.each(dialects())("headers, caching and the dev origin guard on %s", (_name, make) => {
  let dialect: TestDialect;
  let app: FastifyInstance;
  let withMaps: FastifyInstance;
  let dist: string;
  beforeAll(async () => {
    dialect = make();
    dist = fakeDist();
    const config = {
      dataDir: dialect.dataDir,
      auth: { mode: "dev" as const, dataDir: dialect.dataDir },
      staticDir: dist,
    };
    app = await buildApp(config, { database: await dialect.open() });
    withMaps = await buildApp({ ...config, sourceMaps: true }, { database: await dialect.open() });
  });
  afterAll(async () => {
    await app?.close();
    await withMaps?.close();
    await dialect?.dispose();
    rmSync(dist, { recursive: true, force: true });
  });

  it.each([
    "/api/v1/health",
    "/api/v1/interaction-groups",
    "/taskpane.html",
    "/taskpane.1a2b3c4d.js",
    "/nowhere",
  ])("%s carries nosniff, a referrer policy and a CSP, and no HSTS over plain HTTP", async (url) => {
    const res = await app.inject({ method: "GET", url });
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(res.headers["content-security-policy"]).toEqual(expect.any(String));
    expect(res.headers["strict-transport-security"]).toBeUndefined();
  });

  it("pages get a CSP with no inline script, Office's CDN, and framing by Outlook and Office hosts only", async () => {
    const csp = String(
      (await app.inject({ method: "GET", url: "/taskpane.html" })).headers["content-security-policy"],
    );
    const directives = Object.fromEntries(
      csp.split(/;\s*/).map((d) => [d.split(" ")[0], d.split(" ").slice(1)]),
    );
    expect(directives["script-src"]).toContain("'self'");
    expect(directives["script-src"]).toContain("https://appsforoffice.microsoft.com");
    expect(directives["script-src"]).not.toContain("'unsafe-inline'");
    expect(directives["script-src"]).not.toContain("'unsafe-eval'");
    expect(directives["object-src"]).toEqual(["'none'"]);
    expect(directives["frame-ancestors"]).toEqual(
      expect.arrayContaining([
        "'self'",
        "https://outlook.office.com",
        "https://outlook.office365.com",
        "https://*.officeapps.live.com",
      ]),
    );
    expect(directives["frame-ancestors"]).not.toContain("*");
  });

  it("API answers may be neither framed nor used as a document", async () => {
    const res = await app.inject({ method: "GET", url: "/api/v1/health" });
    expect(res.headers["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
  });

  it.each([
    ["/taskpane.1a2b3c4d.js", "public, max-age=31536000, immutable"],
    ["/taskpane.html", "no-cache"],
    ["/launchevent.js", "no-cache"],
    ["/assets/icon-16.png", "public, max-age=86400"],
  ])("%s is cached as %s", async (url, cacheControl) => {
    const res = await app.inject({ method: "GET", url });
    expect(res.statusCode).toBe(200);
    expect(res.headers["cache-control"]).toBe(cacheControl);
  });

  it("source maps are served only when asked for", async () => {
    const hidden = await app.inject({ method: "GET", url: "/taskpane.1a2b3c4d.js.map" });
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json().error.code).toBe("STORE_NOT_FOUND");
    expect(hidden.body).not.toContain("secret.ts");
    const shown = await withMaps.inject({ method: "GET", url: "/taskpane.1a2b3c4d.js.map" });
    expect(shown.statusCode).toBe(200);
    expect(shown.body).toContain("secret.ts");
  });

  it.each([
    ["POST", "/api/v1/dev/token"],
    ["GET", "/harness.html"],
    ["GET", "/api/v1/health"],
  ])("in dev mode %s %s under a foreign Host (DNS rebinding) is refused", async (method, url) => {
    const res = await app.inject({
      method: method as "GET" | "POST",
      url,
      headers: { host: "attacker.example:3000" },
      ...(method === "POST" ? { payload: { user: "alex.rivera@cronus.example", role: "admin" } } : {}),
    });
    expect(res.statusCode).toBe(421);
    expect(res.json().error.code).toBe("STORE_HOST_NOT_ALLOWED");
    expect(res.body).not.toContain("token");
  });

  it.each(["localhost:3000", "127.0.0.1:3000", "[::1]:3000"])(
    "in dev mode the loopback Host %s is answered",
    async (host) => {
      const res = await app.inject({
        method: "POST",
        url: "/api/v1/dev/token",
        headers: { host },
        payload: { user: "alex.rivera@cronus.example" },
      });
      expect(res.statusCode).toBe(200);
    },
  );

  it("in dev mode a change needs a same-origin Origin, or none", async () => {
    const mint = (origin?: string) =>
      app.inject({
        method: "POST",
        url: "/api/v1/dev/token",
        headers: { host: "127.0.0.1:3000", ...(origin === undefined ? {} : { origin }) },
        payload: { user: "alex.rivera@cronus.example" },
      });
    expect((await mint()).statusCode).toBe(200);
    expect((await mint("http://127.0.0.1:3000")).statusCode).toBe(200);
    const foreign = await mint("https://attacker.example");
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().error.code).toBe("STORE_ORIGIN_NOT_ALLOWED");
    expect((await mint("null")).statusCode).toBe(403);
    // A read carries no change; the browser keeps its answer from the foreign page anyway (no CORS).
    const read = await app.inject({
      method: "GET",
      url: "/api/v1/health",
      headers: { origin: "https://attacker.example" },
    });
    expect(read.statusCode).toBe(200);
  });

  it("entra mode serves any Host (a proxy in front names it) and no harness", async () => {
    const entra = await buildApp(
      {
        dataDir: dialect.dataDir,
        auth: { mode: "entra", audience: ["x"], allowedTenants: ["t"] },
        staticDir: dist,
      },
      {
        database: await dialect.open(),
        authenticator: {
          mode: "entra",
          authenticate: async () => ({ ok: false, error: { code: "STORE_UNAUTHENTICATED", message: "no" } }),
        },
      },
    );
    try {
      expect(
        (
          await entra.inject({
            method: "GET",
            url: "/api/v1/health",
            headers: { host: "touchpoint.example.com" },
          })
        ).statusCode,
      ).toBe(200);
      expect((await entra.inject({ method: "GET", url: "/harness.html" })).statusCode).toBe(404);
    } finally {
      await entra.close();
    }
  });
});

describe("HSTS under TLS", () => {
  it("a store serving HTTPS sends Strict-Transport-Security", async () => {
    const dir = mkdtempSync(join(tmpdir(), "touchpoint-tls-"));
    try {
      const key = join(dir, "key.pem");
      const cert = join(dir, "cert.pem");
      execFileSync(
        "openssl",
        [
          "req",
          "-x509",
          "-newkey",
          "rsa:2048",
          "-nodes",
          "-keyout",
          key,
          "-out",
          cert,
          "-days",
          "1",
          "-subj",
          "/CN=localhost",
        ],
        { stdio: "ignore" },
      );
      const started = await startServer(
        {
          dataDir: dir,
          auth: { mode: "dev", dataDir: dir },
          host: "127.0.0.1",
          port: 0,
          tlsCert: cert,
          tlsKey: key,
        },
        { handleSignals: false, log: () => undefined },
      );
      if (!started.ok) throw new Error(started.error.message);
      try {
        const hsts = await new Promise<string | undefined>((resolve, reject) => {
          const req = httpsRequest(
            `${started.value.url}/api/v1/health`,
            { rejectUnauthorized: false, headers: { host: "localhost" } },
            (res) => {
              res.resume();
              resolve(res.headers["strict-transport-security"]);
            },
          );
          req.on("error", reject);
          req.end();
        });
        expect(hsts).toBe("max-age=31536000; includeSubDomains");
      } finally {
        await started.value.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
