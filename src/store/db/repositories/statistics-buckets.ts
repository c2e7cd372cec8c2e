import type {
  Flag,
  InteractionEntriesTable,
  InteractionStatisticsTable,
  StatisticsDimension,
} from "../database";

/** The fields of an entry its statistics are kept by. */
export type CountedEntry = Pick<
  InteractionEntriesTable,
  | "entry_no"
  | "contact_no"
  | "contact_company_no"
  | "template_code"
  | "group_code"
  | "salesperson_code"
  | "occurred_at"
  | "cost_lcy"
  | "duration_min"
  | "attempt_failed"
  | "postponed"
>;

/** The entry columns a statistics change reads, for `returning(...)` and selects. */
export const COUNTED_COLUMNS = [
  "entry_no",
  "contact_no",
  "contact_company_no",
  "template_code",
  "group_code",
  "salesperson_code",
  "occurred_at",
  "cost_lcy",
  "duration_min",
  "attempt_failed",
  "postponed",
] as const;

/** One entry entering (+1) or leaving (−1) the buckets of its canceled state. */
export interface StatisticsChange {
  entry: CountedEntry;
  canceled: Flag;
  sign: 1 | -1;
}

const KEYED_BY_TEMPLATE: ReadonlySet<StatisticsDimension> = new Set(["contact", "company"]);

/** Rounds like numeric(19,6), so SQLite's doubles and PostgreSQL's numerics agree after many additions. */
export const amount = (value: number): number => Math.round(value * 1e6) / 1e6;

type Bucket = Omit<InteractionStatisticsTable, "tenant_id">;

/** The buckets one entry's change adds to or takes from: each dimension it has, by month and by day. */
function bucketsOf(change: StatisticsChange, shard: number): Bucket[] {
  const e = change.entry;
  const dims: Array<[StatisticsDimension, string | null]> = [
    ["contact", e.contact_no],
    ["company", e.contact_company_no],
    ["template", e.template_code],
    ["group", e.group_code],
    ["salesperson", e.salesperson_code],
  ];
  const measures = {
    entries: change.sign,
    failed: change.sign * e.attempt_failed,
    cost_lcy: change.sign * Number(e.cost_lcy),
    duration_min: change.sign * Number(e.duration_min),
  };
  const out: Bucket[] = [];
  for (const [dimension, key] of dims) {
    if (key === null) continue;
    const keyed = KEYED_BY_TEMPLATE.has(dimension);
    for (const [grain, period] of [
      ["month", e.occurred_at.slice(0, 7)],
      ["day", e.occurred_at.slice(0, 10)],
    ] as const) {
      out.push({
        dimension,
        dimension_key: key,
        grain,
        period,
        template_code: keyed ? e.template_code : "",
        group_code: keyed ? e.group_code : "",
        canceled: change.canceled,
        shard,
        ...measures,
      });
    }
  }
  return out;
}

/** Concurrent PostgreSQL writers spread over this many rows per bucket, so no bucket row is a queue. */
export const PG_SHARDS = 8;

/** What a bucket counts: its dimension and key, grain and period, template, group and canceled flag. */
export const BUCKET_DIMENSIONS = [
  "dimension",
  "dimension_key",
  "grain",
  "period",
  "template_code",
  "group_code",
  "canceled",
] as const satisfies ReadonlyArray<keyof InteractionStatisticsTable>;
/** A bucket's row: the tenant's, and one of the PostgreSQL shards the same bucket is spread over. */
const BUCKET_KEY = ["tenant_id", ...BUCKET_DIMENSIONS, "shard"] as const;
const MEASURES = ["entries", "failed", "cost_lcy", "duration_min"] as const;
export const BUCKET_COLUMNS = [...BUCKET_KEY, ...MEASURES] as const;
/** What makes a bucket one row: every key column (the tenant's is the same for all of one call). */
const bucketKey = (b: Bucket): string =>
  BUCKET_KEY.map((column) => (column === "tenant_id" ? "" : b[column])).join("\u0001");

/** A bucket that exists already takes the change's measures added to its own. */
export const BUCKET_UPSERT =
  `on conflict (${BUCKET_KEY.join(", ")}) do update set ` +
  MEASURES.map((m) => `${m} = interaction_statistics.${m} + excluded.${m}`).join(", ");

/**
 * The bucket rows of a set of changes, each bucket once with the changes' measures summed, sorted by key:
 * one order for every writer, so two transactions touching the same buckets wait, never deadlock.
 */
export function bucketRows(
  tenantId: string,
  changes: readonly StatisticsChange[],
  shardOf: (change: StatisticsChange) => number,
): InteractionStatisticsTable[] {
  const merged = new Map<string, Bucket>();
  for (const change of changes) {
    if (change.entry.postponed === 1) continue;
    for (const bucket of bucketsOf(change, shardOf(change))) {
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
  return [...merged.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, b]) => ({
      tenant_id: tenantId,
      ...b,
      cost_lcy: amount(b.cost_lcy),
      duration_min: amount(b.duration_min),
    }));
}
