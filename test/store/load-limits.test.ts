import type { FastifyInstance } from "fastify";
import { buildApp } from "../../src/store/app";
import { startServer } from "../../src/store/server";
import { signDevToken } from "../../src/store/auth/sign-dev-token";
import type { StoreDatabase } from "../../src/store/db/create-database";
import type { LoadLimits } from "../../src/store/http/load-limits";
import { dialects, type TestDialect } from "./dialects";
import { seedDemoTenant } from "./demo-tenant";

const OFF = { perSecond: 0, burst: 0 };

jest.setTimeout(30_000);

/** A database whose contact searches wait until released: requests that stay in progress. */
function withHeldSearches(db: StoreDatabase) {
  let release = () => undefined as void;
  let gate = Promise.resolve();
  let waiting = 0;
  const held: StoreDatabase = {
    ...db,
    repositories: {
      ...db.repositories,
      contacts: {
        ...db.repositories.contacts,
        search: async (...args) => {
          waiting += 1;
          await gate;
          return db.repositories.contacts.search(...args);
        },
      },
    },
  };
  return {
    db: held,
    hold: () => (gate = new Promise((resolve) => (release = resolve))),
    release: () => release(),
    waiting: () => waiting,
  };
}

describe.each(dialects())("rate limits and load shedding on %s", (_name, make) => {
  let dialect: TestDialect;
  let tenant: string;
  const apps: FastifyInstance[] = [];
  beforeAll(async () => {
    dialect = make();
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    await dialect.dispose();
  });

  const appWith = async (limits: LoadLimits, wrap = (db: StoreDatabase) => db) => {
    const db = await dialect.open();
    const app = await buildApp(
      { dataDir: dialect.dataDir, auth: { mode: "dev", dataDir: dialect.dataDir }, limits },
      { database: wrap(db) },
    );
    apps.push(app);
    tenant = await seedDemoTenant(db);
    return app;
  };
  const tokenFor = (user: string) => signDevToken({ user, tenant }, dialect.dataDir);
  const get = (app: FastifyInstance, token: string, url = "/api/v1/contacts?q=anna") =>
    app.inject({ method: "GET", url, headers: { authorization: `Bearer ${token}` } });

  it("a user over their rate gets 429 with Retry-After; another user of the tenant does not", async () => {
    const app = await appWith({ user: { perSecond: 0.5, burst: 2 }, tenant: OFF, maxInFlight: 0 });
    const alex = await tokenFor("alex.rivera@cronus.example");
    expect((await get(app, alex)).statusCode).toBe(200);
    expect((await get(app, alex)).statusCode).toBe(200);
    const limited = await get(app, alex);
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe("STORE_RATE_LIMITED");
    expect(Number(limited.headers["retry-after"])).toBeGreaterThanOrEqual(1);
    expect(Number(limited.headers["retry-after"])).toBeLessThanOrEqual(2);
    expect((await get(app, await tokenFor("maria.ivanova@cronus.example"))).statusCode).toBe(200);
  });

  it("a tenant over its rate gets 429 whichever of its users asks", async () => {
    const app = await appWith({ user: OFF, tenant: { perSecond: 0.1, burst: 3 }, maxInFlight: 0 });
    const answers = [];
    for (const user of ["a", "b", "c", "d"])
      answers.push((await get(app, await tokenFor(`${user}@cronus.example`))).statusCode);
    expect(answers).toEqual([200, 200, 200, 429]);
  });

  it("while the event loop runs behind the cap shrinks, so fewer requests are taken; it grows back after", async () => {
    let control: ReturnType<typeof withHeldSearches> | undefined;
    const app = await appWith(
      { user: OFF, tenant: OFF, maxInFlight: 32, maxEventLoopDelayMs: 120 },
      (db) => (control = withHeldSearches(db)).db,
    );
    const alex = await tokenFor("alex.rivera@cronus.example");
    control!.hold();
    const held = Array.from({ length: 4 }, () => get(app, alex));
    while (control!.waiting() < 4) await new Promise((resolve) => setTimeout(resolve, 5));
    const cap = async () =>
      Number(/touchpoint_http_in_flight_cap (\d+)/.exec((await get(app, alex, "/api/v1/metrics")).body)?.[1]);
    // The loop 250 ms behind, sample after sample: 32 → 24 → 18 → 13 → 9 → 6 → 4.
    for (let i = 0; i < 60 && (await cap()) > 4; i += 1) {
      const until = Date.now() + 250;
      while (Date.now() < until) {
        // busy: the loop runs behind
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(await cap()).toBe(4);
    // Four in progress, far below the configured 32, and a fifth is turned away.
    expect((await get(app, alex, "/api/v1/interaction-groups")).statusCode).toBe(503);
    control!.release();
    await Promise.all(held);
    // Idle, the loop keeps up and the cap climbs back: eight at once are all taken again.
    for (let i = 0; i < 100 && (await cap()) < 32; i += 1)
      await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await cap()).toBe(32);
    control!.hold();
    const again = Array.from({ length: 8 }, () => get(app, alex));
    while (control!.waiting() < 12) await new Promise((resolve) => setTimeout(resolve, 5));
    control!.release();
    expect((await Promise.all(again)).map((r) => r.statusCode)).toEqual(Array(8).fill(200));
  });

  it("past the in-flight cap a request is shed with 503 and Retry-After at once; health is never shed", async () => {
    let control: ReturnType<typeof withHeldSearches> | undefined;
    const app = await appWith(
      { user: OFF, tenant: OFF, maxInFlight: 2 },
      (db) => (control = withHeldSearches(db)).db,
    );
    const alex = await tokenFor("alex.rivera@cronus.example");
    control!.hold();
    const inFlight = [get(app, alex), get(app, alex)];
    while (control!.waiting() < 2) await new Promise((resolve) => setTimeout(resolve, 5));
    const shed = await get(app, alex, "/api/v1/interaction-groups");
    expect(shed.statusCode).toBe(503);
    expect(shed.json().error.code).toBe("STORE_OVERLOADED");
    expect(shed.headers["retry-after"]).toBe("1");
    expect((await app.inject({ method: "GET", url: "/api/v1/health" })).statusCode).toBe(200);
    control!.release();
    expect((await Promise.all(inFlight)).map((r) => r.statusCode)).toEqual([200, 200]);
    expect((await get(app, alex, "/api/v1/interaction-groups")).statusCode).toBe(200);
    const metrics = await get(app, alex, "/api/v1/metrics");
    expect(metrics.body).toMatch(/touchpoint_http_requests_shed_total 1/);
  });

  it("the store's own server sheds before Fastify, with the same coded answer and headers", async () => {
    let control: ReturnType<typeof withHeldSearches> | undefined;
    const db = await dialect.open();
    const started = await startServer(
      {
        dataDir: dialect.dataDir,
        auth: { mode: "dev", dataDir: dialect.dataDir },
        limits: { user: OFF, tenant: OFF, maxInFlight: 1 },
        host: "127.0.0.1",
        port: 0,
      },
      { database: (control = withHeldSearches(db)).db, handleSignals: false, log: () => undefined },
    );
    if (!started.ok) throw new Error(started.error.message);
    try {
      tenant = await seedDemoTenant(db);
      const headers = { authorization: `Bearer ${await tokenFor("alex.rivera@cronus.example")}` };
      control.hold();
      const held = fetch(`${started.value.url}/api/v1/contacts?q=anna`, { headers });
      while (control.waiting() < 1) await new Promise((resolve) => setTimeout(resolve, 5));
      const shed = await fetch(`${started.value.url}/api/v1/interaction-groups`, { headers });
      expect(shed.status).toBe(503);
      expect(shed.headers.get("retry-after")).toBe("1");
      expect(shed.headers.get("x-content-type-options")).toBe("nosniff");
      expect(shed.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(await shed.json()).toEqual({
        error: { code: "STORE_OVERLOADED", message: "The store is too busy right now; try again shortly." },
      });
      expect((await fetch(`${started.value.url}/api/v1/health`)).status).toBe(200);
      control.release();
      expect((await held).status).toBe(200);
      expect((await fetch(`${started.value.url}/api/v1/interaction-groups`, { headers })).status).toBe(200);
    } finally {
      await started.value.close();
    }
  });
});
