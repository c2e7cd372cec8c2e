import type { Kysely } from "kysely";
import type { InteractionEntry, LoggedItem } from "../../../contracts";
import type { Database, DialectName, Flag, InteractionEntriesTable, LoggedItemsTable } from "../database";
import { counterRepository } from "./counter-repository";
import { LOGGED_ITEM_COLUMNS, NEW_ENTRY_COLUMNS } from "./entry-columns";
import { insertRows } from "./insert-rows";
import { insertLoggedEntriesPostgres } from "./logged-entries-postgres";
import { bucketRows, PG_SHARDS } from "./statistics-buckets";
import { selectEntries, toEntry, toLoggedItem } from "./entry-row";
import { interactionHistoryReads } from "./interaction-history-reads";
import { COUNTED_COLUMNS, statisticsRepository, type CountedEntry } from "./statistics-repository";

/** An entry as SQLite inserts it: numbered by the tenant's counter. One list, so its statement text is kept. */
const NUMBERED_ENTRY_COLUMNS = [...NEW_ENTRY_COLUMNS, "entry_no"] as const;

export type NewEntry = Omit<InteractionEntriesTable, "entry_no" | "tenant_id">;

type EntryRow = NewEntry & { tenant_id: string };
export type NewLoggedItem = Omit<LoggedItemsTable, "tenant_id">;

export type { EntryOwner } from "./entry-filter";
export type { HistoryQuery } from "./interaction-history-reads";

