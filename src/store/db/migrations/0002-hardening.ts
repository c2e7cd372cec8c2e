import { sql, type Kysely, type Migration } from "kysely";
import type { DialectName } from "../database";

/**
 * Numbers from counters, idempotency keys per user with expiry, and the audit log. Frozen in time: it
 * speaks `Kysely<any>` and never imports today's table types.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export function hardeningSchema(dialect: DialectName): Migration {
  const counter = dialect === "postgres" ? sql`bigint` : sql`integer`;
  const generatedContactNo =
    dialect === "postgres" ? sql`no ~ '^CT[0-9]{6}$'` : sql`no glob 'CT[0-9][0-9][0-9][0-9][0-9][0-9]'`;

  return {
    async up(db: AnyDb): Promise<void> {
      // Per-tenant counters, taken with one upsert … returning: the row lock orders concurrent takers,
      // and a number once handed out is never handed out again, whatever is deleted later.
      await db.schema
        .createTable("counters")
        .addColumn("tenant_id", "text", (c) => c.notNull())
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("value", counter, (c) => c.notNull())
        .addPrimaryKeyConstraint("counters_pk", ["tenant_id", "name"])
        .execute();
      await sql`insert into counters (tenant_id, name, value)
        select tenant_id, 'contact_no', max(cast(substr(no, 3) as ${counter})) from contacts
        where ${generatedContactNo} group by tenant_id`.execute(db);
      // PostgreSQL keeps its sequence for entry numbers (it never hands a number out twice either).
      if (dialect === "sqlite") {
        await sql`insert into counters (tenant_id, name, value)
          select tenant_id, 'entry_no', max(entry_no) from interaction_entries group by tenant_id`.execute(
          db,
        );
      }

      // Keys now belong to a user and expire. Keys of the first schema named no user and hashed only the
      // body, so they cannot be carried over: a retry of such a request is answered by the source-key
      // dedupe instead (already logged), never by a second write.
      await db.schema.dropTable("idempotency_keys").execute();
      await db.schema
        .createTable("idempotency_keys")
        .addColumn("tenant_id", "text", (c) => c.notNull())
        .addColumn("user_id", "text", (c) => c.notNull())
        .addColumn("key", "text", (c) => c.notNull())
        .addColumn("request_hash", "text", (c) => c.notNull())
        .addColumn("status_code", "integer", (c) => c.notNull())
        .addColumn("response_json", "text")
        .addColumn("created_at", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("idempotency_keys_user_pk", ["tenant_id", "user_id", "key"])
        .execute();
      // The sweeper deletes the oldest keys first, across tenants.
      await db.schema
        .createIndex("idempotency_keys_created_idx")
        .on("idempotency_keys")
        .column("created_at")
        .execute();

      await db.schema
        .createTable("audit_log")
        .addColumn("tenant_id", "text", (c) => c.notNull())
        .addColumn("id", "text", (c) => c.notNull())
        .addColumn("at", "text", (c) => c.notNull())
        .addColumn("actor_id", "text", (c) => c.notNull())
        .addColumn("actor_name", "text")
        .addColumn("action", "text", (c) => c.notNull())
        .addColumn("entity_type", "text", (c) => c.notNull())
        .addColumn("entity_id", "text", (c) => c.notNull())
        .addColumn("before_json", "text")
        .addColumn("after_json", "text")
        .addPrimaryKeyConstraint("audit_log_pk", ["tenant_id", "id"])
        .execute();
      await sql`create index audit_log_at_idx on audit_log (tenant_id, at desc, id desc)`.execute(db);
      await sql`create index audit_log_entity_idx on audit_log (tenant_id, entity_type, entity_id, at desc)`.execute(
        db,
      );
      await appendOnly(db, dialect);
    },

    async down(db: AnyDb): Promise<void> {
      if (dialect === "postgres") {
        await sql`drop trigger audit_log_append_only on audit_log`.execute(db);
        await sql`drop function audit_log_refuse_change()`.execute(db);
      }
      await db.schema.dropTable("audit_log").execute();
      await db.schema.dropTable("idempotency_keys").execute();
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
      await db.schema.dropTable("counters").execute();
    },
  };
}

/** The audit log takes inserts only: the database itself refuses to change or delete a record. */
async function appendOnly(db: AnyDb, dialect: DialectName): Promise<void> {
  if (dialect === "postgres") {
    await sql`create function audit_log_refuse_change() returns trigger language plpgsql as $$
      begin raise exception 'the audit log is append-only'; end $$`.execute(db);
    await sql`create trigger audit_log_append_only before update or delete on audit_log
      for each row execute function audit_log_refuse_change()`.execute(db);
    return;
  }
  for (const event of ["update", "delete"]) {
    await sql`create trigger ${sql.raw(`audit_log_no_${event}`)} before ${sql.raw(event)} on audit_log
      begin select raise(abort, 'the audit log is append-only'); end`.execute(db);
  }
}
