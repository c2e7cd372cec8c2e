import { join } from "node:path";
import { mkdirSync } from "node:fs";
import SqliteDatabase from "better-sqlite3";
import pg from "pg";
import {
  Kysely,
  PostgresDialect,
  SqliteDialect,
  sql,
  type DatabaseIntrospector,
  type DatabaseMetadata,
  type SchemaMetadata,
  type TableMetadata,
} from "kysely";
import type { Result } from "../../domain/result";
import type { Database, DialectName } from "./database";
import { createGroupCommit } from "./group-commit";
import { migrateToLatest } from "./migrate-to-latest";
import { createRepositories, type Repositories } from "./repositories/create-repositories";

export interface DatabaseOptions {
  /** postgres://… selects PostgreSQL; anything else (or nothing) the SQLite file in dataDir. */
  databaseUrl?: string;
  dataDir: string;
  /** PostgreSQL schema to work in (tests give each file its own). */
  pgSchema?: string;
  /** PostgreSQL connections per store process (default 20). */
  pgPoolMax?: number;
}

/** Enough connections that concurrent logs wait on the database's commits, not on the pool. */
const DEFAULT_PG_POOL_MAX = 20;

/** The store's database: repositories, transactions that roll back on a failed result, and close. */
export interface StoreDatabase {
  readonly dialect: DialectName;
  readonly repositories: Repositories;
  /** Runs fn in one transaction; a `{ ok: false }` answer rolls everything back and is returned as is. */
  transaction<T, E extends { code: string }>(
    fn: (repos: Repositories) => Promise<Result<T, E>>,
  ): Promise<Result<T, E>>;
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

/** pg hands bigint and numeric back as strings; the store's counts, entry numbers and amounts fit a double. */
const pgTypes = {
  getTypeParser(oid: number, format?: string) {
    if (oid === pg.types.builtins.INT8 || oid === pg.types.builtins.NUMERIC)
      return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format as "text");
  },
};

/** Prepared statements kept per SQL text: Kysely prepares on every query, and preparing costs more than running. */
const STATEMENT_CACHE_SIZE = 500;

function openSqlite(dataDir: string): Kysely<Database> {
  mkdirSync(dataDir, { recursive: true });
  const file = new SqliteDatabase(join(dataDir, "touchpoint.sqlite"));
  file.pragma("journal_mode = WAL");
  // FULL: a commit is on disk before the 2xx that acknowledges it.
  file.pragma("synchronous = FULL");
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
  return new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
}

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

/**
 * What Kysely's migrator asks the catalogue, answered for the connection's own schema only. Kysely's own
 * introspector reads every column of every schema of the database, which costs more with each schema and
 * fails when another schema is dropped while it reads.
 */
class OwnSchemaIntrospector implements DatabaseIntrospector {
  constructor(private readonly db: Kysely<unknown>) {}

  async getSchemas(): Promise<SchemaMetadata[]> {
    const { rows } = await sql<{ name: string }>`select current_schema() as name`.execute(this.db);
    return rows.filter((r) => r.name !== null);
  }

  async getTables(): Promise<TableMetadata[]> {
    const { rows } = await sql<{ name: string; schema: string; kind: string }>`
      select c.relname as name, n.nspname as schema, c.relkind as kind
      from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace
      where n.nspname = current_schema() and c.relkind in ('r', 'v', 'p')`.execute(this.db);
    return rows.map((r) => ({ name: r.name, schema: r.schema, isView: r.kind === "v", columns: [] }));
  }

  async getMetadata(): Promise<DatabaseMetadata> {
    return { tables: await this.getTables() };
  }
}

class OwnSchemaPostgresDialect extends PostgresDialect {
  override createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new OwnSchemaIntrospector(db);
  }
}

function openPostgres(url: string, schema: string | undefined, poolMax: number): Kysely<Database> {
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema))
    throw new Error(`Bad schema name ${schema}`);
  const pool = new pg.Pool({
    connectionString: url,
    max: poolMax,
    types: pgTypes,
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
  });
  pool.on("connect", (client) => prepareByName(client));
  return new Kysely<Database>({ dialect: new OwnSchemaPostgresDialect({ pool }) });
}

/** The one place the dialect is chosen: PostgreSQL for a postgres:// URL, else SQLite in dataDir. */
export function createDatabase(options: DatabaseOptions): StoreDatabase {
  const url = options.databaseUrl;
  const dialect: DialectName = url !== undefined && /^postgres(ql)?:\/\//.test(url) ? "postgres" : "sqlite";
  const kysely =
    dialect === "postgres"
      ? openPostgres(url as string, options.pgSchema, options.pgPoolMax ?? DEFAULT_PG_POOL_MAX)
      : openSqlite(options.dataDir);
  // SQLite has one writer: concurrent writes share one commit. PostgreSQL commits concurrently on its own.
  const groupCommit = dialect === "sqlite" ? createGroupCommit(kysely, dialect) : undefined;
  return {
    dialect,
    repositories: createRepositories(kysely, dialect),
    async transaction(fn) {
      if (groupCommit !== undefined) return groupCommit(fn);
      try {
        return await kysely.transaction().execute(async (trx) => {
          const result = await fn(createRepositories(trx, dialect));
          if (!result.ok) throw new RolledBack(result);
          return result;
        });
      } catch (error) {
        if (error instanceof RolledBack) return error.result as never;
        throw error;
      }
    },
    async migrate() {
      if (dialect === "sqlite") return migrateToLatest(kysely, dialect);
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
