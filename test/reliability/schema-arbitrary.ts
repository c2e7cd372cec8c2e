import fc from "fast-check";

/** The parts of a JSON Schema (as @fastify/swagger writes the OpenAPI document) the fuzzer reads. */
export interface JsonSchema {
  type?: string;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
}

/** Values real requests use, so that many fuzzed requests reach a service and not only the validator. */
export const KNOWN = {
  contactNo: ["CT100", "CT101", "CT102", "CT201", "CT202", "CT204", "CT301", "CT500", "CT999"],
  code: ["EMAIL", "MEETINV", "PHONE", "SYSTEM", "OLD", "BUS", "OUTGOING", "NOPE"],
  email: [
    "anna.petrova@fabrikam.example",
    "sales@contoso.example",
    "x@newsletter.example",
    "who@gmail.com",
    "alex.rivera@cronus.example",
  ],
};

/** Texts no store should take, or that have broken stores: control characters, odd Unicode, sheer size. */
export const HOSTILE_TEXT = [
  "a\u0000b",
  "\u0000",
  "\u001b[31m",
  "\ud800",
  '=HYPERLINK("http://x","y")',
  "'; drop table contacts; --",
  "%00",
  "../../etc/passwd",
  "😀".repeat(300),
  "x".repeat(5000),
  " ",
  "",
  "__proto__",
];

/** Numbers at the edges; 1e999 is written by hand into the body text (JSON.stringify cannot). */
export const HOSTILE_NUMBER = [0, -1, -0, 1.5, 2 ** 53 + 1, 1e308, -1e308, 1e-320];

const text = (schema: JsonSchema): fc.Arbitrary<string> => {
  const maxLength = Math.min(schema.maxLength ?? 40, 60);
  const minLength = Math.min(schema.minLength ?? 0, maxLength);
  if (schema.format === "date-time")
    return fc
      .date({ min: new Date("1990-01-01"), max: new Date("2040-01-01"), noInvalidDate: true })
      .map((d) => d.toISOString());
  if (schema.pattern === "^[A-Za-z0-9_.\\-]+$")
    return fc.oneof(fc.constantFrom(...KNOWN.contactNo), fc.stringMatching(/^[A-Za-z0-9_.-]{1,20}$/));
  if (schema.pattern === "^[A-Z0-9_.\\-]+$")
    return fc.oneof(fc.constantFrom(...KNOWN.code), fc.stringMatching(/^[A-Z0-9_.-]{1,20}$/));
  if (schema.pattern !== undefined)
    return fc
      .stringMatching(new RegExp(schema.pattern))
      .filter((s) => s.length <= (schema.maxLength ?? 1000));
  if (minLength >= 3 && (schema.maxLength ?? 0) >= 320)
    return fc.oneof(fc.constantFrom(...KNOWN.email), fc.emailAddress());
  return fc.string({ minLength, maxLength, unit: "grapheme" });
};

/** An arbitrary of values that match the schema (mostly; edge cases of formats are the store's to judge). */
export function fromSchema(schema: JsonSchema, depth = 0): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum !== undefined) return fc.constantFrom(...schema.enum);
  const union = schema.anyOf ?? schema.oneOf;
  if (union !== undefined) return fc.oneof(...union.map((s) => fromSchema(s, depth)));
  switch (schema.type) {
    case "string":
      return text(schema);
    case "integer":
      return fc.integer({
        min: Math.max(schema.minimum ?? -1000, -1e6),
        max: Math.min(schema.maximum ?? 1000, 1e6),
      });
    case "number":
      return fc.double({
        min: schema.minimum ?? -1e6,
        max: schema.maximum ?? 1e6,
        noNaN: true,
        noDefaultInfinity: true,
      });
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "array":
      if (depth > 4 || schema.items === undefined) return fc.constant([]);
      return fc.array(fromSchema(schema.items, depth + 1), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.max(schema.minItems ?? 0, Math.min(schema.maxItems ?? 4, 4)),
      });
    case "object": {
      if (depth > 4) return fc.constant({});
      const props = Object.fromEntries(
        Object.entries(schema.properties ?? {}).map(([name, s]) => [name, fromSchema(s, depth + 1)]),
      );
      return fc.record(props, { requiredKeys: (schema.required ?? []).filter((k) => k in props) });
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** Something in place of a valid value: another type, a hostile text or number, or deep nesting. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...HOSTILE_TEXT),
  fc.constantFrom(...HOSTILE_NUMBER),
  fc.constantFrom(null, true, [], {}, { __proto__: { admin: true } }, { constructor: { prototype: {} } }),
  fc.jsonValue({ maxDepth: 3 }),
  fc.integer({ min: 1, max: 200 }).map((n) => JSON.parse(`${"[".repeat(n)}${"]".repeat(n)}`) as unknown),
);

/** Replaces one value somewhere inside `value` (or `value` itself) with `replacement`. */
export function mutateOne(value: unknown, pick: number, replacement: unknown): unknown {
  const paths: Array<Array<string | number>> = [[]];
  const walk = (v: unknown, path: Array<string | number>) => {
    const children: Array<[string | number, unknown]> = Array.isArray(v)
      ? v.map((item, i) => [i, item])
      : v !== null && typeof v === "object"
        ? Object.entries(v)
        : [];
    for (const [step, item] of children) {
      paths.push([...path, step]);
      walk(item, [...path, step]);
    }
  };
  walk(value, []);
  const path = paths[pick % paths.length] as Array<string | number>;
  if (path.length === 0) return replacement;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let parent = copy;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  parent[path[path.length - 1] as string | number] = replacement;
  return copy;
}
