import { sql, type ExpressionBuilder, type Kysely } from "kysely";
import type { PeriodRun } from "../../services/statistics-periods";
import type { Database, DialectName, InteractionStatisticsTable, StatisticsDimension } from "../database";
import { insertRows } from "./insert-rows";
import { amount, bucketKey, bucketsOf, type Bucket, type StatisticsChange } from "./statistics-buckets";

export { COUNTED_COLUMNS, type CountedEntry, type StatisticsChange } from "./statistics-buckets";

/** Concurrent PostgreSQL writers spread over this many rows per bucket, so no bucket row is a queue. */
const PG_SHARDS = 8;
const BUCKET_KEY = [
  "tenant_id",
  "dimension",
  "dimension_key",
  "grain",
  "period",
  "template_code",
  "group_code",
  "canceled",
  "shard",
] as const satisfies ReadonlyArray<keyof InteractionStatisticsTable>;
const MEASURES = ["entries", "failed", "cost_lcy", "duration_min"] as const;
const BUCKET_COLUMNS = [...BUCKET_KEY, ...MEASURES] as const;
/** A bucket that exists already takes the change's measures added to its own. */
const BUCKET_UPSERT =
  `on conflict (${BUCKET_KEY.join(", ")}) do update set ` +
  MEASURES.map((m) => `${m} = interaction_statistics.${m} + excluded.${m}`).join(", ");

/** Rows per upsert statement: 13 parameters each stays under both databases' parameter limits. */
const ROWS_PER_STATEMENT = 1000;

export interface Figures {
  count: number;
  failed: number;
  costLcy: number;
  durationMin: number;
}

export interface StatisticsFilter {
  dimension: StatisticsDimension;
  key: string;
  periods: readonly PeriodRun[];
  templateCode?: string;
  groupCode?: string;
  canceled: "exclude" | "include" | "only";
}

/**
 * Maintained statistics (Business Central's FlowFields over SIFT keys): every write that changes which
 * entries count calls `apply` in its own transaction, and reads sum a few buckets instead of recounting.
 * Postponed entries never count.
 */
