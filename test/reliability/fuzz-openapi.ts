import { randomUUID } from "node:crypto";
import fc from "fast-check";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../../src/store/app";
import { signDevToken } from "../../src/store/auth/sign-dev-token";
import { seedDemoTenant } from "../store/demo-tenant";
import type { TestDialect } from "../store/dialects";
import { openTenantRows } from "../store/tenant-rows";
import { fromSchema, hostileValue, HOSTILE_TEXT, mutateOne, type JsonSchema } from "./schema-arbitrary";

interface Operation {
  method: string;
  path: string;
  params: Array<{ in: string; name: string; required?: boolean; schema: JsonSchema }>;
  body?: JsonSchema;
}

/** One fuzzed request, before the tenant's real ids are put into its placeholders. */
interface Fuzzed {
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string;
  auth: "user" | "manager" | "admin" | "none" | "garbage";
}

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

const ENTRY = "{{entry}}";
const ITEM = "{{item}}";
const NEVER_LOG = "{{never-log}}";
const CHANGES = new Set(["POST", "PUT", "PATCH", "DELETE"]);
const BATCH = 250;

function operations(doc: {
  paths: Record<
    string,
    Record<
      string,
      { parameters?: Operation["params"]; requestBody?: { content?: Record<string, { schema: JsonSchema }> } }
    >
  >;
}): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      params: op.parameters ?? [],
      ...(op.requestBody?.content?.["application/json"]
        ? { body: op.requestBody.content["application/json"].schema }
        : {}),
    })),
  );
}

/** Percent-encodes a text; a lone surrogate (no UTF-8 form) goes out as the bytes a broken client sends. */
const encode = (value: unknown): string => {
  const text = String(value);
  try {
    return encodeURIComponent(text);
  } catch {
    return [...text]
      .map((ch) => (/[\ud800-\udfff]/.test(ch) ? "%ED%A0%80" : encodeURIComponent(ch)))
      .join("");
  }
};

const pathValue = (name: string, schema: JsonSchema): fc.Arbitrary<string> =>
  fc.oneof(
    {
      weight: 5,
      arbitrary:
        name === "entryNo"
          ? fc.constant(ENTRY)
          : name === "id"
            ? fc.constantFrom(ITEM, NEVER_LOG)
            : fromSchema(schema).map(encode),
    },
    {
      weight: 2,
      arbitrary: fc
        .constantFrom(...HOSTILE_TEXT, "-1", "0", "1e999", "Infinity", "9007199254740993")
        .map(encode),
    },
    { weight: 1, arbitrary: fc.constantFrom("%E0%A4%A", "%", "%zz", "x".repeat(150), "%2e%2e%2f") },
  );

const queryValue = (schema: JsonSchema): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 4, arbitrary: fromSchema(schema).map(encode) },
    {
      weight: 2,
      arbitrary: fc
        .constantFrom("1e999", "Infinity", "-Infinity", "NaN", "-1", "0", "%00", "a%00b", "", "%E0%A4%A")
        .map(String),
    },
    { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_TEXT).map(encode) },
  );

function bodyText(schema: JsonSchema | undefined): fc.Arbitrary<string | undefined> {
  const junk = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.constantFrom(
      '{"a":',
      "[",
      "null",
      "1e999",
      '{"__proto__":{"admin":true}}',
      '{"a":1,"a":2}',
      "\u0000",
      "",
    ),
    fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v) ?? "null"),
  );
  if (schema === undefined)
    return fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: junk });
  const valid = fromSchema(schema);
  return fc.oneof(
    { weight: 5, arbitrary: valid.map((v) => JSON.stringify(v)) },
    {
      weight: 4,
      arbitrary: fc
        .tuple(valid, fc.nat(), hostileValue)
        .map(([v, pick, h]) => JSON.stringify(mutateOne(v, pick, h)) ?? "null"),
    },
    // 1e999 parses to Infinity: only a hand-written body can carry it.
    {
      weight: 1,
      arbitrary: valid.map((v) => JSON.stringify(v).replace(/(?<=:)-?\d+(\.\d+)?(?=[,}])/, "1e999")),
    },
    { weight: 2, arbitrary: junk },
  );
}

function requestOf(op: Operation): fc.Arbitrary<Fuzzed> {
  const pathParams = op.params.filter((p) => p.in === "path");
  const queryParams = op.params.filter((p) => p.in === "query");
  return fc
    .record({
      path: fc.tuple(...pathParams.map((p) => pathValue(p.name, p.schema))),
      query: fc.tuple(...queryParams.map((p) => fc.option(queryValue(p.schema), { nil: undefined }))),
      payload: bodyText(op.body),
      type: fc.constantFrom(
        "application/json",
        "application/json",
        "application/json",
        "application/json",
        "text/csv",
        "text/plain",
        "application/xml",
        "application/json; charset=utf-16",
        "",
      ),
      key: fc.oneof(
        { weight: 6, arbitrary: fc.constant("uuid") },
        { weight: 1, arbitrary: fc.constantFrom("", " k ", "x".repeat(201), "é", "k\u0001") },
      ),
      auth: fc.constantFrom(
        "user",
        "user",
        "manager",
        "admin",
        "admin",
        "admin",
        "none",
        "garbage",
      ) as fc.Arbitrary<Fuzzed["auth"]>,
    })
    .map(({ path, query, payload, type, key, auth }) => {
      let url = op.path;
      pathParams.forEach((p, i) => (url = url.replace(`{${p.name}}`, path[i] as string)));
      const search = queryParams
        .flatMap((p, i) => (query[i] === undefined ? [] : [`${p.name}=${query[i]}`]))
        .join("&");
      const headers: Record<string, string> = {};
      if (payload !== undefined && type !== "") headers["content-type"] = type;
      if (CHANGES.has(op.method)) headers["idempotency-key"] = key === "uuid" ? randomUUID() : key;
      return {
        method: op.method,
        url: search === "" ? url : `${url}?${search}`,
        headers,
        ...(payload === undefined ? {} : { payload }),
        auth,
      };
    });
}

/**
 * Sends `count` requests generated from the store's own OpenAPI document — valid ones, valid ones with
 * one value made hostile, and junk — as every role and as nobody. No answer may be a 5xx or uncoded, and
 * a refused change (4xx) must leave every row of the tenant as it was.
 */
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
