import { CompiledQuery, type Kysely } from "kysely";
import type { Database, DialectName } from "../database";

/**
 * A multi-row insert written as SQL text with one placeholder per value, skipping the query builder: for
 * the bulk paths (an import's batch), where building hundreds of rows node by node costs more CPU and
 * garbage than the database's own work. Table and column names come from the code, never from input.
 */
export async function insertRows<Row extends object>(
  db: Kysely<Database>,
  dialect: DialectName,
  table: string,
  columns: ReadonlyArray<keyof Row & string>,
  rows: readonly Row[],
  tail = "",
): Promise<Array<Record<string, unknown>>> {
  if (rows.length === 0) return [];
  const params: unknown[] = [];
  const tuples: string[] = [];
  for (const row of rows) {
    const marks: string[] = [];
    for (const column of columns) {
      params.push((row as Record<string, unknown>)[column]);
      marks.push(dialect === "postgres" ? `$${params.length}` : "?");
    }
    tuples.push(`(${marks.join(", ")})`);
  }
  const text = `insert into ${table} (${columns.join(", ")}) values ${tuples.join(", ")}${tail ? ` ${tail}` : ""}`;
  const result = await db.executeQuery<Record<string, unknown>>(CompiledQuery.raw(text, params));
  return result.rows;
}
