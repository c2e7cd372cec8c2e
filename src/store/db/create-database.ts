import { sql, type Kysely, type LogConfig } from "kysely";
import type { Result } from "../../domain/result";
import type { Database, DialectName } from "./database";
import { createGroupCommit } from "./group-commit";
import { migrateToLatest } from "./migrate-to-latest";
import { isStalePlan, openPostgres } from "./open-postgres";
import { openSqliteReader, openSqliteWriter } from "./open-sqlite";
import { createRepositories, type Repositories } from "./repositories/create-repositories";

export interface DatabaseOptions {
  /** postgres://… selects PostgreSQL; anything else (or nothing) the SQLite file in dataDir. */
  databaseUrl?: string;
  dataDir: string;
  /** PostgreSQL schema to work in (tests give each file its own). */
  pgSchema?: string;
  /** PostgreSQL connections per store process (default 20). */
  pgPoolMax?: number;
  /** SQLite: how long one write batch may hold the thread before the rest wait a turn (default 5 ms). */
  writeBatchBudgetMs?: number;
  /** Called with the text of every statement run (tests check what the store asks the database). */
  onQuery?: (sqlText: string) => void;
}

/** Enough connections that concurrent logs wait on the database's commits, not on the pool. */
const DEFAULT_PG_POOL_MAX = 20;

/**
 * The store's database. Every write goes through `transaction`, the one door to the writer (on SQLite a
 * single connection with group commit, which may move to a worker thread without its callers noticing);
 * `repositories` reads, on SQLite through a connection of its own so that reads never queue behind a
 * write batch.
 */
export interface StoreDatabase {
  readonly dialect: DialectName;
  /** For reads outside a transaction; on SQLite a read-only connection refuses writes. */
  readonly repositories: Repositories;
  /** Runs fn in one transaction; a `{ ok: false }` answer rolls everything back and is returned as is. */
  transaction<T, E extends { code: string }>(
    fn: (repos: Repositories) => Promise<Result<T, E>>,
  ): Promise<Result<T, E>>;
  /**
   * Runs fn against one consistent, read-only view of the database, however long it reads (an export
   * of a million entries): a read transaction of its own, REPEATABLE READ on PostgreSQL.
   */
  snapshot<T>(fn: (repos: Repositories) => Promise<T>): Promise<T>;
  migrate(): Promise<string[]>;
  /** Throws when the database does not answer. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

class RolledBack extends Error {
  constructor(readonly result: { ok: false; error: { code: string } }) {
    super(`rolled back: ${result.error.code}`);
  }
}

/** Runs fn in a Kysely transaction, rolling back on a failed result and answering that result. */
async function inTransaction<T, E extends { code: string }>(
  kysely: Kysely<Database>,
  dialect: DialectName,
  fn: (repos: Repositories) => Promise<Result<T, E>>,
): Promise<Result<T, E>> {
  const attempt = () =>
    kysely.transaction().execute(async (trx) => {
      const result = await fn(createRepositories(trx, dialect));
      if (!result.ok) throw new RolledBack(result);
      return result;
    });
  try {
    // A statement whose plan another process's migration made stale aborts its transaction; its text is
    // prepared afresh by then, so the transaction runs once more.
    return await attempt().catch((error: unknown) => {
      if (isStalePlan(error)) return attempt();
      throw error;
    });
  } catch (error) {
    if (error instanceof RolledBack) return error.result as never;
    throw error;
  }
}

/** The one place the dialect is chosen: PostgreSQL for a postgres:// URL, else SQLite in dataDir. */
export function createDatabase(options: DatabaseOptions): StoreDatabase {
  const url = options.databaseUrl;
  const dialect: DialectName = url !== undefined && /^postgres(ql)?:\/\//.test(url) ? "postgres" : "sqlite";
  const onQuery = options.onQuery;
  const log: LogConfig | undefined =
    onQuery === undefined
      ? undefined
      : (event) => {
          if (event.level === "query") onQuery(event.query.sql);
        };
  if (dialect === "postgres") {
    const kysely = openPostgres(
      url as string,
      options.pgSchema,
      options.pgPoolMax ?? DEFAULT_PG_POOL_MAX,
      log,
    );
    return {
      dialect,
      repositories: createRepositories(kysely, dialect),
      transaction: (fn) => inTransaction(kysely, dialect, fn),
      snapshot: (fn) =>
        kysely
          .transaction()
          .setIsolationLevel("repeatable read")
          .setAccessMode("read only")
          .execute((trx) => fn(createRepositories(trx, dialect))),
      async migrate() {
        // Always name the schema: another schema of the same database may hold Touchpoint tables too.
        const schema =
          options.pgSchema ??
          (await sql<{ schema: string }>`select current_schema() as schema`.execute(kysely)).rows[0]?.schema;
        return migrateToLatest(kysely, dialect, schema);
      },
      async ping() {
        await sql`select 1`.execute(kysely);
      },
      close: () => kysely.destroy(),
    };
  }
  const writer = openSqliteWriter(options.dataDir, log);
  const reader = openSqliteReader(options.dataDir, log);
  // SQLite has one writer: concurrent writes share one commit (PostgreSQL commits concurrently on its own).
  const groupCommit = createGroupCommit(
    writer.kysely,
    dialect,
    () => writer.durable(),
    options.writeBatchBudgetMs,
  );
  return {
    dialect,
    repositories: createRepositories(reader.kysely, dialect),
    transaction: groupCommit,
    async snapshot(fn) {
      // A connection of its own: a long export must not hold the readers' snapshot for everyone else.
      const own = openSqliteReader(options.dataDir, log);
      try {
        return await own.kysely.transaction().execute((trx) => fn(createRepositories(trx, dialect)));
      } finally {
        await own.close();
      }
    },
    async migrate() {
      // A migration can rewrite a whole table in one transaction: its statement journals go to a file,
      // not memory (the writer keeps them in memory for its small, bounded batches: open-sqlite.ts), and
      // the writer's own setting comes back after.
      const [kept] = (await sql<{ temp_store: number }>`pragma temp_store`.execute(writer.kysely)).rows;
      await sql`pragma temp_store = FILE`.execute(writer.kysely);
      try {
        const result = await migrateToLatest(writer.kysely, dialect);
        await writer.durable();
        return result;
      } finally {
        await sql.raw(`pragma temp_store = ${Number(kept?.temp_store ?? 0)}`).execute(writer.kysely);
      }
    },
    async ping() {
      await sql`select 1`.execute(reader.kysely);
    },
    async close() {
      await Promise.all([writer.close(), reader.close()]);
    },
  };
}
