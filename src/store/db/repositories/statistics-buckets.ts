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

export type Bucket = Omit<InteractionStatisticsTable, "tenant_id">;

/** The buckets one entry's change adds to or takes from: each dimension it has, by month and by day. */
export function bucketsOf(change: StatisticsChange, shard: number): Bucket[] {
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

/** What makes a bucket one row: every key column. */
export const bucketKey = (b: Bucket): string =>
  [b.dimension, b.dimension_key, b.grain, b.period, b.template_code, b.group_code, b.canceled, b.shard].join(
    "\u0001",
  );
