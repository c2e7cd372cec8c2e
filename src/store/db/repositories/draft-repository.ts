import type { Kysely } from "kysely";
import type { InteractionEntry, LoggedItem } from "../../../contracts";
import type { Database, DialectName, InteractionEntriesTable } from "../database";
import { selectEntries, toEntry, toLoggedItem } from "./entry-row";
import { COUNTED_COLUMNS, statisticsRepository } from "./statistics-repository";

/** The entry fields a resume may fill in. */
export type ResumedFields = Partial<
  Pick<
    InteractionEntriesTable,
    | "template_code"
    | "group_code"
    | "description"
    | "evaluation"
    | "attempt_failed"
    | "cost_lcy"
    | "duration_min"
    | "information_flow"
    | "initiated_by"
    | "correspondence_type"
    | "salesperson_code"
    | "opportunity_no"
    | "campaign_no"
    | "campaign_target"
    | "campaign_response"
  >
>;

/** Postponed interactions: drafts listed, resumed (into statistics) and deleted. */
export function draftRepository(db: Kysely<Database>, dialect: DialectName) {
  const statistics = statisticsRepository(db, dialect);
  return {
    /** The user's logged items that are drafts: not canceled, every entry postponed. Newest first. */
    async draftsOf(tenantId: string, userId: string, limit: number): Promise<LoggedItem[]> {
      const rows = await db
        .selectFrom("logged_items as li")
        .selectAll("li")
        .where("li.tenant_id", "=", tenantId)
        .where("li.created_by", "=", userId)
        .where("li.canceled", "=", 0)
        .where((eb) =>
          eb.and([
            eb.exists(
              eb
                .selectFrom("interaction_entries as e")
                .select("e.entry_no")
                .whereRef("e.tenant_id", "=", "li.tenant_id")
                .whereRef("e.logged_item_id", "=", "li.id"),
            ),
            eb.not(
              eb.exists(
                eb
                  .selectFrom("interaction_entries as e")
                  .select("e.entry_no")
                  .whereRef("e.tenant_id", "=", "li.tenant_id")
                  .whereRef("e.logged_item_id", "=", "li.id")
                  .where("e.postponed", "=", 0),
              ),
            ),
          ]),
        )
        .orderBy("li.created_at", "desc")
        .orderBy("li.id", "desc")
        .limit(limit)
        .execute();
      return rows.map(toLoggedItem);
    },

    async entriesOf(tenantId: string, itemIds: readonly string[]): Promise<InteractionEntry[]> {
      if (itemIds.length === 0) return [];
      const rows = await selectEntries(db, tenantId)
        .where("e.logged_item_id", "in", [...itemIds])
        .orderBy("e.entry_no")
        .execute();
      return rows.map(toEntry);
    },

    /**
     * Fills in the fields and clears postponed on every postponed, active entry of the item, in place (the
     * same entry numbers), and counts them into the statistics; answers how many were resumed.
     */
    async resume(tenantId: string, itemId: string, fields: ResumedFields): Promise<number> {
      const resumed = await db
        .updateTable("interaction_entries")
        .set({ ...fields, postponed: 0 })
        .where("tenant_id", "=", tenantId)
        .where("logged_item_id", "=", itemId)
        .where("postponed", "=", 1)
        .where("canceled", "=", 0)
        .returning(COUNTED_COLUMNS)
        .execute();
      await statistics.apply(
        tenantId,
        resumed.map((entry) => ({ entry, canceled: 0, sign: 1 })),
      );
      return resumed.length;
    },

    /** Deletes the item and its entries; postponed entries never counted, so statistics stay. */
    async deleteDraft(tenantId: string, itemId: string): Promise<void> {
      await db
        .deleteFrom("interaction_entries")
        .where("tenant_id", "=", tenantId)
        .where("logged_item_id", "=", itemId)
        .execute();
      await db
        .deleteFrom("logged_items")
        .where("tenant_id", "=", tenantId)
        .where("id", "=", itemId)
        .execute();
    },
  };
}
