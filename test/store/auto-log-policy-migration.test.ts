import { Migrator, sql } from "kysely";
import { initialSchema } from "../../src/store/db/migrations/0001-initial-schema";
import { hardeningSchema } from "../../src/store/db/migrations/0002-hardening";
import { interactionStatistics } from "../../src/store/db/migrations/0003-interaction-statistics";
import { workspaceSchema } from "../../src/store/db/migrations/0004-workspace";
import { lifecycleSchema } from "../../src/store/db/migrations/0005-lifecycle";
import { dialects } from "./dialects";
import { frozenDatabase } from "./frozen-database";

describe.each(dialects())("migration 0006 (auto-log policy) on %s", (_name, make) => {
  it("a tenant whose settings predate it gets the policy suggest and keeps its currency; an unknown policy is refused by the column", async () => {
    const d = make();
    const first = await d.open(); // creates the PostgreSQL schema; closed at once, migrated below by hand
    await first.close();
    const old = frozenDatabase(d);
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
