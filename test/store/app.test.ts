import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { buildApp } from "../../src/store/app";
import { createDatabase } from "../../src/store/db/create-database";
import type { Authenticator } from "../../src/store/auth/principal";
import { dialects } from "./dialects";
import { emailLog, useStore } from "./store-harness";

describe.each(dialects())("the app on %s", (_name, dialect) => {
  const store = useStore(dialect);

  it("migrating an up-to-date database again changes nothing", async () => {
    expect(await store.db.migrate()).toEqual([]);
  });

  it("answers health without a token", async () => {
    const res = await store.app.inject({ method: "GET", url: "/api/v1/health" });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: "ok", database: _name });
  });

  it("publishes an OpenAPI document generated from the route schemas", async () => {
    const res = await store.app.inject({ method: "GET", url: "/api/v1/openapi.json" });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/api/v1/interactions",
        "/api/v1/contacts/match",
        "/api/v1/contacts/{no}/interactions",
      ]),
    );
    const body = doc.paths["/api/v1/interactions"].post.requestBody.content["application/json"].schema;
    expect(body.required).toEqual(expect.arrayContaining(["source"]));
  });

  it("counts requests and logged entries in its own metrics registry", async () => {
    const t = await store.tenant();
    await store.log(t.user, emailLog("<metrics@x>", { contacts: ["CT101", "CT102"] }));
    const res = await store.call(t.user, { method: "GET", url: "/api/v1/metrics" });
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(/touchpoint_interactions_logged_total \d+/);
    expect(res.body).toMatch(
      /touchpoint_http_requests_total\{method="POST",route="\/api\/v1\/interactions",status="201"\} \d+/,
    );
    expect((await store.app.inject({ method: "GET", url: "/api/v1/metrics" })).statusCode).toBe(401);
  });
});

describe("static hosting", () => {
  const root = mkdtempSync(join(tmpdir(), "touchpoint-static-"));
  mkdirSync(join(root, "harness"));
  writeFileSync(join(root, "taskpane.html"), "<!doctype html><title>taskpane</title>");
  writeFileSync(join(root, "harness.html"), "<!doctype html><title>harness</title>");
  writeFileSync(join(root, "harness", "app.js"), "console.log('harness')");
  writeFileSync(join(root, "auth-redirect.html"), "<!doctype html><title>sign-in</title>");
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("serves the sign-in redirect bridge uncached and without an opener policy that would cut off its popup", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "touchpoint-bridge-data-"));
    const app = await buildApp({ dataDir, auth: { mode: "dev", dataDir }, staticDir: root });
    try {
      const bridge = await app.inject({ method: "GET", url: "/auth-redirect.html?code=x&state=y" });
      expect(bridge.statusCode).toBe(200);
      expect(bridge.headers["cache-control"]).toBe("no-store");
      expect(bridge.headers["cross-origin-opener-policy"]).toBeUndefined();
      const pane = await app.inject({ method: "GET", url: "/taskpane.html" });
      expect(pane.headers["cache-control"]).not.toBe("no-store");
    } finally {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  const entra: Authenticator = {
    mode: "entra",
    authenticate: async () => ({ ok: false, error: { code: "STORE_UNAUTHENTICATED", message: "no" } }),
  };

  it.each([
    ["dev", 200],
    ["entra", 404],
  ] as const)("in %s mode the harness answers %i and the taskpane is served", async (mode, harnessStatus) => {
    const dataDir = mkdtempSync(join(tmpdir(), "touchpoint-static-data-"));
    const auth =
      mode === "dev"
        ? { mode: "dev" as const, dataDir }
        : { mode: "entra" as const, audience: ["api://touchpoint"], allowedTenants: ["t1"] };
    const app = await buildApp(
      { dataDir, auth, staticDir: root },
      mode === "entra" ? { authenticator: entra } : {},
    );
    try {
      expect((await app.inject({ method: "GET", url: "/taskpane.html" })).statusCode).toBe(200);
      expect((await app.inject({ method: "GET", url: "/harness.html" })).statusCode).toBe(harnessStatus);
      expect((await app.inject({ method: "GET", url: "/harness/app.js" })).statusCode).toBe(harnessStatus);
      expect((await app.inject({ method: "GET", url: "/harness.html?x=1" })).statusCode).toBe(harnessStatus);
    } finally {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it.each([
    ["dev", 200],
    ["entra", 404],
  ] as const)("in %s mode POST /dev/token answers %i", async (mode, status) => {
    const dataDir = mkdtempSync(join(tmpdir(), "touchpoint-token-data-"));
    const auth =
      mode === "dev"
        ? { mode: "dev" as const, dataDir }
        : { mode: "entra" as const, audience: ["api://touchpoint"], allowedTenants: ["t1"] };
    const app = await buildApp({ dataDir, auth }, mode === "entra" ? { authenticator: entra } : {});
    try {
      const res = await app.inject({
        method: "POST",
        url: "/api/v1/dev/token",
        payload: { user: "alex.rivera@cronus.example" },
      });
      expect(res.statusCode).toBe(status);
      if (mode === "dev") {
        const groups = await app.inject({
          method: "GET",
          url: "/api/v1/interaction-groups",
          headers: { authorization: `Bearer ${res.json().token}` },
        });
        expect(groups.statusCode).toBe(200);
      }
    } finally {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it.each(dialects())("closes its database when the app closes (%s)", async (_n, make) => {
    const d = make();
    const db = await d.open();
    const app = await buildApp(
      { dataDir: d.dataDir, auth: { mode: "dev", dataDir: d.dataDir } },
      { database: db },
    );
    await app.close();
    await expect(db.ping()).rejects.toThrow();
    await d.dispose();
  });
});

const pgUrl = process.env.TOUCHPOINT_TEST_PG === "1" ? process.env.TOUCHPOINT_TEST_DATABASE_URL : undefined;
(pgUrl === undefined ? describe.skip : describe)("PostgreSQL schema choice", () => {
  it("migrates the connection's own schema even when another schema already holds Touchpoint tables", async () => {
    const url = pgUrl as string;
    // Named for this run, so the run's global teardown drops both schemas: dropping them here, while
    // another file migrates (Kysely reads every schema's catalogue), would fail that migration.
    const schema = `t_${process.env.TOUCHPOINT_TEST_RUN ?? "local"}_${randomBytes(6).toString("hex")}`;
    const admin = new Client({ connectionString: url });
    await admin.connect();
    const other = mkdtempSync(join(tmpdir(), "touchpoint-pg-other-"));
    const otherDb = createDatabase({ databaseUrl: url, dataDir: other, pgSchema: `${schema}_other` });
    try {
      await admin.query(`create schema ${schema}`);
      await admin.query(`create schema ${schema}_other`);
      await otherDb.migrate();
      const separator = url.includes("?") ? "&" : "?";
      const db = createDatabase({
        databaseUrl: `${url}${separator}options=-c%20search_path%3D${schema}`,
        dataDir: other,
      });
      try {
        expect(await db.migrate()).toEqual([
          "0001-initial-schema",
          "0002-hardening",
          "0003-interaction-statistics",
          "0004-workspace",
          "0005-lifecycle",
          "0006-auto-log-policy",
          "0007-user-setup",
          "0008-sales-links",
          "0009-todos-and-comments",
          "0010-statistics-report-index",
        ]);
        await db.ping();
      } finally {
        await db.close();
      }
    } finally {
      await otherDb.close();
      await admin.end();
      rmSync(other, { recursive: true, force: true });
    }
    // Two full migrations on a PostgreSQL server other suites share: more than jest's default 5 s when busy.
  }, 30_000);
});
