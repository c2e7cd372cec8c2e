import { sql, type Kysely, type Migration } from "kysely";
import type { DialectName } from "../database";

/**
 * The first schema. Frozen in time: it speaks `Kysely<any>` and never imports today's table types, so
 * later changes to the code cannot change what this migration does.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export function initialSchema(dialect: DialectName): Migration {
  const flag = dialect === "postgres" ? sql`smallint` : sql`integer`;
  const amount = dialect === "postgres" ? sql`numeric(19, 6)` : sql`real`;
  const entryNo = dialect === "postgres" ? sql`bigint` : sql`integer`;

  return {
    async up(db: AnyDb): Promise<void> {
      await db.schema
        .createTable("contacts")
        .addColumn("tenant_id", "text", (c) => c.notNull())
        .addColumn("no", "text", (c) => c.notNull())
        .addColumn("type", "text", (c) => c.notNull())
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("search_name", "text", (c) => c.notNull())
        .addColumn("company_no", "text")
        .addColumn("email", "text")
        .addColumn("domains", "text", (c) => c.notNull().defaultTo("[]"))
        .addColumn("job_title", "text")
        .addColumn("phone", "text")
        .addColumn("salesperson_code", "text")
        .addColumn("language", "text")
        .addColumn("privacy_blocked", flag, (c) => c.notNull().defaultTo(0))
        .addPrimaryKeyConstraint("contacts_pk", ["tenant_id", "no"])
        .execute();
      await db.schema
        .createIndex("contacts_search_idx")
        .on("contacts")
        .columns(["tenant_id", "search_name"])
        .execute();

      await db.schema
        .createTable("contact_emails")
        .addColumn("tenant_id", "text", (c) => c.notNull())
        .addColumn("email", "text", (c) => c.notNull())
        .addColumn("contact_no", "text", (c) => c.notNull())
        .addColumn("is_primary", flag, (c) => c.notNull())
        .addPrimaryKeyConstraint("contact_emails_pk", ["tenant_id", "email", "contact_no"])
        .addForeignKeyConstraint(
          "contact_emails_contact_fk",
          ["tenant_id", "contact_no"],
          "contacts",
          ["tenant_id", "no"],
          (f) => f.onDelete("cascade"),
        )
        .execute();
      await db.schema
        .createIndex("contact_emails_contact_idx")
        .on("contact_emails")
        .columns(["tenant_id", "contact_no"])
        .execute();

      await db.schema
        .createTable("company_domains")
        .addColumn("tenant_id", "text", (c) => c.notNull())
        .addColumn("domain", "text", (c) => c.notNull())
        .addColumn("contact_no", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("company_domains_pk", ["tenant_id", "domain", "contact_no"])
        .addForeignKeyConstraint(
          "company_domains_contact_fk",
          ["tenant_id", "contact_no"],
          "contacts",
          ["tenant_id", "no"],
          (f) => f.onDelete("cascade"),
        )
        .execute();

      await db.schema
        .createTable("interaction_groups")
        .addColumn("tenant_id", "text", (c) => c.notNull())
        .addColumn("code", "text", (c) => c.notNull())
        .addColumn("description", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("interaction_groups_pk", ["tenant_id", "code"])
        .execute();

      await db.schema
        .createTable("interaction_templates")
        .addColumn("tenant_id", "text", (c) => c.notNull())
        .addColumn("code", "text", (c) => c.notNull())
        .addColumn("group_code", "text", (c) => c.notNull())
        .addColumn("description", "text", (c) => c.notNull())
        .addColumn("unit_cost_lcy", amount, (c) => c.notNull().defaultTo(0))
        .addColumn("unit_duration_min", amount, (c) => c.notNull().defaultTo(0))
        .addColumn("information_flow", "text", (c) => c.notNull())
        .addColumn("initiated_by", "text", (c) => c.notNull())
        .addColumn("correspondence_type", "text", (c) => c.notNull())
        .addColumn("blocked", flag, (c) => c.notNull().defaultTo(0))
        .addPrimaryKeyConstraint("interaction_templates_pk", ["tenant_id", "code"])
        .addForeignKeyConstraint(
          "interaction_templates_group_fk",
          ["tenant_id", "group_code"],
          "interaction_groups",
          ["tenant_id", "code"],
        )
        .execute();

      await db.schema
        .createTable("template_setup")
        .addColumn("tenant_id", "text", (c) => c.notNull())
        .addColumn("event_kind", "text", (c) => c.notNull())
        .addColumn("template_code", "text")
        .addPrimaryKeyConstraint("template_setup_pk", ["tenant_id", "event_kind"])
        .execute();

      await db.schema
        .createTable("logged_items")
        .addColumn("tenant_id", "text", (c) => c.notNull())
        .addColumn("id", "text", (c) => c.notNull())
        .addColumn("source_key", "text", (c) => c.notNull())
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("subject", "text", (c) => c.notNull())
        .addColumn("occurred_at", "text", (c) => c.notNull())
        .addColumn("web_link", "text")
        .addColumn("item_id", "text")
        .addColumn("created_by", "text", (c) => c.notNull())
        .addColumn("created_by_name", "text")
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("canceled", flag, (c) => c.notNull().defaultTo(0))
        .addPrimaryKeyConstraint("logged_items_pk", ["tenant_id", "id"])
        .execute();
      await db.schema
        .createIndex("logged_items_source_idx")
        .on("logged_items")
        .columns(["tenant_id", "source_key"])
        .execute();

      if (dialect === "postgres") await sql`create sequence interaction_entry_no_seq`.execute(db);
      await db.schema
        .createTable("interaction_entries")
        .addColumn("tenant_id", "text", (c) => c.notNull())
        .addColumn("entry_no", entryNo, (c) => c.notNull())
        .addColumn("logged_item_id", "text", (c) => c.notNull())
        .addColumn("source_key", "text", (c) => c.notNull())
        .addColumn("contact_no", "text", (c) => c.notNull())
        .addColumn("contact_company_no", "text")
        .addColumn("template_code", "text", (c) => c.notNull())
        .addColumn("group_code", "text", (c) => c.notNull())
        .addColumn("description", "text", (c) => c.notNull())
        .addColumn("subject", "text", (c) => c.notNull())
        .addColumn("occurred_at", "text", (c) => c.notNull())
        .addColumn("information_flow", "text", (c) => c.notNull())
        .addColumn("initiated_by", "text", (c) => c.notNull())
        .addColumn("cost_lcy", amount, (c) => c.notNull())
        .addColumn("duration_min", amount, (c) => c.notNull())
        .addColumn("evaluation", "text", (c) => c.notNull())
        .addColumn("attempt_failed", flag, (c) => c.notNull())
        .addColumn("correspondence_type", "text", (c) => c.notNull())
        .addColumn("salesperson_code", "text")
        .addColumn("user_id", "text", (c) => c.notNull())
        .addColumn("user_name", "text")
        .addColumn("opportunity_no", "text")
        .addColumn("campaign_no", "text")
        .addColumn("segment_no", "text")
        .addColumn("document_type", "text")
        .addColumn("document_no", "text")
        .addColumn("email_logged", flag, (c) => c.notNull())
        .addColumn("postponed", flag, (c) => c.notNull())
        .addColumn("canceled", flag, (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("interaction_entries_pk", ["tenant_id", "entry_no"])
        .addForeignKeyConstraint(
          "interaction_entries_logged_item_fk",
          ["tenant_id", "logged_item_id"],
          "logged_items",
          ["tenant_id", "id"],
        )
        .execute();
      // The real guard against a second entry for one source and contact, whoever logs it.
      await db.schema
        .createIndex("interaction_entries_source_contact_uq")
        .on("interaction_entries")
        .columns(["tenant_id", "source_key", "contact_no"])
        .unique()
        .where(sql.ref("canceled"), "=", sql.lit(0))
        .execute();
      await sql`create index interaction_entries_history_idx on interaction_entries (tenant_id, contact_no, occurred_at desc, entry_no desc)`.execute(
        db,
      );
      await db.schema
        .createIndex("interaction_entries_logged_item_idx")
        .on("interaction_entries")
        .columns(["tenant_id", "logged_item_id"])
        .execute();

      await db.schema
        .createTable("never_log")
        .addColumn("tenant_id", "text", (c) => c.notNull())
        .addColumn("id", "text", (c) => c.notNull())
        .addColumn("value", "text", (c) => c.notNull())
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("scope", "text", (c) => c.notNull())
        .addColumn("user_id", "text", (c) => c.notNull().defaultTo(""))
        .addPrimaryKeyConstraint("never_log_pk", ["tenant_id", "id"])
        .addUniqueConstraint("never_log_value_uq", ["tenant_id", "value", "scope", "user_id"])
        .execute();

      await db.schema
        .createTable("internal_domains")
        .addColumn("tenant_id", "text", (c) => c.notNull())
        .addColumn("domain", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("internal_domains_pk", ["tenant_id", "domain"])
        .execute();

      await db.schema
        .createTable("idempotency_keys")
        .addColumn("tenant_id", "text", (c) => c.notNull())
        .addColumn("key", "text", (c) => c.notNull())
        .addColumn("request_hash", "text", (c) => c.notNull())
        .addColumn("status_code", "integer")
        .addColumn("response_json", "text")
        .addColumn("created_at", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("idempotency_keys_pk", ["tenant_id", "key"])
        .execute();
    },

    async down(db: AnyDb): Promise<void> {
      for (const table of [
        "idempotency_keys",
        "internal_domains",
        "never_log",
        "interaction_entries",
        "logged_items",
        "template_setup",
        "interaction_templates",
        "interaction_groups",
        "company_domains",
        "contact_emails",
        "contacts",
      ]) {
        await db.schema.dropTable(table).execute();
      }
      if (dialect === "postgres") await sql`drop sequence interaction_entry_no_seq`.execute(db);
    },
  };
}
