import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from "kysely";
import SqliteDatabase from "better-sqlite3";
import pg from "pg";
import { join } from "node:path";
import { initialSchema } from "../../src/store/db/migrations/0001-initial-schema";
import { hardeningSchema } from "../../src/store/db/migrations/0002-hardening";
import { interactionStatistics } from "../../src/store/db/migrations/0003-interaction-statistics";
import { workspaceSchema } from "../../src/store/db/migrations/0004-workspace";
import { lifecycleSchema } from "../../src/store/db/migrations/0005-lifecycle";
import { dialects, type TestDialect } from "./dialects";

// Migrations are frozen in time: no table types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/** The database by hand, to bring it to the schema before 0006 and put a tenant's settings in it. */
function kyselyFor(d: TestDialect): AnyDb {
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

describe.each(dialects())("migration 0006 (auto-log policy) on %s", (_name, make) => {
  it("a tenant whose settings predate it gets the policy suggest and keeps its currency; an unknown policy is refused by the column", async () => {
    const d = make();
    const first = await d.open(); // creates the PostgreSQL schema; closed at once, migrated below by hand
    await first.close();
    const old = kyselyFor(d);
    try {
      const migrator = new Migrator({
        db: old,
        provider: {
          getMigrations: async () => ({
            "0001-initial-schema": initialSchema(d.name),
            "0002-hardening": hardeningSchema(d.name),
            "0003-interaction-statistics": interactionStatistics(d.name),
            "0004-workspace": workspaceSchema(),
            "0005-lifecycle": lifecycleSchema(d.name),
          }),
        },
        ...(d.schema === undefined ? {} : { migrationTableSchema: d.schema }),
      });
      expect((await migrator.migrateToLatest()).error).toBeUndefined();
      await sql`insert into tenant_settings (tenant_id, local_currency_code) values ('old', 'EUR')`.execute(
        old,
      );
    } finally {
      await old.destroy();
    }
    const db = await d.open();
    try {
      expect((await db.migrate())[0]).toBe("0006-auto-log-policy");
      const read = await db.transaction(async (repos) => ({
        ok: true as const,
        value: await repos.referenceData.tenantSettings("old"),
      }));
      expect(read.ok && read.value).toEqual({ localCurrencyCode: "EUR", autoLogPolicy: "suggest" });
      const refused = await db
        .transaction(async (repos) => {
          await repos.referenceData.putTenantSettings("old", {
            autoLogPolicy: "always" as unknown as "on",
          });
          return { ok: true as const, value: undefined };
        })
        .then(
          () => "written",
          () => "refused",
        );
      expect(refused).toBe("refused");
    } finally {
      await db.close();
      await d.dispose();
    }
  });
});
