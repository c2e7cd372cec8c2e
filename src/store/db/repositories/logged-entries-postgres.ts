import { CompiledQuery, type Kysely } from "kysely";
import type {
  Database,
  InteractionEntriesTable,
  InteractionStatisticsTable,
  LoggedItemsTable,
} from "../database";
import { LOGGED_ITEM_COLUMNS, NEW_ENTRY_COLUMNS } from "./entry-columns";
import { BUCKET_COLUMNS, BUCKET_UPSERT } from "./statistics-buckets";

/** Bucket values arrive in a VALUES list, which PostgreSQL types as text unless told. */
const BUCKET_CASTS: Readonly<Record<(typeof BUCKET_COLUMNS)[number], string>> = {
  tenant_id: "text",
  dimension: "text",
  dimension_key: "text",
  grain: "text",
  period: "text",
  template_code: "text",
  group_code: "text",
  canceled: "smallint",
  shard: "smallint",
  entries: "bigint",
  failed: "bigint",
  cost_lcy: "numeric",
  duration_min: "numeric",
};

/** What the statement wrote: each entry's number by contact, and whether the planned buckets went in. */
export interface WrittenEntries {
  numbers: Array<{ contact_no: string; entry_no: number }>;
  bucketsApplied: boolean;
}

/**
 * PostgreSQL: a log's item, its entries (numbered by the sequence, skipping any (source, contact) that
 * already has a non-canceled entry) and their statistics buckets in one statement of data-modifying CTEs:
 * one round trip where there were three. The buckets are planned for every entry and added only when
 * every entry was written (the common case); otherwise `bucketsApplied` is false and the caller adds
 * those of the entries written. The rows' order is the caller's (buckets sorted by key: no deadlocks).
 */
export async function insertLoggedEntriesPostgres(
  db: Kysely<Database>,
  item: LoggedItemsTable,
  entries: ReadonlyArray<Omit<InteractionEntriesTable, "entry_no">>,
  buckets: readonly InteractionStatisticsTable[],
): Promise<WrittenEntries> {
  const params: unknown[] = [];
  const mark = (value: unknown, cast?: string) => {
    params.push(value);
    return cast === undefined ? `$${params.length}` : `$${params.length}::${cast}`;
  };
  const values = <Row, Column extends keyof Row & string>(row: Row, columns: readonly Column[]) =>
    columns.map((column) => mark(row[column]));
  const itemTuple = `(${values(item, LOGGED_ITEM_COLUMNS).join(", ")})`;
  const entryTuples = entries.map(
    (entry) => `(${[...values(entry, NEW_ENTRY_COLUMNS), "nextval('interaction_entry_no_seq')"].join(", ")})`,
  );
  const bucketTuples = buckets.map(
    (bucket, i) =>
      `(${[...BUCKET_COLUMNS.map((c) => mark(bucket[c], BUCKET_CASTS[c])), String(i)].join(", ")})`,
  );
  const bucketInsert =
    buckets.length === 0
      ? ""
      : `, bucket as (insert into interaction_statistics (${BUCKET_COLUMNS.join(", ")}) ` +
        `select ${BUCKET_COLUMNS.join(", ")} from (values ${bucketTuples.join(", ")}) ` +
        `as b(${BUCKET_COLUMNS.join(", ")}, ord) ` +
        `where (select count(*) from entry) = ${entries.length} order by ord ${BUCKET_UPSERT})`;
  const text =
    `with item as (insert into logged_items (${LOGGED_ITEM_COLUMNS.join(", ")}) values ${itemTuple}), ` +
    `entry as (insert into interaction_entries (${NEW_ENTRY_COLUMNS.join(", ")}, entry_no) ` +
    `values ${entryTuples.join(", ")} ` +
    `on conflict (tenant_id, source_key, contact_no) where canceled = 0 do nothing ` +
    `returning contact_no, entry_no)${bucketInsert} ` +
    `select contact_no, entry_no from entry`;
  const result = await db.executeQuery<{ contact_no: string; entry_no: string | number }>(
    CompiledQuery.raw(text, params),
  );
  const numbers = result.rows.map((r) => ({ contact_no: r.contact_no, entry_no: Number(r.entry_no) }));
  return { numbers, bucketsApplied: numbers.length === entries.length };
}
