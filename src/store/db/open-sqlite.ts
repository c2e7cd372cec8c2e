import { mkdirSync } from "node:fs";
import { join } from "node:path";
import SqliteDatabase from "better-sqlite3";
import { Kysely, SqliteDialect, type LogConfig } from "kysely";
import type { Database } from "./database";

/** Prepared statements kept per SQL text: Kysely prepares on every query, and preparing costs more than running. */
const STATEMENT_CACHE_SIZE = 500;

/** The one file of a SQLite store. */
export const sqliteFile = (dataDir: string) => join(dataDir, "touchpoint.sqlite");

/**
 * One connection to the store's SQLite file. The writer sets WAL (readers then never block it, nor it
 * them) and FULL sync: a commit is on disk before the 2xx that acknowledges it. A reader is refused
 * every write (`query_only`), so a write that bypasses the writer fails loudly instead of racing it.
 */
export interface SqliteConnection {
  kysely: Kysely<Database>;
  /** Closes the file even if Kysely never used it (Kysely only closes what it opened). */
  close(): Promise<void>;
}

export function openSqlite(dataDir: string, role: "writer" | "reader", log?: LogConfig): SqliteConnection {
  mkdirSync(dataDir, { recursive: true });
  const file = new SqliteDatabase(sqliteFile(dataDir));
  if (role === "writer") {
    file.pragma("journal_mode = WAL");
    file.pragma("synchronous = FULL");
  } else {
    file.pragma("query_only = ON");
  }
  file.pragma("busy_timeout = 5000");
  file.pragma("foreign_keys = ON");
  const statements = new Map<string, SqliteDatabase.Statement>();
  const database = {
    prepare(text: string): SqliteDatabase.Statement {
      const cached = statements.get(text);
      // A statement still iterating a result (a stream) cannot run again: give that caller its own.
      if (cached !== undefined && !cached.busy) return cached;
      const statement = file.prepare(text);
      if (cached === undefined) {
        if (statements.size >= STATEMENT_CACHE_SIZE)
          statements.delete(statements.keys().next().value as string);
        statements.set(text, statement);
      }
      return statement;
    },
    close: () => file.close(),
  };
  const kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database }), ...(log ? { log } : {}) });
  return {
    kysely,
    async close() {
      await kysely.destroy();
      if (file.open) file.close();
    },
  };
}
