import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "pg";
import { createDatabase, type DatabaseOptions, type StoreDatabase } from "../../src/store/db/create-database";

/** What a test may add when it opens a database (e.g. a log of every statement). */
export type OpenOptions = Pick<DatabaseOptions, "onQuery" | "writeBatchBudgetMs">;

/** One database the store suite runs on: open a fresh one, and drop it afterwards. */
export interface TestDialect {
  name: "sqlite" | "postgres";
  dataDir: string;
  /** PostgreSQL: the schema this dialect's database lives in. */
  schema?: string;
  open(options?: OpenOptions): Promise<StoreDatabase>;
  dispose(): Promise<void>;
}

function sqlite(): TestDialect {
  const dataDir = mkdtempSync(join(tmpdir(), "touchpoint-store-"));
  return {
    name: "sqlite",
    dataDir,
    open: async (options = {}) => createDatabase({ dataDir, ...options }),
    dispose: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

/** Each test file gets its own PostgreSQL schema, so files run in parallel on one server. */
function postgres(url: string): TestDialect {
  const dataDir = mkdtempSync(join(tmpdir(), "touchpoint-store-pg-"));
  const schema = `t_${process.env.TOUCHPOINT_TEST_RUN ?? "local"}_${randomBytes(6).toString("hex")}`;
  const admin = async (statement: string) => {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  return {
    name: "postgres",
    dataDir,
    schema,
    async open(options = {}) {
      await admin(`create schema if not exists ${schema}`);
      return createDatabase({ databaseUrl: url, dataDir, pgSchema: schema, ...options });
    },
    // The schema stays until the run's global teardown drops them all (see store-global-teardown.ts).
    dispose: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

/** The dialects to loop the store suite over: SQLite always, PostgreSQL when the global setup reached it. */
export function dialects(): Array<[TestDialect["name"], () => TestDialect]> {
  const list: Array<[TestDialect["name"], () => TestDialect]> = [["sqlite", sqlite]];
  const url = process.env.TOUCHPOINT_TEST_DATABASE_URL;
  if (process.env.TOUCHPOINT_TEST_PG === "1" && url !== undefined)
    list.push(["postgres", () => postgres(url)]);
  return list;
}

/**
 * For one describe block: a migrated database of the dialect, opened before its tests and closed (and
 * its files removed) after them. Read `db` and `dialect` inside the tests, once beforeAll has run.
 */
export function useMigratedDatabase(make: () => TestDialect): {
  readonly db: StoreDatabase;
  readonly dialect: TestDialect;
} {
  let dialect: TestDialect | undefined;
  let db: StoreDatabase | undefined;
  beforeAll(async () => {
    dialect = make();
    db = await dialect.open();
    await db.migrate();
  });
  afterAll(async () => {
    await db?.close();
    await dialect?.dispose();
  });
  return {
    get db() {
      if (db === undefined) throw new Error("the database is opened in beforeAll");
      return db;
    },
    get dialect() {
      if (dialect === undefined) throw new Error("the dialect is made in beforeAll");
      return dialect;
    },
  };
}
