import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from "fastify";
import { randomUUID } from "node:crypto";
import { buildApp } from "../../src/store/app";
import type { StoreConfig } from "../../src/store/config";
import { signDevToken } from "../../src/store/auth/sign-dev-token";
import type { StoreDatabase } from "../../src/store/db/create-database";
import type { OpenOptions, TestDialect } from "./dialects";
import { seedDemoTenant } from "./demo-tenant";

export interface Caller {
  tenant: string;
  user: string;
  token: string;
}

/** One app per test file and dialect; every test works in its own freshly seeded tenant. */
export interface StoreHarness {
  app: FastifyInstance;
  db: StoreDatabase;
  dialect: TestDialect;
  /** A new demo tenant with a user and an admin of it. */
  tenant(): Promise<{
    tenant: string;
    user: Caller;
    admin: Caller;
    as(user: string, role?: Role): Promise<Caller>;
  }>;
  call(caller: Caller | undefined, options: InjectOptions): Promise<LightMyRequestResponse>;
  log(caller: Caller, body: unknown, key?: string): Promise<LightMyRequestResponse>;
}

type Role = "user" | "manager" | "admin";

export interface StoreOptions {
  /** Settings beyond the defaults (limits, key lifetime, …). */
  config?: Partial<StoreConfig>;
  /** The store's clock. */
  now?: () => Date;
  database?: OpenOptions;
}

/** Tests send many requests as one user: no rate limit unless a test asks for one. */
const NO_LIMITS = { user: { perSecond: 0, burst: 0 }, tenant: { perSecond: 0, burst: 0 }, maxInFlight: 0 };

export function useStore(makeDialect: () => TestDialect, options: StoreOptions = {}): StoreHarness {
  const harness = {} as StoreHarness;
  beforeAll(async () => {
    const dialect = makeDialect();
    const db = await dialect.open(options.database);
    const app = await buildApp(
      {
        dataDir: dialect.dataDir,
        auth: { mode: "dev", dataDir: dialect.dataDir },
        limits: NO_LIMITS,
        ...options.config,
      },
      { database: db, ...(options.now ? { now: options.now } : {}) },
    );
    Object.assign(harness, { app, db, dialect });
  });
  afterAll(async () => {
    await harness.app?.close();
    await harness.dialect?.dispose();
  });
  const caller = async (tenant: string, user: string, role: Role = "user"): Promise<Caller> => ({
    tenant,
    user,
    token: await signDevToken(
      { user, tenant, role, name: user.split("@")[0] ?? user },
      harness.dialect.dataDir,
    ),
  });
  harness.tenant = async () => {
    const tenant = await seedDemoTenant(harness.db);
    return {
      tenant,
      user: await caller(tenant, "alex.rivera@cronus.example"),
      admin: await caller(tenant, "admin@cronus.example", "admin"),
      as: (user: string, role?: Role) => caller(tenant, user, role),
    };
  };
  harness.call = (who, options) =>
    harness.app.inject({
      ...options,
      headers: {
        ...(who === undefined ? {} : { authorization: `Bearer ${who.token}` }),
        ...(options.headers ?? {}),
      },
    });
  harness.log = (who, body, key = randomUUID()) =>
    harness.call(who, {
      method: "POST",
      url: "/api/v1/interactions",
      payload: body as object,
      headers: { "idempotency-key": key },
    });
  return harness;
}

/** A minimal valid log request for an email source. */
export const emailLog = (key: string, extra: Record<string, unknown> = {}) => ({
  source: { kind: "email", key, subject: "Quarterly review", occurredAt: "2026-11-20T10:00:00.000Z" },
  ...extra,
});
