import { sql, type Kysely, type Migration } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * The pane as a workspace: the entry list (GET /interactions) reads newest first across the tenant and by
 * salesperson, each down its own index, as a contact's and a company's history already do; the tenant's
 * settings (its local currency code) have a row per tenant.
 */
export function workspaceSchema(): Migration {
  return {
    async up(db: AnyDb): Promise<void> {
      await sql`create index interaction_entries_list_idx on interaction_entries (tenant_id, occurred_at desc, entry_no desc)`.execute(
        db,
      );
      await sql`create index interaction_entries_salesperson_idx on interaction_entries (tenant_id, salesperson_code, occurred_at desc, entry_no desc)`.execute(
        db,
      );
      await db.schema
        .createTable("tenant_settings")
        .addColumn("tenant_id", "text", (c) => c.notNull())
        .addColumn("local_currency_code", "text")
        .addPrimaryKeyConstraint("tenant_settings_pk", ["tenant_id"])
        .execute();
    },

    async down(db: AnyDb): Promise<void> {
      await db.schema.dropTable("tenant_settings").execute();
      await db.schema.dropIndex("interaction_entries_salesperson_idx").execute();
      await db.schema.dropIndex("interaction_entries_list_idx").execute();
    },
  };
}