/** Logged items and interaction log entries. */
export function interactionRepository(db: Kysely<Database>, dialect: DialectName) {
  const statistics = statisticsRepository(db, dialect);

  /** Moves entries whose canceled flag just changed out of their old buckets and into the new ones. */
  const recount = (tenantId: string, entries: readonly CountedEntry[], canceled: Flag) =>
    statistics.apply(
      tenantId,
      entries.flatMap((entry) => [
        { entry, canceled: canceled === 1 ? 0 : 1, sign: -1 },
        { entry, canceled, sign: 1 },
      ]),
    );

  /**
   * SQLite: the tenant's counter, taken in the transaction (max + 1 would hand out again the numbers of
   * deleted entries). PostgreSQL numbers each row from its sequence in the insert itself
   * (logged-entries-postgres.ts), safe under concurrent writers and never repeating.
   */
  async function entryNumbers(tenantId: string, count: number): Promise<number[]> {
    const last = await counterRepository(db, dialect).take(tenantId, "entry_no", count);
    return Array.from({ length: count }, (_, i) => last - count + i + 1);
  }

  /** Each written entry's number by contact, and whether its statistics are still to be added. */
  interface Written {
    numbers: Array<{ contact_no: string; entry_no: number }>;
    bucketsPending: boolean;
  }

  /** SQLite: the item, then the entries numbered from the tenant's counter; buckets by the caller. */
  async function insertSqlite(item: LoggedItemsTable, rows: readonly EntryRow[]): Promise<Written> {
    await insertRows(db, dialect, "logged_items", LOGGED_ITEM_COLUMNS, [item]);
    const taken = await entryNumbers(item.tenant_id, rows.length);
    const inserted = await insertRows(
      db,
      dialect,
      "interaction_entries",
      NUMBERED_ENTRY_COLUMNS,
      rows.map((row, i) => ({ ...row, entry_no: taken[i] as number })),
      // The conflict target repeats the partial index's predicate as a literal: SQLite matches it textually.
      "on conflict (tenant_id, source_key, contact_no) where canceled = 0 do nothing returning contact_no, entry_no",
    );
    const numbers = inserted.map((r) => ({ contact_no: String(r.contact_no), entry_no: Number(r.entry_no) }));
    return { numbers, bucketsPending: true };
  }

  /** PostgreSQL: one statement, buckets planned on one shard per log (its item's random last digit). */
  async function insertPostgres(item: LoggedItemsTable, rows: readonly EntryRow[]): Promise<Written> {
    const shard = Number.parseInt(item.id.slice(-1), 16) % PG_SHARDS;
    const buckets = bucketRows(
      item.tenant_id,
      rows.map((row) => ({ entry: { ...row, entry_no: 0 }, canceled: row.canceled, sign: 1 })),
      () => shard,
    );
    const written = await insertLoggedEntriesPostgres(db, item, rows, buckets);
    return { numbers: written.numbers, bucketsPending: !written.bucketsApplied };
  }

  return {
    ...interactionHistoryReads(db),

    async deleteLoggedItem(tenantId: string, id: string): Promise<void> {
      await db.deleteFrom("logged_items").where("tenant_id", "=", tenantId).where("id", "=", id).execute();
    },

    /**
     * Inserts a logged item and its entries, skipping any (source, contact) that already has a
     * non-canceled entry: the partial unique index decides, even against a concurrent writer. The
     * entries' statistics go in with them. Answers the entries written, as the API shows them, from what
     * was written (no read back); `contactNames` carries what the API joins in. Raw SQL, not the query
     * builder: this runs for every log (one statement on PostgreSQL, logged-entries-postgres.ts).
     */
    async insertLoggedEntries(
      tenantId: string,
      newItem: NewLoggedItem,
      entries: readonly NewEntry[],
      contactNames: ReadonlyMap<string, string>,
    ): Promise<{ item: LoggedItem; entries: InteractionEntry[] }> {
      const itemRow = { tenant_id: tenantId, ...newItem };
      const rows = entries.map((e) => ({ tenant_id: tenantId, ...e }));
      const item = toLoggedItem(itemRow);
      if (rows.length === 0) return { item, entries: [] }; // nothing to log: no item is written either
      const { numbers, bucketsPending } = await (dialect === "postgres"
        ? insertPostgres(itemRow, rows)
        : insertSqlite(itemRow, rows));
      const entryNo = new Map(numbers.map((r) => [r.contact_no, r.entry_no]));
      const written = rows
        .filter((row) => entryNo.has(row.contact_no))
        .map((row) => ({ ...row, entry_no: entryNo.get(row.contact_no) as number }));
      if (bucketsPending)
        await statistics.apply(
          tenantId,
          written.map((row) => ({ entry: row, canceled: row.canceled, sign: 1 })),
        );
      const view = written.map((row) =>
        toEntry({
          ...row,
          source_kind: item.sourceKind,
          web_link: item.webLink ?? null,
          item_id: item.itemId ?? null,
          contact_name: contactNames.get(row.contact_no) ?? null,
        }),
      );
      return { item, entries: view.sort((a, b) => a.entryNo - b.entryNo) };
    },

    async activeEntriesForSource(
      tenantId: string,
      sourceKey: string,
      contactNos?: readonly string[],
    ): Promise<InteractionEntry[]> {
      if (contactNos?.length === 0) return [];
      let query = selectEntries(db, tenantId)
        .where("e.source_key", "=", sourceKey)
        .where("e.canceled", "=", 0);
      if (contactNos !== undefined) query = query.where("e.contact_no", "in", [...contactNos]);
      return (await query.orderBy("e.entry_no").execute()).map(toEntry);
    },

    async entriesOfLoggedItem(tenantId: string, loggedItemId: string): Promise<InteractionEntry[]> {
      const rows = await selectEntries(db, tenantId)
        .where("e.logged_item_id", "=", loggedItemId)
        .orderBy("e.entry_no")
        .execute();
      return rows.map(toEntry);
    },

    async loggedItemsForSource(tenantId: string, sourceKey: string): Promise<LoggedItem[]> {
      const rows = await db
        .selectFrom("logged_items")
        .selectAll()
        .where("tenant_id", "=", tenantId)
        .where("source_key", "=", sourceKey)
        .orderBy("created_at")
        .orderBy("id")
        .execute();
      return rows.map(toLoggedItem);
    },

    async loggedItem(tenantId: string, id: string): Promise<LoggedItem | undefined> {
      const r = await db
        .selectFrom("logged_items")
        .selectAll()
        .where("tenant_id", "=", tenantId)
        .where("id", "=", id)
        .executeTakeFirst();
      return r === undefined ? undefined : toLoggedItem(r);
    },

    async entry(tenantId: string, entryNo: number): Promise<InteractionEntry | undefined> {
      const r = await selectEntries(db, tenantId).where("e.entry_no", "=", entryNo).executeTakeFirst();
      return r === undefined ? undefined : toEntry(r);
    },

    /** Cancels the entry; false when it was canceled already (checked in the same statement). */
    async cancelEntry(tenantId: string, entryNo: number): Promise<boolean> {
      const changed = await db
        .updateTable("interaction_entries")
        .set({ canceled: 1 })
        .where("tenant_id", "=", tenantId)
        .where("entry_no", "=", entryNo)
        .where("canceled", "=", 0)
        .returning(COUNTED_COLUMNS)
        .execute();
      await recount(tenantId, changed, 1);
      return changed.length === 1;
    },

    /**
     * Restores a canceled entry unless its (source, contact) has an active entry again: false when nothing
     * changed, the caller tells why. The statistics move back from the canceled buckets to the active ones.
     */
    async restoreEntry(tenantId: string, entryNo: number): Promise<boolean> {
      const changed = await db
        .updateTable("interaction_entries as e")
        .set({ canceled: 0 })
        .where("e.tenant_id", "=", tenantId)
        .where("e.entry_no", "=", entryNo)
        .where("e.canceled", "=", 1)
        .where((eb) =>
          eb.not(
            eb.exists(
              eb
                .selectFrom("interaction_entries as twin")
                .select("twin.entry_no")
                .whereRef("twin.tenant_id", "=", "e.tenant_id")
                .whereRef("twin.source_key", "=", "e.source_key")
                .whereRef("twin.contact_no", "=", "e.contact_no")
                .where("twin.canceled", "=", 0),
            ),
          ),
        )
        .returning(COUNTED_COLUMNS)
        .execute();
      await recount(tenantId, changed, 0);
      return changed.length === 1;
    },

    /** Cancels a logged item and all its entries; false when it was canceled already. */
    async cancelLoggedItem(tenantId: string, id: string): Promise<boolean> {
      const r = await db
        .updateTable("logged_items")
        .set({ canceled: 1 })
        .where("tenant_id", "=", tenantId)
        .where("id", "=", id)
        .where("canceled", "=", 0)
        .executeTakeFirst();
      if (Number(r.numUpdatedRows) !== 1) return false;
      const changed = await db
        .updateTable("interaction_entries")
        .set({ canceled: 1 })
        .where("tenant_id", "=", tenantId)
        .where("logged_item_id", "=", id)
        .where("canceled", "=", 0)
        .returning(COUNTED_COLUMNS)
        .execute();
      await recount(tenantId, changed, 1);
      return true;
    },

    async setEvaluation(tenantId: string, entryNo: number, evaluation: string): Promise<void> {
      await db
        .updateTable("interaction_entries")
        .set({ evaluation })
        .where("tenant_id", "=", tenantId)
        .where("entry_no", "=", entryNo)
        .execute();
    },

    /** Deletes canceled entries, then logged items left with no entry; answers the entry numbers deleted. */
    async deleteCanceled(tenantId: string): Promise<number[]> {
      const deleted = await db
        .deleteFrom("interaction_entries")
        .where("tenant_id", "=", tenantId)
        .where("canceled", "=", 1)
        .returning(COUNTED_COLUMNS)
        .execute();
      await statistics.apply(
        tenantId,
        deleted.map((entry) => ({ entry, canceled: 1, sign: -1 })),
      );
      await db
        .deleteFrom("logged_items")
        .where("tenant_id", "=", tenantId)
        .where("canceled", "=", 1)
        .where((eb) =>
          eb.not(
            eb.exists(
              eb
                .selectFrom("interaction_entries as e")
                .select("e.entry_no")
                .whereRef("e.tenant_id", "=", "logged_items.tenant_id")
                .whereRef("e.logged_item_id", "=", "logged_items.id"),
            ),
          ),
        )
        .execute();
      return deleted.map((r) => Number(r.entry_no)).sort((a, b) => a - b);
    },
  };
}
