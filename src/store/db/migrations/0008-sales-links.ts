import { sql, type Kysely, type Migration } from "kysely";
import type { DialectName } from "../database";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * Opportunities [Opportunity] and campaigns [Campaign] as per-tenant reference data, the entry's
 * Campaign Target and Campaign Response flags, and a logged item's Outlook conversation. An entry's Opportunity No. and Campaign No. stay plain
 * columns (entries written before this step may name numbers that were never imported); the store checks
 * them on every write instead. Frozen in time.
 */
export function salesLinksSchema(dialect: DialectName): Migration {
  const flag = dialect === "postgres" ? sql`smallint` : sql`integer`;
  return {
    async up(db: AnyDb): Promise<void> {
      await db.schema
        .createTable("opportunities")
        .addColumn("tenant_id", "text", (c) => c.notNull())
        .addColumn("no", "text", (c) => c.notNull())
        .addColumn("description", "text", (c) => c.notNull())
        .addColumn("contact_no", "text", (c) => c.notNull())
        .addColumn("contact_company_no", "text")
        .addColumn("salesperson_code", "text")
        .addColumn("status", "text", (c) => c.notNull())
        .addColumn("sales_cycle_stage", "integer")
        .addColumn("sales_cycle_stage_description", "text")
        .addColumn("creation_date", "text")
        .addPrimaryKeyConstraint("opportunities_pk", ["tenant_id", "no"])
        .execute();
      await db.schema
        .createIndex("opportunities_contact_idx")
        .on("opportunities")
        .columns(["tenant_id", "contact_no"])
        .execute();
      await db.schema
        .createIndex("opportunities_company_idx")
        .on("opportunities")
        .columns(["tenant_id", "contact_company_no"])
        .execute();
      await db.schema
        .createTable("campaigns")
        .addColumn("tenant_id", "text", (c) => c.notNull())
        .addColumn("no", "text", (c) => c.notNull())
        .addColumn("description", "text", (c) => c.notNull())
        .addColumn("starting_date", "text")
        .addColumn("ending_date", "text")
        .addColumn("status", "text")
        .addPrimaryKeyConstraint("campaigns_pk", ["tenant_id", "no"])
        .execute();
      // The Outlook conversation an item belongs to: the Log view preselects its last opportunity.
      await db.schema.alterTable("logged_items").addColumn("conversation_id", "text").execute();
      await db.schema
        .createIndex("logged_items_conversation_idx")
        .on("logged_items")
        .columns(["tenant_id", "conversation_id"])
        .execute();
      await db.schema
        .alterTable("interaction_entries")
        .addColumn("campaign_target", flag, (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema
        .alterTable("interaction_entries")
        .addColumn("campaign_response", flag, (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema
        .createIndex("interaction_entries_opportunity_idx")
        .on("interaction_entries")
        .columns(["tenant_id", "opportunity_no", "occurred_at"])
        .execute();
      await db.schema
        .createIndex("interaction_entries_campaign_idx")
        .on("interaction_entries")
        .columns(["tenant_id", "campaign_no", "occurred_at"])
        .execute();
    },

    async down(db: AnyDb): Promise<void> {
      await db.schema.dropIndex("interaction_entries_campaign_idx").execute();
      await db.schema.dropIndex("interaction_entries_opportunity_idx").execute();
      await db.schema.alterTable("interaction_entries").dropColumn("campaign_response").execute();
      await db.schema.alterTable("interaction_entries").dropColumn("campaign_target").execute();
      await db.schema.dropIndex("logged_items_conversation_idx").execute();
      await db.schema.alterTable("logged_items").dropColumn("conversation_id").execute();
      await db.schema.dropTable("campaigns").execute();
      await db.schema.dropTable("opportunities").execute();
    },
  };
}
