import { CompiledQuery, type Kysely } from "kysely";
import type { Database, DialectName } from "../database";

/** What follows the values of `insertRows`: a conflict clause, `returning`, and their own parameters. */
export interface InsertTail {
  /** SQL text; `placeholder(i)` marks its i-th parameter (0-based) in `params`, used in that order. */
  text: (placeholder: (i: number) => string) => string;
  params?: readonly unknown[];
}

/**
 * A multi-row insert written as SQL text with one placeholder per value, skipping the query builder: for
 * the bulk paths (an import's batch) and the write path of every log, where building rows node by node
 * costs more CPU and garbage than the database's own work. `computed` gives columns whose value is an
 * SQL expression (a sequence's next value). Table, column names and expressions come from the code,
 * never from input.
 */
export async function insertRows<Row extends object>(
  db: Kysely<Database>,
  dialect: DialectName,
  table: string,
  columns: ReadonlyArray<keyof Row & string>,
  rows: readonly Row[],
  tail: string | InsertTail = "",
  computed: Readonly<Record<string, string>> = {},
): Promise<Array<Record<string, unknown>>> {
  if (rows.length === 0) return [];
  const params: unknown[] = [];
  const mark = () => (dialect === "postgres" ? `$${params.length}` : "?");
  const extra = Object.entries(computed);
  const tuples: string[] = [];
  for (const row of rows) {
    const marks: string[] = [];
    for (const column of columns) {
      params.push((row as Record<string, unknown>)[column]);
      marks.push(mark());
    }
    for (const [, expression] of extra) marks.push(expression);
    tuples.push(`(${marks.join(", ")})`);
  }
  let tailText = typeof tail === "string" ? tail : "";
  if (typeof tail !== "string") {
    const first = params.length;
    params.push(...(tail.params ?? []));
    tailText = tail.text((i) => (dialect === "postgres" ? `$${first + i + 1}` : "?"));
  }
  const names = [...columns, ...extra.map(([column]) => column)].join(", ");
  const text = `insert into ${table} (${names}) values ${tuples.join(", ")}${tailText ? ` ${tailText}` : ""}`;
  const result = await db.executeQuery<Record<string, unknown>>(CompiledQuery.raw(text, params));
  return result.rows;
}
