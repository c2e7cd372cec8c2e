import { randomUUID } from "node:crypto";
import fc from "fast-check";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../../src/store/app";
import { signDevToken } from "../../src/store/auth/sign-dev-token";
import { seedDemoTenant } from "../store/demo-tenant";
import type { TestDialect } from "../store/dialects";
import { openTenantRows } from "../store/tenant-rows";
import { type Fuzzed, ENTRY, ITEM, NEVER_LOG, CHANGES, BATCH, operations, requestOf } from "./fuzz-requests";

export interface FuzzResult {
  tried: number;
  answered: Record<"2xx" | "4xx" | "5xx", number>;
  /** Requests refused (4xx) that changed the database anyway: must be 0. */
  refusedWrites: number;
  /** 4xx/5xx answers without a STORE_ code in a JSON body: must be 0. */
  uncoded: number;
  fiveXx: number;
  samples: string[];
}

export async function fuzzOpenApi(dialect: TestDialect, count: number, seed = 1): Promise<FuzzResult> {
  const db = await dialect.open();
  const limits = { user: { perSecond: 0, burst: 0 }, tenant: { perSecond: 0, burst: 0 }, maxInFlight: 0 };
  const app: FastifyInstance = await buildApp(
    {
      dataDir: dialect.dataDir,
      auth: { mode: "dev", dataDir: dialect.dataDir },
      limits,
      keySweepIntervalMs: 0,
    },
    { database: db },
  );
  const rows = await openTenantRows(dialect);
  const result: FuzzResult = {
    tried: 0,
    answered: { "2xx": 0, "4xx": 0, "5xx": 0 },
    refusedWrites: 0,
    uncoded: 0,
    fiveXx: 0,
    samples: [],
  };
  try {
    await app.ready();
    const ops = operations(app.swagger() as never);
    const requests = fc.sample(fc.constantFrom(...ops).chain(requestOf), { numRuns: count, seed });
    for (let start = 0; start < requests.length; start += BATCH) {
      const tenant = await freshTenant(app, dialect, db);
      for (const fuzzed of requests.slice(start, start + BATCH))
        await sendOne(app, rows.read, tenant, fuzzed, result);
    }
    return result;
  } finally {
    await rows.close();
    await app.close();
  }
}

interface FuzzTenant {
  id: string;
  tokens: Record<"user" | "manager" | "admin", string>;
  entries: number[];
  items: string[];
}

async function freshTenant(
  app: FastifyInstance,
  dialect: TestDialect,
  db: Parameters<typeof seedDemoTenant>[0],
): Promise<FuzzTenant> {
  const id = await seedDemoTenant(db);
  const sign = (role: "user" | "manager" | "admin") =>
    signDevToken({ user: `${role}@cronus.example`, tenant: id, role }, dialect.dataDir);
  const tokens = { user: await sign("user"), manager: await sign("manager"), admin: await sign("admin") };
  const entries: number[] = [];
  const items: string[] = [];
  for (let i = 0; i < 3; i += 1) {
    const res = await app.inject({
      method: "POST",
      url: "/api/v1/interactions",
      headers: { authorization: `Bearer ${tokens.user}`, "idempotency-key": randomUUID() },
      payload: {
        source: { kind: "email", key: `<fuzz-${i}@x>`, subject: "s", occurredAt: "2026-11-20T10:00:00Z" },
        contacts: ["CT101", "CT102"],
      },
    });
    const body = res.json() as { entries: Array<{ entryNo: number }>; loggedItem: { id: string } };
    entries.push(...body.entries.map((e) => e.entryNo));
    items.push(body.loggedItem.id);
  }
  return { id, tokens, entries, items };
}

type ReadRows = (tenant: string) => Promise<unknown>;

async function sendOne(
  app: FastifyInstance,
  readRows: ReadRows,
  tenant: FuzzTenant,
  fuzzed: Fuzzed,
  result: FuzzResult,
) {
  const pick = <T>(list: T[]) => list[result.tried % list.length] as T;
  const url = fuzzed.url
    .replace(ENTRY, String(pick(tenant.entries)))
    .replace(ITEM, pick(tenant.items))
    .replace(NEVER_LOG, `nl-${tenant.id}`);
  const headers = { ...fuzzed.headers };
  if (fuzzed.auth === "garbage") headers.authorization = "Bearer not.a.token";
  else if (fuzzed.auth !== "none") headers.authorization = `Bearer ${tenant.tokens[fuzzed.auth]}`;
  const change = CHANGES.has(fuzzed.method);
  const before = change ? await readRows(tenant.id) : undefined;
  let res;
  try {
    res = await app.inject({
      method: fuzzed.method as "GET",
      url,
      headers,
      ...(fuzzed.payload === undefined ? {} : { payload: fuzzed.payload }),
    });
  } catch {
    return; // light-my-request itself refused to build the request (a header Node would never send)
  }
  result.tried += 1;
  const status = res.statusCode;
  result.answered[status >= 500 ? "5xx" : status >= 400 ? "4xx" : "2xx"] += 1;
  const sample = `${fuzzed.method} ${url} ${JSON.stringify(headers)} ${fuzzed.payload?.slice(0, 300) ?? ""} → ${status} ${res.body.slice(0, 300)}`;
  if (status >= 500) {
    result.fiveXx += 1;
    result.samples.push(sample);
  }
  if (status >= 400 && !/"code":"STORE_[A-Z_]+"/.test(res.body)) {
    result.uncoded += 1;
    result.samples.push(`uncoded: ${sample}`);
  }
  if (change && status >= 400 && JSON.stringify(await readRows(tenant.id)) !== JSON.stringify(before)) {
    result.refusedWrites += 1;
    result.samples.push(`refused but wrote: ${sample}`);
  }
}
