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
const preparedNames = new Map<string, string>();
let lastPreparedName = 0;

function preparedName(text: string): string | undefined {
  const known = preparedNames.get(text);
  if (known !== undefined || preparedNames.size >= PREPARED_NAMES_MAX) return known;
  const name = `tp_${(lastPreparedName += 1)}`;
  preparedNames.set(text, name);
  return name;
}

/** PostgreSQL's answer when a table a prepared statement reads changed shape (a migration elsewhere). */
const isStalePlan = (error: unknown): boolean =>
  error instanceof Error && /cached plan must not change result type/.test(error.message);

/**
 * Kysely sends every query unnamed, so PostgreSQL parses and plans it on every call. Named, the first
 * call on a connection prepares it and later calls only bind and execute. The names are bounded (texts past the first 200 go unnamed), since a
 * connection keeps every statement it prepared. A statement made stale by another process's migration
 * fails once with PostgreSQL's error; its text then gets a new name, prepared afresh on next use.
 */
function prepareByName(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => Promise<unknown>;
  (client as { query: unknown }).query = (...args: unknown[]) => {
    const [text, values] = args;
    if (typeof text !== "string" || !Array.isArray(values) || args.length !== 2) return query(...args);
    const name = preparedName(text);
    if (name === undefined) return query(text, values);
    return query({ name, text, values }).catch((error: unknown) => {
      if (isStalePlan(error) && preparedNames.get(text) === name) preparedNames.delete(text);
      throw error;
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
  pool.on("connect", (client) => prepareByName(client));
  return new Kysely<Database>({ dialect: new OwnSchemaPostgresDialect({ pool }), ...(log ? { log } : {}) });
}
