import type { Kysely } from "kysely";
import type { InteractionEntry } from "../../../contracts";
import type { Database } from "../database";
import { matching, type EntryFilter } from "./entry-filter";
import { selectEntries, toEntry, toEntryColumns, type EntryColumns } from "./entry-row";

export interface HistoryQuery extends EntryFilter {
  limit: number;
  after?: { occurredAt: string; entryNo: number };
  canceled: "exclude" | "include" | "only";
}

/** The reads of the interaction log page by page: the export's, the history's and the statistics' dates. */
export function interactionHistoryReads(db: Kysely<Database>) {
  return {
    /**
     * The tenant's entries (or one contact's) in entry-number order after `afterEntryNo`: the export pages
     * through the log. Postponed entries (drafts) only when asked for. Each entry's own columns only: the
     * export has no column from its logged item or contact, and joining them was two more lookups a row.
     */
    async entriesAfter(
      tenantId: string,
      afterEntryNo: number,
      limit: number,
      only: { contactNo?: string; postponed: boolean } = { postponed: false },
    ): Promise<EntryColumns[]> {
      let query = db
        .selectFrom("interaction_entries")
        .selectAll()
        .where("tenant_id", "=", tenantId)
        .where("entry_no", ">", afterEntryNo);
      if (only.contactNo !== undefined) query = query.where("contact_no", "=", only.contactNo);
      if (!only.postponed) query = query.where("postponed", "=", 0);
      const rows = await query.orderBy("entry_no").limit(limit).execute();
      return rows.map(toEntryColumns);
    },

    /** One page of entries (a contact's, a company's or the tenant's), newest first, keyed by (occurred_at, entry_no). */
    async history(tenantId: string, q: HistoryQuery): Promise<InteractionEntry[]> {
      let query = selectEntries(db, tenantId).where(matching(q));
      if (q.canceled !== "include") query = query.where("e.canceled", "=", q.canceled === "only" ? 1 : 0);
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

    /**
     * [Contact Statistics]' dates: the last interaction (not canceled, not failed) and the last attempt (not
     * canceled, initiated by us), each the newest matching entry read down the history index.
     */
    async lastDates(
      tenantId: string,
      f: EntryFilter,
    ): Promise<{ lastInteractionAt?: string; lastAttemptAt?: string }> {
      const newest = (extra: "attempt_failed" | "initiated_by") =>
        db
          .selectFrom("interaction_entries as e")
          .where("e.tenant_id", "=", tenantId)
          .where(matching(f))
          .where("e.canceled", "=", 0)
          .where(
            extra === "attempt_failed" ? "e.attempt_failed" : "e.initiated_by",
            "=",
            extra === "attempt_failed" ? 0 : "us",
          )
          .select("e.occurred_at")
          .orderBy("e.occurred_at", "desc")
          .limit(1)
          .executeTakeFirst();
      const [interaction, attempt] = await Promise.all([newest("attempt_failed"), newest("initiated_by")]);
      return {
        ...(interaction === undefined ? {} : { lastInteractionAt: interaction.occurred_at }),
        ...(attempt === undefined ? {} : { lastAttemptAt: attempt.occurred_at }),
      };
    },
  };
}
