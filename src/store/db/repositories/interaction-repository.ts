import type { Kysely } from "kysely";
import type { InteractionEntry, LoggedItem } from "../../../contracts";
import type { Database, DialectName, Flag, InteractionEntriesTable, LoggedItemsTable } from "../database";
import { counterRepository } from "./counter-repository";
import { LOGGED_ITEM_COLUMNS, NEW_ENTRY_COLUMNS } from "./entry-columns";
import { insertRows } from "./insert-rows";
import { selectEntries, toEntry, toLoggedItem } from "./entry-row";
import { interactionHistoryReads } from "./interaction-history-reads";
import { COUNTED_COLUMNS, statisticsRepository, type CountedEntry } from "./statistics-repository";

export type NewEntry = Omit<InteractionEntriesTable, "entry_no" | "tenant_id">;

/** PostgreSQL numbers entries from its sequence as they are inserted. */
const ENTRY_NO_SEQUENCE = { entry_no: "nextval('interaction_entry_no_seq')" };
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
   * deleted entries). PostgreSQL numbers each row from its sequence in the insert itself (ENTRY_NO_SEQUENCE),
   * safe under concurrent writers and never repeating.
   */
  async function entryNumbers(tenantId: string, count: number): Promise<number[]> {
    const last = await counterRepository(db, dialect).take(tenantId, "entry_no", count);
    return Array.from({ length: count }, (_, i) => last - count + i + 1);
  }

  return {
    ...interactionHistoryReads(db),

    async insertLoggedItem(tenantId: string, item: NewLoggedItem): Promise<LoggedItem> {
      const row = { tenant_id: tenantId, ...item };
      await insertRows(db, dialect, "logged_items", LOGGED_ITEM_COLUMNS, [row]);
      return toLoggedItem(row);
    },

    async deleteLoggedItem(tenantId: string, id: string): Promise<void> {
      await db.deleteFrom("logged_items").where("tenant_id", "=", tenantId).where("id", "=", id).execute();
    },

    /**
     * Inserts entries, skipping any (source, contact) that already has a non-canceled entry: the partial
     * unique index decides, even against a concurrent writer. Answers the entries written, as the API
     * shows them, from what was written (no read back): `view` carries what the API joins in.
     */
    async insertEntriesOnce(
      tenantId: string,
      entries: readonly NewEntry[],
      view: { item: LoggedItem; contactNames: ReadonlyMap<string, string> },
    ): Promise<InteractionEntry[]> {
      if (entries.length === 0) return [];
      const numbers = dialect === "postgres" ? [] : await entryNumbers(tenantId, entries.length);
      const numbered: Array<NewEntry & { tenant_id: string; entry_no?: number }> = entries.map((e, i) => ({
        tenant_id: tenantId,
        ...e,
        ...(dialect === "postgres" ? {} : { entry_no: numbers[i] as number }),
      }));
      // Raw SQL, not the query builder: this insert runs for every log. The conflict target repeats the
      // partial index's predicate as a literal: SQLite matches it textually.
      const inserted = await insertRows(
        db,
        dialect,
        "interaction_entries",
        dialect === "postgres" ? NEW_ENTRY_COLUMNS : [...NEW_ENTRY_COLUMNS, "entry_no"],
        numbered,
        "on conflict (tenant_id, source_key, contact_no) where canceled = 0 do nothing returning contact_no, entry_no",
        dialect === "postgres" ? ENTRY_NO_SEQUENCE : {},
      );
      const entryNo = new Map(inserted.map((r) => [String(r.contact_no), Number(r.entry_no)]));
      const written = entries
        .filter((e) => entryNo.has(e.contact_no))
        .map((e) => ({ tenant_id: tenantId, ...e, entry_no: entryNo.get(e.contact_no) as number }));
      await statistics.apply(
        tenantId,
        written.map((row) => ({ entry: row, canceled: row.canceled, sign: 1 })),
      );
      return written
        .map((row) =>
          toEntry({
            ...row,
            source_kind: view.item.sourceKind,
            web_link: view.item.webLink ?? null,
            item_id: view.item.itemId ?? null,
            contact_name: view.contactNames.get(row.contact_no) ?? null,
          }),
        )
        .sort((a, b) => a.entryNo - b.entryNo);
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
