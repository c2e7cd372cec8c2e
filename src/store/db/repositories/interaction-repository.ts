import { sql, type ExpressionBuilder, type Kysely } from "kysely";
import type { ContactStatistics, InteractionEntry, LoggedItem } from "../../../contracts";
import type { Database, DialectName, InteractionEntriesTable, LoggedItemsTable } from "../database";
import { counterRepository } from "./counter-repository";
import { selectEntries, toEntry, toLoggedItem } from "./entry-row";

export type NewEntry = Omit<InteractionEntriesTable, "entry_no" | "tenant_id">;
export type NewLoggedItem = Omit<LoggedItemsTable, "tenant_id">;

export interface HistoryQuery {
  contactNo: string;
  limit: number;
  after?: { occurredAt: string; entryNo: number };
  templateCode?: string;
  groupCode?: string;
}

/** Logged items and interaction log entries. */
export function interactionRepository(db: Kysely<Database>, dialect: DialectName) {
  /**
   * PostgreSQL: its sequence, safe under concurrent writers and never repeating. SQLite: the tenant's
   * counter, taken in the transaction (max + 1 would hand out again the numbers of deleted entries).
   */
  async function entryNumbers(
    tenantId: string,
    count: number,
  ): Promise<Array<number | ReturnType<typeof sql<number>>>> {
    if (dialect === "postgres")
      return Array.from({ length: count }, () => sql<number>`nextval('interaction_entry_no_seq')`);
    const last = await counterRepository(db, dialect).take(tenantId, "entry_no", count);
    return Array.from({ length: count }, (_, i) => last - count + i + 1);
  }

  return {
    async insertLoggedItem(tenantId: string, item: NewLoggedItem): Promise<LoggedItem> {
      const row = { tenant_id: tenantId, ...item };
      await db.insertInto("logged_items").values(row).execute();
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
      const numbers = await entryNumbers(tenantId, entries.length);
      const rows = entries.map((e, i) => ({ tenant_id: tenantId, ...e, entry_no: numbers[i] as number }));
      const inserted = await db
        .insertInto("interaction_entries")
        .values(rows)
        // The target repeats the partial index's predicate as a literal: SQLite matches it textually.
        .onConflict((oc) =>
          oc
            .columns(["tenant_id", "source_key", "contact_no"])
            .where(sql.ref("canceled"), "=", sql.lit(0))
            .doNothing(),
        )
        .returning(["contact_no", "entry_no"])
        .execute();
      const entryNo = new Map(inserted.map((r) => [r.contact_no, Number(r.entry_no)]));
      return rows
        .filter((row) => entryNo.has(row.contact_no))
        .map((row) =>
          toEntry({
            ...row,
            entry_no: entryNo.get(row.contact_no) as number,
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
      const r = await db
        .updateTable("interaction_entries")
        .set({ canceled: 1 })
        .where("tenant_id", "=", tenantId)
        .where("entry_no", "=", entryNo)
        .where("canceled", "=", 0)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
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
      await db
        .updateTable("interaction_entries")
        .set({ canceled: 1 })
        .where("tenant_id", "=", tenantId)
        .where("logged_item_id", "=", id)
        .execute();
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
      const rows = await db
        .deleteFrom("interaction_entries")
        .where("tenant_id", "=", tenantId)
        .where("canceled", "=", 1)
        .returning("entry_no")
        .execute();
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
      return rows.map((r) => Number(r.entry_no)).sort((a, b) => a - b);
    },

    /** The tenant's entries in entry-number order after `afterEntryNo`: the export pages through the log. */
    async entriesAfter(tenantId: string, afterEntryNo: number, limit: number): Promise<InteractionEntry[]> {
      const rows = await selectEntries(db, tenantId)
        .where("e.entry_no", ">", afterEntryNo)
        .orderBy("e.entry_no")
        .limit(limit)
        .execute();
      return rows.map(toEntry);
    },

    /** One page of a contact's history, newest first, keyed by (occurred_at, entry_no). */
    async history(tenantId: string, q: HistoryQuery): Promise<InteractionEntry[]> {
      let query = selectEntries(db, tenantId).where("e.contact_no", "=", q.contactNo);
      if (q.templateCode !== undefined) query = query.where("e.template_code", "=", q.templateCode);
      if (q.groupCode !== undefined) query = query.where("e.group_code", "=", q.groupCode);
      const after = q.after;
      if (after !== undefined) {
        query = query.where((eb) =>
          eb.or([
            eb("e.occurred_at", "<", after.occurredAt),
            eb.and([eb("e.occurred_at", "=", after.occurredAt), eb("e.entry_no", "<", after.entryNo)]),
          ]),
        );
      }
      const rows = await query
        .orderBy("e.occurred_at", "desc")
        .orderBy("e.entry_no", "desc")
        .limit(q.limit)
        .execute();
      return rows.map(toEntry);
    },

    /** [Contact Statistics] in SQL aggregates; canceled and postponed entries never count. */
    async statistics(tenantId: string, contactNo: string): Promise<Omit<ContactStatistics, "contactNo">> {
      const base = db
        .selectFrom("interaction_entries")
        .where("tenant_id", "=", tenantId)
        .where("contact_no", "=", contactNo)
        .where("canceled", "=", 0)
        .where("postponed", "=", 0);
      const sums = (eb: ExpressionBuilder<Database, "interaction_entries">) =>
        [
          eb.fn.countAll<number>().as("count"),
          eb.fn.coalesce(eb.fn.sum<number>("cost_lcy"), sql<number>`0`).as("cost"),
          eb.fn.coalesce(eb.fn.sum<number>("duration_min"), sql<number>`0`).as("duration"),
        ] as const;
      const month = sql<string>`substr(occurred_at, 1, 7)`;
      const [totals, byTemplate, byMonth] = await Promise.all([
        base
          .select((eb) => [
            ...sums(eb),
            eb.fn
              .max(eb.case().when("attempt_failed", "=", 0).then(eb.ref("occurred_at")).end())
              .as("last_interaction"),
            eb.fn
              .max(eb.case().when("initiated_by", "=", "us").then(eb.ref("occurred_at")).end())
              .as("last_attempt"),
          ])
          .executeTakeFirstOrThrow(),
        base
          .select((eb) => ["template_code", ...sums(eb)])
          .groupBy("template_code")
          .orderBy("template_code")
          .execute(),
        base
          .select((eb) => [month.as("month"), ...sums(eb)])
          .groupBy(month)
          .orderBy(month)
          .execute(),
      ]);
      const figures = (r: { count: number; cost: number; duration: number }) => ({
        count: Number(r.count),
        costLcy: Number(r.cost),
        durationMin: Number(r.duration),
      });
      return {
        ...figures(totals),
        ...(totals.last_interaction === null ? {} : { lastInteractionAt: totals.last_interaction }),
        ...(totals.last_attempt === null ? {} : { lastAttemptAt: totals.last_attempt }),
        byTemplate: byTemplate.map((r) => ({ templateCode: r.template_code, ...figures(r) })),
        byMonth: byMonth.map((r) => ({ month: r.month, ...figures(r) })),
      };
    },
  };
}

export type InteractionRepository = ReturnType<typeof interactionRepository>;
