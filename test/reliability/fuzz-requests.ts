import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { fromSchema, hostileValue, HOSTILE_TEXT, mutateOne, type JsonSchema } from "./schema-arbitrary";

/** Requests for every operation of the OpenAPI document: valid ones, one field made wrong, hostile text. */
export interface Operation {
  method: string;
  path: string;
  params: Array<{ in: string; name: string; required?: boolean; schema: JsonSchema }>;
  body?: JsonSchema;
}

/** One fuzzed request, before the tenant's real ids are put into its placeholders. */
export interface Fuzzed {
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string;
  auth: "user" | "manager" | "admin" | "none" | "garbage";
}

export const ENTRY = "{{entry}}";
export const ITEM = "{{item}}";
export const NEVER_LOG = "{{never-log}}";
export const CHANGES = new Set(["POST", "PUT", "PATCH", "DELETE"]);
export const BATCH = 250;

export function operations(doc: {
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

export function requestOf(op: Operation): fc.Arbitrary<Fuzzed> {
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
