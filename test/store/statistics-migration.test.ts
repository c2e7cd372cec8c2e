import { join } from "node:path";
import SqliteDatabase from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import type { Database } from "../../src/store/db/database";
import { initialSchema } from "../../src/store/db/migrations/0001-initial-schema";
import { interactionStatistics } from "../../src/store/db/migrations/0003-interaction-statistics";
import { statisticsRepository } from "../../src/store/db/repositories/statistics-repository";
import { dialects } from "./dialects";

describe.each(dialects())("the statistics migration on %s", (name, make) => {
  it("fills the buckets from the entries logged before it, leaving postponed entries out", async () => {
    const dialect = make();
    let db: Kysely<Database>;
    if (name === "sqlite") {
      db = new Kysely<Database>({
        dialect: new SqliteDialect({ database: new SqliteDatabase(join(dialect.dataDir, "m.sqlite")) }),
      });
    } else {
      const admin = new pg.Client({ connectionString: process.env.TOUCHPOINT_TEST_DATABASE_URL });
      await admin.connect();
      await admin.query(`create schema ${dialect.schema}`);
      await admin.end();
      db = new Kysely<Database>({
        dialect: new PostgresDialect({
          pool: new pg.Pool({
            connectionString: process.env.TOUCHPOINT_TEST_DATABASE_URL,
            options: `-c search_path=${dialect.schema}`,
          }),
        }),
      });
    }
    try {
      await initialSchema(name).up(db);
      await db
        .insertInto("logged_items")
        .values({
          tenant_id: "t",
          id: "i1",
          source_key: "k",
          kind: "manual",
          subject: "s",
          occurred_at: "2026-01-05T10:00:00.000Z",
          web_link: null,
          item_id: null,
          created_by: "u",
          created_by_name: null,
          created_at: "2026-01-05T10:00:00.000Z",
          canceled: 0,
        })
        .execute();
      const entry = (entryNo: number, extra: Partial<Database["interaction_entries"]>) => ({
        tenant_id: "t",
        entry_no: entryNo,
        logged_item_id: "i1",
        source_key: `k${entryNo}`,
        contact_no: "CT101",
        contact_company_no: "CT100",
        template_code: "OUTGOING",
        group_code: "PHONE",
        description: "d",
        subject: "s",
        occurred_at: "2026-01-05T10:00:00.000Z",
        information_flow: "outbound",
        initiated_by: "us",
        cost_lcy: 1.5,
        duration_min: 15,
        evaluation: "none",
        attempt_failed: 0 as const,
        correspondence_type: "none",
        salesperson_code: "AR",
        user_id: "u",
        user_name: null,
        opportunity_no: null,
        campaign_no: null,
        segment_no: null,
        document_type: null,
        document_no: null,
        email_logged: 0 as const,
        postponed: 0 as const,
        canceled: 0 as const,
        created_at: "2026-01-05T10:00:00.000Z",
        ...extra,
      });
      // Rows as the schema before migration 0008 holds them: no campaign flags yet.
      const oldRows = [
        entry(1, {}),
        entry(2, { attempt_failed: 1, occurred_at: "2026-02-01T00:00:00.000Z" }),
        entry(3, { canceled: 1, contact_company_no: null, salesperson_code: null }),
        entry(4, { postponed: 1, cost_lcy: 100 }),
      ] as unknown as Database["interaction_entries"][];
      await db.insertInto("interaction_entries").values(oldRows).execute();
      await interactionStatistics(name).up(db);

      const buckets = await statisticsRepository(db, name).buckets("t");
      const pick = (dimension: string, grain: string, canceled: number) =>
        buckets
          .filter((b) => b.dimension === dimension && b.grain === grain && b.canceled === canceled)
          .map((b) => [b.dimension_key, b.period, b.count, b.failed, b.costLcy, b.durationMin])
          .sort();
      expect(pick("contact", "month", 0)).toEqual([
        ["CT101", "2026-01", 1, 0, 1.5, 15],
        ["CT101", "2026-02", 1, 1, 1.5, 15],
      ]);
      expect(pick("contact", "month", 1)).toEqual([["CT101", "2026-01", 1, 0, 1.5, 15]]);
      expect(pick("company", "day", 0)).toEqual([
        ["CT100", "2026-01-05", 1, 0, 1.5, 15],
        ["CT100", "2026-02-01", 1, 1, 1.5, 15],
      ]);
      expect(pick("company", "month", 1)).toEqual([]);
      expect(pick("salesperson", "month", 0)).toEqual([
        ["AR", "2026-01", 1, 0, 1.5, 15],
        ["AR", "2026-02", 1, 1, 1.5, 15],
      ]);
      expect(buckets.every((b) => b.costLcy < 100)).toBe(true);
    } finally {
      await db.destroy();
      await dialect.dispose();
    }
  });
});
