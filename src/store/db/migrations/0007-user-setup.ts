import type { Kysely, Migration } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * Business Central's User Setup, the part the store needs: each user's Salespers./Purch. Code, per
 * tenant, so an entry carries the salesperson of the user who logs it. Frozen in time.
 */
export function userSetupSchema(): Migration {
  return {
    async up(db: AnyDb): Promise<void> {
      await db.schema
        .createTable("user_setup")
        .addColumn("tenant_id", "text", (c) => c.notNull())
        .addColumn("user_id", "text", (c) => c.notNull())
        .addColumn("salesperson_code", "text", (c) => c.notNull())
        .addColumn("updated_by", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("user_setup_pk", ["tenant_id", "user_id"])
        .execute();
    },

    async down(db: AnyDb): Promise<void> {
      await db.schema.dropTable("user_setup").execute();
    },
  };
}
