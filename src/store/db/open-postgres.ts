import pg from "pg";
import { Kysely, type LogConfig } from "kysely";
import { OwnSchemaPostgresDialect } from "./own-schema-postgres-dialect";
import type { Database } from "./database";

/** pg hands bigint and numeric back as strings; the store's counts, entry numbers and amounts fit a double. */
const pgTypes = {
  getTypeParser(oid: number, format?: string) {
    if (oid === pg.types.builtins.INT8 || oid === pg.types.builtins.NUMERIC)
      return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format as "text");
  },
};

/** Statement texts given a server-side name, so each connection parses and plans them once. */
const PREPARED_NAMES_MAX = 200;

/**
 * One pool's statement names. Bounded (texts past the first `max` go unnamed), since a connection keeps
 * every statement it prepared; a name is never reused, so a forgotten one cannot meet an old plan.
 */
function createStatementNames(max: number) {
  const names = new Map<string, string>();
  let last = 0;
  return {
    nameFor(text: string): string | undefined {
      const known = names.get(text);
      if (known !== undefined || names.size >= max) return known;
      const name = `tp_${(last += 1)}`;
      names.set(text, name);
      return name;
    },
    /** The plan behind `name` went stale: the text is prepared afresh, under a new name, on next use. */
    forget(text: string, name: string): void {
      if (names.get(text) === name) names.delete(text);
    },
  };
}
type StatementNames = ReturnType<typeof createStatementNames>;

/** PostgreSQL's answer when a table a prepared statement reads changed shape (a migration elsewhere). */
export const isStalePlan = (error: unknown): boolean =>
  error instanceof Error && /cached plan must not change result type/.test(error.message);

/**
 * Kysely sends every query unnamed, so PostgreSQL parses and plans it on every call. Named, the first
 * call on a connection prepares it and later calls only bind and execute. A statement made stale by
 * another process's migration is prepared again under a new name and retried once; inside a
 * transaction the failed statement has already aborted it, so the error goes up and the transaction
 * is retried whole (`createDatabase`).
 */
function prepareByName(client: pg.PoolClient, names: StatementNames): void {
  const query = client.query.bind(client) as (...args: unknown[]) => Promise<unknown>;
  let inTransaction = false;
  (client as { query: unknown }).query = (...args: unknown[]) => {
    const [text, values] = args;
    if (typeof text !== "string" || !Array.isArray(values) || args.length !== 2) return query(...args);
    if (/^\s*(begin|start transaction)\b/i.test(text)) inTransaction = true;
    else if (/^\s*(commit|rollback)\b/i.test(text)) inTransaction = false;
    const name = names.nameFor(text);
    if (name === undefined) return query(text, values);
    return query({ name, text, values }).catch((error: unknown) => {
      if (!isStalePlan(error)) throw error;
      names.forget(text, name);
      if (inTransaction) throw error;
      const again = names.nameFor(text);
      return query(again === undefined ? { text, values } : { name: again, text, values });
    });
  };
}

/** A pool of `poolMax` connections working in `schema` (or the server's default search path). */
export function openPostgres(
  url: string,
  schema: string | undefined,
  poolMax: number,
  log?: LogConfig,
): Kysely<Database> {
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema))
    throw new Error(`Bad schema name ${schema}`);
  const pool = new pg.Pool({
    connectionString: url,
    max: poolMax,
    types: pgTypes,
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
  });
  const names = createStatementNames(PREPARED_NAMES_MAX);
  pool.on("connect", (client) => prepareByName(client, names));
  return new Kysely<Database>({ dialect: new OwnSchemaPostgresDialect({ pool }), ...(log ? { log } : {}) });
}
