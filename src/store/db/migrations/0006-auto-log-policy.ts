import { sql, type Kysely, type Migration } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * The tenant's automatic-logging policy (off, suggest or on) on its settings row. Existing tenants get
 * `suggest`: every user chooses and the switch starts off, which is how the add-in behaved before.
 * Frozen in time.
 */
export function autoLogPolicySchema(): Migration {
  return {
    async up(db: AnyDb): Promise<void> {
      await db.schema
        .alterTable("tenant_settings")
        .addColumn("auto_log_policy", "text", (c) =>
          c
            .notNull()
            .defaultTo("suggest")
            .check(sql`auto_log_policy in ('off', 'suggest', 'on')`),
        )
        .execute();
    },

    async down(db: AnyDb): Promise<void> {
      await db.schema.alterTable("tenant_settings").dropColumn("auto_log_policy").execute();
    },
  };
}
