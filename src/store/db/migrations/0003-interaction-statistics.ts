import { sql, type Kysely, type Migration } from "kysely";
import type { DialectName } from "../database";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/** The dimensions statistics are kept for, and the entry column that keys each. Frozen with this migration. */
const DIMENSIONS = [
  ["contact", "contact_no", true],
  ["company", "contact_company_no", true],
  ["template", "template_code", false],
  ["group", "group_code", false],
  ["salesperson", "salesperson_code", false],
] as const;
const GRAINS = [
  ["month", 7],
  ["day", 10],
] as const;

/**
 * Maintained interaction statistics, as Business Central keeps FlowFields over SIFT keys: counts, failed
 * attempts, cost and duration per contact, per company (through Contact Company No.), per template, per group
 * and per salesperson, by UTC month and by UTC day, canceled and active apart. Filled from the entries already
 * logged, then kept by every write in the same transaction. Also indexes a company's timeline.
 */
export function interactionStatistics(dialect: DialectName): Migration {
  const flag = dialect === "postgres" ? sql`smallint` : sql`integer`;
  const amount = dialect === "postgres" ? sql`numeric(19, 6)` : sql`real`;
  const count = dialect === "postgres" ? sql`bigint` : sql`integer`;
  return {
    async up(db: AnyDb): Promise<void> {
      await db.schema
        .createTable("interaction_statistics")
        .addColumn("tenant_id", "text", (c) => c.notNull())
        .addColumn("dimension", "text", (c) => c.notNull())
        .addColumn("dimension_key", "text", (c) => c.notNull())
        .addColumn("grain", "text", (c) => c.notNull())
        .addColumn("period", "text", (c) => c.notNull())
        .addColumn("template_code", "text", (c) => c.notNull())
        .addColumn("group_code", "text", (c) => c.notNull())
        .addColumn("canceled", flag, (c) => c.notNull())
        .addColumn("shard", flag, (c) => c.notNull())
        .addColumn("entries", count, (c) => c.notNull())
        .addColumn("failed", count, (c) => c.notNull())
        .addColumn("cost_lcy", amount, (c) => c.notNull())
        .addColumn("duration_min", amount, (c) => c.notNull())
        .addPrimaryKeyConstraint("interaction_statistics_pk", [
          "tenant_id",
          "dimension",
          "dimension_key",
          "grain",
          "period",
          "template_code",
          "group_code",
          "canceled",
          "shard",
        ])
        .execute();

      for (const [dimension, column, withTemplate] of DIMENSIONS) {
        for (const [grain, length] of GRAINS) {
          const key = sql.ref(column);
          const period = sql`substr(occurred_at, 1, ${sql.lit(length)})`;
          const codes = withTemplate ? sql`template_code, group_code` : sql`${sql.lit("")}, ${sql.lit("")}`;
          const groupBy = withTemplate
            ? sql`tenant_id, ${key}, ${period}, template_code, group_code, canceled`
            : sql`tenant_id, ${key}, ${period}, canceled`;
          await sql`
            insert into interaction_statistics (tenant_id, dimension, dimension_key, grain, period,
              template_code, group_code, canceled, shard, entries, failed, cost_lcy, duration_min)
            select tenant_id, ${sql.lit(dimension)}, ${key}, ${sql.lit(grain)}, ${period}, ${codes},
              canceled, 0, count(*), sum(attempt_failed), sum(cost_lcy), sum(duration_min)
            from interaction_entries
            where postponed = 0 and ${key} is not null
            group by ${groupBy}
          `.execute(db);
        }
      }

      await sql`create index interaction_entries_company_history_idx on interaction_entries (tenant_id, contact_company_no, occurred_at desc, entry_no desc)`.execute(
        db,
      );
    },

    async down(db: AnyDb): Promise<void> {
      await db.schema.dropIndex("interaction_entries_company_history_idx").execute();
      await db.schema.dropTable("interaction_statistics").execute();
    },
  };
}
