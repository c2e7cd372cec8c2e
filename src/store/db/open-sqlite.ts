import { mkdirSync } from "node:fs";
import { join } from "node:path";
import SqliteDatabase from "better-sqlite3";
import { Kysely, SqliteDialect, type LogConfig } from "kysely";
import type { Database } from "./database";
import { runDirectlyInTransactions } from "./run-compiled";
import { createWalDurability } from "./sqlite-wal";

/** Prepared statements kept per SQL text: Kysely prepares on every query, and preparing costs more than running. */
const STATEMENT_CACHE_SIZE = 500;

/** The one file of a SQLite store. */
export const sqliteFile = (dataDir: string) => join(dataDir, "touchpoint.sqlite");

/**
 * One connection to the store's SQLite file, in WAL mode (readers never block the writer, nor it them).
 * A reader is refused every write (`query_only`), so a write that bypasses the writer fails loudly
 * instead of racing it.
 */
export interface SqliteConnection {
  kysely: Kysely<Database>;
  /** Closes the file even if Kysely never used it (Kysely only closes what it opened). */
  close(): Promise<void>;
}

/**
 * The one writer. Its commits skip SQLite's own fsync and checkpoints (sqlite-wal.ts moves both off the
 * event loop): a write is durable once `durable()` resolves, and nothing is acknowledged before that.
 */
export interface SqliteWriter extends SqliteConnection {
  /** Resolves once every commit made before the call is on disk. */
  durable(): Promise<void>;
}

export function openSqliteWriter(dataDir: string, log?: LogConfig): SqliteWriter {
  const { file, connection } = openFile(dataDir, log, (db) => {
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
    db.pragma("wal_autocheckpoint = 0");
    // Group commit runs each job in a savepoint, so a batch journals the pages it changes. Past 64 KB
    // SQLite spilled that journal to a temporary file, created, written and deleted in every batch: half
    // the store's disk writes under load. The journal lives for one transaction, and a batch is bounded
    // (group-commit.ts), so it stays in memory; migrations set it back to a file while they run.
    db.pragma("temp_store = MEMORY");
  });
  const wal = createWalDurability(sqliteFile(dataDir), (error) => {
    // Without its checkpointer the WAL would grow for ever: SQLite checkpoints on commit again.
    if (file.open) file.pragma("wal_autocheckpoint = 1000");
    process.emitWarning(`SQLite checkpoints are back on the writer: ${String(error)}`);
  });
  return {
    kysely: connection.kysely,
    durable: () => wal.durable(),
    async close() {
      await wal.close();
      await connection.close();
    },
  };
}

export function openSqliteReader(dataDir: string, log?: LogConfig): SqliteConnection {
  return openFile(dataDir, log, (db) => db.pragma("query_only = ON")).connection;
}

function openFile(
  dataDir: string,
  log: LogConfig | undefined,
  configure: (file: SqliteDatabase.Database) => void,
): { file: SqliteDatabase.Database; connection: SqliteConnection } {
  mkdirSync(dataDir, { recursive: true });
  const file = new SqliteDatabase(sqliteFile(dataDir));
  configure(file);
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
  if (log === undefined)
    runDirectlyInTransactions(kysely, (text, parameters) => {
      const statement = database.prepare(text);
      if (statement.reader) return statement.all(parameters) as Array<Record<string, unknown>>;
      statement.run(parameters);
      return [];
    });
  return {
    file,
    connection: {
      kysely,
      async close() {
        await kysely.destroy();
        if (file.open) file.close();
      },
    },
  };
}
