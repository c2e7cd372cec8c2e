import { sql, type Kysely, type Migration } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * The pane as a workspace: the entry list (GET /interactions) reads newest first across the tenant and by
 * salesperson, each down its own index, as a contact's and a company's history already do.
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
    },

    async down(db: AnyDb): Promise<void> {
      await db.schema.dropIndex("interaction_entries_salesperson_idx").execute();
      await db.schema.dropIndex("interaction_entries_list_idx").execute();
    },
  };
}
