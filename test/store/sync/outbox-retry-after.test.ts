import type { FastifyInstance } from "fastify";
import { createStoreClient } from "../../../src/addin/platform/http/store-client";
import { createManualOnlineManager } from "../../../src/addin/sync/online-manager";
import { createSyncEngine } from "../../../src/addin/sync/sync-engine";
import { ok } from "../../../src/domain/result";
import { buildApp } from "../../../src/store/app";
import { signDevToken } from "../../../src/store/auth/sign-dev-token";
import type { StoreDatabase } from "../../../src/store/db/create-database";
import type { LoadLimits } from "../../../src/store/http/load-limits";
import { fakeClock, memoryOutbox } from "../../unit/addin/sync/sync-fakes";
import { seedDemoTenant } from "../demo-tenant";
import { dialects, type TestDialect } from "../dialects";

const OFF = { perSecond: 0, burst: 0 };
const log = (n: number) => ({
  source: {
    kind: "email" as const,
    key: `<retry-after-${n}@x>`,
    subject: `Retry-After ${n}`,
    occurredAt: "2026-11-20T10:00:00Z",
  },
  contacts: ["CT101"],
});

/** The real store on a port, the real axios client, and the outbox engine on a clock the test moves. */
async function outboxAgainst(dialect: TestDialect, limits: LoadLimits, wrap = (db: StoreDatabase) => db) {
  const db = await dialect.open();
  const app: FastifyInstance = await buildApp(
    { dataDir: dialect.dataDir, auth: { mode: "dev", dataDir: dialect.dataDir }, limits },
    { database: wrap(db) },
  );
  const tenant = await seedDemoTenant(db);
  const base = await app.listen({ host: "127.0.0.1", port: 0 });
  const token = await signDevToken({ user: "alex.rivera@cronus.example", tenant }, dialect.dataDir);
  const tokens = { getToken: async () => ok(token) };
  const clock = fakeClock(Date.UTC(2026, 10, 20, 10));
  const outbox = memoryOutbox();
  const engine = createSyncEngine({
    outbox,
    store: createStoreClient({ tokens, baseUrl: base, now: clock.now }),
    tokens,
    online: createManualOnlineManager(true),
    clock,
    random: () => 0.5,
    lock: { withLock: async (work) => ({ acquired: true, value: await work() }) },
    newId: () => crypto.randomUUID(),
  });
  const enqueue = (n: number) =>
    engine.enqueue({ id: crypto.randomUUID(), request: log(n), origin: "taskpane", label: `log ${n}` });
  return { app, clock, outbox, engine, enqueue };
}

const realTime = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

jest.setTimeout(30_000);

describe.each(dialects())("the outbox honours the real store's Retry-After on %s", (_name, make) => {
  let dialect: TestDialect;
  const apps: FastifyInstance[] = [];
  beforeAll(() => {
    dialect = make();
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    await dialect.dispose();
  });

  it("429 STORE_RATE_LIMITED: the entry waits exactly Retry-After, then goes", async () => {
    // One request, then one more every 10 s: the second log is refused with Retry-After: 10.
    const run = await outboxAgainst(dialect, {
      user: { perSecond: 0.1, burst: 1 },
      tenant: OFF,
      maxInFlight: 0,
    });
    apps.push(run.app);
    await run.enqueue(1);
    await run.enqueue(2);
    const started = run.clock.now();
    const first = await run.engine.drainNow();
    expect(first.map((o) => o.status)).toEqual(["logged", "retrying"]);
    const [waiting] = await run.outbox.list();
    expect(waiting?.lastError).toMatchObject({ code: "STORE_RATE_LIMITED", status: 429 });
    expect(waiting?.notBefore).toBe(started + 10_000);
    run.clock.advance(9_999);
    expect(await run.engine.drainNow()).toEqual([]); // not due yet: nothing is sent
    expect((await run.outbox.list())[0]?.attempts).toBe(1);
    run.clock.advance(1);
    // Due: it goes (the store's own bucket refills in real time, so it may be told to wait again).
    expect((await run.engine.drainNow()).map((o) => o.status)).toHaveLength(1);
    expect((await run.outbox.list())[0]?.attempts ?? 2).toBe(2);
  });

  it("503 STORE_OVERLOADED (shed): the entry waits exactly Retry-After, then goes", async () => {
    let release = () => undefined as void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let holding = false;
    // One request held in progress fills the store's in-flight cap of 1.
    const hold = (db: StoreDatabase): StoreDatabase => ({
      ...db,
      ping: async () => {
        holding = true;
        await gate;
        return db.ping();
      },
    });
    const run = await outboxAgainst(dialect, { user: OFF, tenant: OFF, maxInFlight: 1 }, hold);
    apps.push(run.app);
    const busy = run.app.inject({ method: "GET", url: "/api/v1/health" });
    while (!holding) await realTime(5);
    await run.enqueue(3);
    const started = run.clock.now();
    expect((await run.engine.drainNow()).map((o) => o.status)).toEqual(["retrying"]);
    const [waiting] = await run.outbox.list();
    expect(waiting?.lastError).toMatchObject({ code: "STORE_OVERLOADED", status: 503 });
    expect(waiting?.notBefore).toBe(started + 1000);
    release();
    await busy;
    run.clock.advance(999);
    expect(await run.engine.drainNow()).toEqual([]);
    run.clock.advance(1);
    expect((await run.engine.drainNow()).map((o) => o.status)).toEqual(["logged"]);
  });
});
