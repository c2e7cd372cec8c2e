import { sql, type Kysely, type Migration } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/** Search's fold as of this migration (frozen here: later changes to the domain's fold are not this step's). */
const fold = (text: string): string =>
  text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]+/g, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();

const BATCH = 1000;

/** Stores every contact's search name folded (accent-blind), a batch at a time in key order. */
async function refoldSearchNames(db: AnyDb): Promise<void> {
  let after: { tenant_id: string; no: string } | undefined;
  for (;;) {
    let query = db.selectFrom("contacts").select(["tenant_id", "no", "name", "search_name"]);
    if (after !== undefined) {
      const { tenant_id, no } = after;
      query = query.where((eb) =>
        eb.or([
          eb("tenant_id", ">", tenant_id),
          eb.and([eb("tenant_id", "=", tenant_id), eb("no", ">", no)]),
        ]),
      );
    }
    const rows = (await query.orderBy("tenant_id").orderBy("no").limit(BATCH).execute()) as Array<{
      tenant_id: string;
      no: string;
      name: string;
      search_name: string;
    }>;
    for (const row of rows) {
      const folded = fold(row.name);
      if (folded === row.search_name) continue;
      await db
        .updateTable("contacts")
        .set({ search_name: folded })
        .where("tenant_id", "=", row.tenant_id)
        .where("no", "=", row.no)
        .execute();
    }
    const last = rows[rows.length - 1];
    if (last === undefined || rows.length < BATCH) return;
    after = { tenant_id: last.tenant_id, no: last.no };
  }
}

/**
 * The pane as a workspace: the entry list (GET /interactions) reads newest first across the tenant and by
 * salesperson, each down its own index, as a contact's and a company's history already do; the tenant's
 * settings (its local currency code) have a row per tenant; contact names are stored folded for an
 * accent-blind search.
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
      await refoldSearchNames(db);
    },

    async down(db: AnyDb): Promise<void> {
      await db.schema.dropTable("tenant_settings").execute();
      await db.schema.dropIndex("interaction_entries_salesperson_idx").execute();
      await db.schema.dropIndex("interaction_entries_list_idx").execute();
    },
  };
}