export function statisticsRepository(db: Kysely<Database>, dialect: DialectName) {
  return {
    async apply(tenantId: string, changes: readonly StatisticsChange[]): Promise<void> {
      const merged = new Map<string, Bucket>();
      for (const change of changes) {
        if (change.entry.postponed === 1) continue;
        const shard = dialect === "postgres" ? Number(change.entry.entry_no) % PG_SHARDS : 0;
        for (const bucket of bucketsOf(change, shard)) {
          const key = bucketKey(bucket);
          const seen = merged.get(key);
          if (seen === undefined) merged.set(key, bucket);
          else {
            seen.entries += bucket.entries;
            seen.failed += bucket.failed;
            seen.cost_lcy += bucket.cost_lcy;
            seen.duration_min += bucket.duration_min;
          }
        }
      }
      // One order for every writer: two transactions touching the same buckets wait, never deadlock.
      const rows = [...merged.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([, b]) => ({
          tenant_id: tenantId,
          ...b,
          cost_lcy: amount(b.cost_lcy),
          duration_min: amount(b.duration_min),
        }));
      // Raw SQL, not the query builder: this upsert runs for every log, with ten rows per entry.
      for (let at = 0; at < rows.length; at += ROWS_PER_STATEMENT) {
        await insertRows(
          db,
          dialect,
          "interaction_statistics",
          BUCKET_COLUMNS,
          rows.slice(at, at + ROWS_PER_STATEMENT),
          BUCKET_UPSERT,
        );
      }
    },

    /** Totals, and the same split by template, by group and by month, for one dimension key and filter. */
    async figures(tenantId: string, filter: StatisticsFilter) {
      if (filter.periods.length === 0) {
        return { totals: zero(), byTemplate: [], byGroup: [], byMonth: [] };
      }
      const base = db
        .selectFrom("interaction_statistics")
        .where("tenant_id", "=", tenantId)
        .where("dimension", "=", filter.dimension)
        .where("dimension_key", "=", filter.key)
        .where((eb) => inPeriods(eb, filter.periods));
      let filtered =
        filter.canceled === "include"
          ? base
          : base.where("canceled", "=", filter.canceled === "only" ? 1 : 0);
      if (filter.templateCode !== undefined)
        filtered = filtered.where("template_code", "=", filter.templateCode);
      if (filter.groupCode !== undefined) filtered = filtered.where("group_code", "=", filter.groupCode);
      const month = sql<string>`substr(period, 1, 7)`;
      const [totals, byTemplate, byGroup, byMonth] = await Promise.all([
        filtered.select(sums).executeTakeFirstOrThrow(),
        filtered
          .select((eb) => [...sums(eb), "template_code as key"])
          .groupBy("template_code")
          .orderBy("template_code")
          .execute(),
        filtered
          .select((eb) => [...sums(eb), "group_code as key"])
          .groupBy("group_code")
          .orderBy("group_code")
          .execute(),
        filtered
          .select((eb) => [...sums(eb), month.as("key")])
          .groupBy(month)
          .orderBy(month)
          .execute(),
      ]);
      return {
        totals: toFigures(totals),
        byTemplate: nonEmpty(byTemplate),
        byGroup: nonEmpty(byGroup),
        byMonth: nonEmpty(byMonth),
      };
    },

    /** Active entries per key of a tenant-wide dimension (template, group, salesperson) over the periods. */
    async report(
      tenantId: string,
      dimension: "template" | "group" | "salesperson",
      periods: readonly PeriodRun[],
    ) {
      if (periods.length === 0) return [];
      const rows = await db
        .selectFrom("interaction_statistics")
        .where("tenant_id", "=", tenantId)
        .where("dimension", "=", dimension)
        .where("canceled", "=", 0)
        .where((eb) => inPeriods(eb, periods))
        .select((eb) => [...sums(eb), "dimension_key as key"])
        .groupBy("dimension_key")
        .orderBy("dimension_key")
        .execute();
      return nonEmpty(rows);
    },

    /** Every non-empty bucket of the tenant, shards summed: what a recount must reproduce. */
    async buckets(tenantId: string) {
      const rows = await db
        .selectFrom("interaction_statistics")
        .where("tenant_id", "=", tenantId)
        .select((eb) => [
          "dimension",
          "dimension_key",
          "grain",
          "period",
          "template_code",
          "group_code",
          "canceled",
          ...sums(eb),
        ])
        .groupBy(["dimension", "dimension_key", "grain", "period", "template_code", "group_code", "canceled"])
        .execute();
      return rows.filter((r) => Number(r.count) !== 0).map((r) => ({ ...r, ...toFigures(r) }));
    },
  };
}

function inPeriods(eb: ExpressionBuilder<Database, "interaction_statistics">, periods: readonly PeriodRun[]) {
  return eb.or(
    periods.map((run) =>
      eb.and([eb("grain", "=", run.grain), eb("period", ">=", run.first), eb("period", "<=", run.last)]),
    ),
  );
}

const sums = (eb: ExpressionBuilder<Database, "interaction_statistics">) =>
  [
    eb.fn.coalesce(eb.fn.sum<number>("entries"), sql<number>`0`).as("count"),
    eb.fn.coalesce(eb.fn.sum<number>("failed"), sql<number>`0`).as("failed"),
    eb.fn.coalesce(eb.fn.sum<number>("cost_lcy"), sql<number>`0`).as("cost"),
    eb.fn.coalesce(eb.fn.sum<number>("duration_min"), sql<number>`0`).as("duration"),
  ] as const;

interface SumRow {
  count: number | string;
  failed: number | string;
  cost: number | string;
  duration: number | string;
}

const zero = (): Figures => ({ count: 0, failed: 0, costLcy: 0, durationMin: 0 });

function toFigures(r: SumRow): Figures {
  return {
    count: Number(r.count),
    failed: Number(r.failed),
    costLcy: amount(Number(r.cost)),
    durationMin: amount(Number(r.duration)),
  };
}

/** Keys whose entries all left (canceled, deleted) keep a zero row; they are not shown. */
function nonEmpty<R extends SumRow & { key: string }>(rows: R[]): Array<Figures & { key: string }> {
  return rows.filter((r) => Number(r.count) !== 0).map((r) => ({ key: r.key, ...toFigures(r) }));
}
