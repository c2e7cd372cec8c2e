import { sql, type ExpressionBuilder, type Kysely } from "kysely";
import type { PeriodRun } from "../../services/statistics-periods";
import type { Database, DialectName, StatisticsDimension } from "../database";
import { insertRows } from "./insert-rows";
import {
  amount,
  BUCKET_COLUMNS,
  BUCKET_DIMENSIONS,
  BUCKET_UPSERT,
  bucketRows,
  PG_SHARDS,
  type StatisticsChange,
} from "./statistics-buckets";

export { COUNTED_COLUMNS, type CountedEntry, type StatisticsChange } from "./statistics-buckets";

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
      const rows = bucketRows(tenantId, changes, (change) =>
        dialect === "postgres" ? Number(change.entry.entry_no) % PG_SHARDS : 0,
      );
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
      // One query, summed by template, group and month together; the four splits are added up from it.
      const month = sql<string>`substr(period, 1, 7)`;
      const rows = await filtered
        .select((eb) => [...sums(eb), "template_code", "group_code", month.as("month")])
        .groupBy(["template_code", "group_code", month])
        .execute();
      const totals = zero();
      const byTemplate = new Map<string, Figures>();
      const byGroup = new Map<string, Figures>();
      const byMonth = new Map<string, Figures>();
      for (const r of rows) {
        const f = rawFigures(r);
        add(totals, f);
        add(figuresOf(byTemplate, r.template_code), f);
        add(figuresOf(byGroup, r.group_code), f);
        add(figuresOf(byMonth, r.month), f);
      }
      return {
        totals: rounded(totals),
        byTemplate: split(byTemplate),
        byGroup: split(byGroup),
        byMonth: split(byMonth),
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
        .select((eb) => [...BUCKET_DIMENSIONS, ...sums(eb)])
        .groupBy([...BUCKET_DIMENSIONS])
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

/** The sums of one row as numbers, not yet rounded (a split adds several rows up first). */
const rawFigures = (r: SumRow): Figures => ({
  count: Number(r.count),
  failed: Number(r.failed),
  costLcy: Number(r.cost),
  durationMin: Number(r.duration),
});

const toFigures = (r: SumRow): Figures => rounded(rawFigures(r));

function add(to: Figures, f: Figures): void {
  to.count += f.count;
  to.failed += f.failed;
  to.costLcy += f.costLcy;
  to.durationMin += f.durationMin;
}

function figuresOf(split: Map<string, Figures>, key: string): Figures {
  let figures = split.get(key);
  if (figures === undefined) split.set(key, (figures = zero()));
  return figures;
}

const rounded = (f: Figures): Figures => ({
  ...f,
  costLcy: amount(f.costLcy),
  durationMin: amount(f.durationMin),
});

/** A split's non-empty keys in code order (a key whose entries all left keeps zero rows). */
function split(figures: Map<string, Figures>): Array<Figures & { key: string }> {
  return [...figures]
    .filter(([, f]) => f.count !== 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, f]) => ({ key, ...rounded(f) }));
}

/** Keys whose entries all left (canceled, deleted) keep a zero row; they are not shown. */
function nonEmpty<R extends SumRow & { key: string }>(rows: R[]): Array<Figures & { key: string }> {
  return rows.filter((r) => Number(r.count) !== 0).map((r) => ({ key: r.key, ...toFigures(r) }));
}
