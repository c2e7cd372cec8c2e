import { CompiledQuery, type Kysely } from "kysely";
import type { Database } from "./database";

/** Runs a statement's text on a SQLite connection's own handle, synchronously. */
type SqliteRunner = (text: string, parameters: readonly unknown[]) => Array<Record<string, unknown>>;

/** By the connection's dialect adapter, which its transactions share. */
const runners = new WeakMap<object, SqliteRunner>();

/**
 * Lets `runCompiled` skip Kysely's executor inside this SQLite connection's transactions. Not for a
 * connection that logs its queries: those keep Kysely's path, where the log is.
 */
export function runDirectlyInTransactions(kysely: Kysely<Database>, runner: SqliteRunner): void {
  runners.set(kysely.getExecutor().adapter, runner);
}

/**
 * Runs SQL text compiled by the store's own code. Inside a SQLite transaction the statement runs on the
 * connection's handle at once: the transaction already holds the one connection, so Kysely's executor
 * would only add its promises and connection hand-offs (a quarter of what a log allocated). Elsewhere
 * (PostgreSQL, reads outside a transaction, which must queue for the connection) it goes through Kysely.
 */
export async function runCompiled(
  db: Kysely<Database>,
  text: string,
  parameters: readonly unknown[],
): Promise<Array<Record<string, unknown>>> {
  const runner = db.isTransaction ? runners.get(db.getExecutor().adapter) : undefined;
  if (runner !== undefined) return runner(text, parameters);
  return (await db.executeQuery<Record<string, unknown>>(CompiledQuery.raw(text, parameters as unknown[])))
    .rows;
}
