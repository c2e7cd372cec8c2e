import type { Kysely } from "kysely";
import type { Database } from "../database";
import { searchFold } from "../../../domain/search-fold";
import { removeAddresses } from "./contact-lookups";

/** The name an erased contact keeps: its number stays, so its entries still count for it. */
export const ERASED_CONTACT_NAME = "Erased contact";

/** What an erasure changed, by kind of row. */
export interface ErasedRows {
  entries: number;
  loggedItems: number;
  commentLines: number;
  followUps: number;
}

/** A contact's erasure: its personal data removed, its entries kept with their figures but no text. */
export function contactErasureRepository(db: Kysely<Database>) {
  return {
    /** The contact's open drafts: postponed entries not canceled. */
    async openDraftCount(tenantId: string, contactNo: string): Promise<number> {
      const row = await db
        .selectFrom("interaction_entries")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("tenant_id", "=", tenantId)
        .where("contact_no", "=", contactNo)
        .where("postponed", "=", 1)
        .where("canceled", "=", 0)
        .executeTakeFirst();
      return Number(row?.n ?? 0);
    },

    /**
     * Removes the contact's personal data (name, addresses, domains, title, phone, language) and blocks it
     * from logging; blanks the text of its entries (description, subject) and, for logged items that are
     * its alone, their subject and links; removes the comment lines on its entries and blanks its
     * follow-ups' descriptions (users' free text may name the person). Counts, costs and durations stay.
     */
    async erase(tenantId: string, contactNo: string): Promise<ErasedRows> {
      await removeAddresses(db, tenantId, contactNo);
      await db
        .updateTable("contacts")
        .set({
          name: ERASED_CONTACT_NAME,
          search_name: searchFold(ERASED_CONTACT_NAME),
          email: null,
          domains: "[]",
          job_title: null,
          phone: null,
          language: null,
          privacy_blocked: 1,
        })
        .where("tenant_id", "=", tenantId)
        .where("no", "=", contactNo)
        .execute();
      const items = await db
        .updateTable("logged_items")
        .set({ subject: "", web_link: null, item_id: null })
        .where("tenant_id", "=", tenantId)
        .where((eb) =>
          eb.and([
            eb(
              "id",
              "in",
              eb
                .selectFrom("interaction_entries")
                .select("logged_item_id")
                .where("tenant_id", "=", tenantId)
                .where("contact_no", "=", contactNo),
            ),
            eb.not(
              eb.exists(
                eb
                  .selectFrom("interaction_entries as other")
                  .select("other.entry_no")
                  .whereRef("other.tenant_id", "=", "logged_items.tenant_id")
                  .whereRef("other.logged_item_id", "=", "logged_items.id")
                  .where("other.contact_no", "<>", contactNo),
              ),
            ),
          ]),
        )
        .executeTakeFirst();
      const entries = await db
        .updateTable("interaction_entries")
        .set({ description: "", subject: "" })
        .where("tenant_id", "=", tenantId)
        .where("contact_no", "=", contactNo)
        .executeTakeFirst();
      const comments = await db
        .deleteFrom("entry_comment_lines")
        .where("tenant_id", "=", tenantId)
        .where("entry_no", "in", (eb) =>
          eb
            .selectFrom("interaction_entries")
            .select("entry_no")
            .where("tenant_id", "=", tenantId)
            .where("contact_no", "=", contactNo),
        )
        .executeTakeFirst();
      const followUps = await db
        .updateTable("todos")
        .set({ description: "" })
        .where("tenant_id", "=", tenantId)
        .where("contact_no", "=", contactNo)
        .executeTakeFirst();
      return {
        entries: Number(entries.numUpdatedRows),
        loggedItems: Number(items.numUpdatedRows),
        commentLines: Number(comments.numDeletedRows),
        followUps: Number(followUps.numUpdatedRows),
      };
    },
  };
}
