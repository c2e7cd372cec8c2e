import SqliteDatabase from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import { join } from "node:path";
import pg from "pg";
import type { TestDialect } from "./dialects";

/** A database as an old migration sees it: no table types (migrations are frozen in time). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyDb = Kysely<any>;

/**
 * The test dialect's database opened by hand, outside the store, to bring it to an earlier schema and put
 * data in it before the store's own migrations run.
 */
export function frozenDatabase(d: TestDialect): AnyDb {
  if (d.name === "sqlite") {
    return new Kysely({
      dialect: new SqliteDialect({ database: new SqliteDatabase(join(d.dataDir, "touchpoint.sqlite")) }),
    });
  }
  const pool = new pg.Pool({
    connectionString: process.env.TOUCHPOINT_TEST_DATABASE_URL,
    options: `-c search_path=${d.schema}`,
  });
  return new Kysely({ dialect: new PostgresDialect({ pool }) });
}
