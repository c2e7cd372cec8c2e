import type { Kysely } from "kysely";
import type { Database, DialectName } from "../database";
import { runCompiled } from "../run-compiled";

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
  for (const row of rows) for (const column of columns) params.push((row as Record<string, unknown>)[column]);
  let tailText = typeof tail === "string" ? tail : "";
  if (typeof tail !== "string") {
    const first = params.length;
    params.push(...(tail.params ?? []));
    tailText = tail.text((i) => (dialect === "postgres" ? `$${first + i + 1}` : "?"));
  }
  const text = statementText(dialect, table, columns, rows.length, tailText, computed);
  return runCompiled(db, text, params);
}

/** Statement texts by column list, then by dialect, table, row count, tail and computed columns. */
const texts = new WeakMap<ReadonlyArray<string>, Map<string, string>>();
/** Texts kept per column list: the row counts a caller uses are few (one per log's contacts, a batch size). */
const TEXTS_PER_COLUMN_LIST = 64;

/**
 * The insert's text, built once per shape: it depends only on the columns and the number of rows, and
 * building it (a placeholder per value) cost more than filling the parameters.
 */
function statementText(
  dialect: DialectName,
  table: string,
  columns: ReadonlyArray<string>,
  rowCount: number,
  tailText: string,
  computed: Readonly<Record<string, string>>,
): string {
  const extra = Object.entries(computed);
  const key = `${dialect}\n${table}\n${rowCount}\n${tailText}\n${extra.join("\n")}`;
  let byShape = texts.get(columns);
  const known = byShape?.get(key);
  if (known !== undefined) return known;
  let n = 0;
  const mark = () => (dialect === "postgres" ? `$${++n}` : "?");
  const tuples: string[] = [];
  for (let r = 0; r < rowCount; r += 1) {
    const marks = columns.map(mark);
    for (const [, expression] of extra) marks.push(expression);
    tuples.push(`(${marks.join(", ")})`);
  }
  const names = [...columns, ...extra.map(([column]) => column)].join(", ");
  const text = `insert into ${table} (${names}) values ${tuples.join(", ")}${tailText ? ` ${tailText}` : ""}`;
  if (byShape === undefined) texts.set(columns, (byShape = new Map()));
  if (byShape.size < TEXTS_PER_COLUMN_LIST) byShape.set(key, text);
  return text;
}
