import { type Kysely, type Migration } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * The managers' report reads a tenant-wide dimension (template, group, salesperson) over a date range:
 * with only the buckets' key, which orders by dimension key before period, it read every bucket of the
 * dimension since the first entry and kept the range's. This index orders a dimension's buckets by
 * grain and period, so a report reads just its range. Frozen in time.
 */
export function statisticsReportIndex(): Migration {
  return {
    async up(db: AnyDb): Promise<void> {
      await db.schema
        .createIndex("interaction_statistics_report_idx")
        .on("interaction_statistics")
        .columns(["tenant_id", "dimension", "canceled", "grain", "period"])
        .execute();
    },

    async down(db: AnyDb): Promise<void> {
      await db.schema.dropIndex("interaction_statistics_report_idx").execute();
    },
  };
}
