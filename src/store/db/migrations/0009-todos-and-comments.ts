import { type Kysely, type Migration } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * To-dos [To-do], the follow-ups a rep sets while logging, each linked to the entry it came from
 * (*To-do No.* on [Interaction Log Entry]), and comment lines [Inter. Log Entry Comment Line]. Every key
 * starts with tenant_id. Frozen in time.
 */
export function todosAndComments(): Migration {
  return {
    async up(db: AnyDb): Promise<void> {
      await db.schema.alterTable("interaction_entries").addColumn("todo_no", "text").execute();
      await db.schema
        .createTable("todos")
        .addColumn("tenant_id", "text", (c) => c.notNull())
        .addColumn("no", "text", (c) => c.notNull())
        .addColumn("description", "text", (c) => c.notNull())
        .addColumn("due_date", "text", (c) => c.notNull())
        .addColumn("salesperson_code", "text")
        .addColumn("contact_no", "text", (c) => c.notNull())
        .addColumn("entry_no", "bigint")
        .addColumn("assigned_to", "text", (c) => c.notNull())
        .addColumn("created_by", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("closed_at", "text")
        .addColumn("closed_by", "text")
        .addPrimaryKeyConstraint("todos_pk", ["tenant_id", "no"])
        .execute();
      await db.schema
        .createIndex("todos_assigned_idx")
        .on("todos")
        .columns(["tenant_id", "assigned_to", "closed_at", "due_date"])
        .execute();
      await db.schema
        .createIndex("todos_contact_idx")
        .on("todos")
        .columns(["tenant_id", "contact_no", "closed_at", "due_date"])
        .execute();
      await db.schema
        .createTable("entry_comment_lines")
        .addColumn("tenant_id", "text", (c) => c.notNull())
        .addColumn("entry_no", "bigint", (c) => c.notNull())
        .addColumn("line_no", "integer", (c) => c.notNull())
        .addColumn("date", "text", (c) => c.notNull())
        .addColumn("comment", "text", (c) => c.notNull())
        .addColumn("user_id", "text", (c) => c.notNull())
        .addColumn("user_name", "text")
        .addColumn("created_at", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("entry_comment_lines_pk", ["tenant_id", "entry_no", "line_no"])
        .execute();
    },

    async down(db: AnyDb): Promise<void> {
      await db.schema.dropTable("entry_comment_lines").execute();
      await db.schema.dropTable("todos").execute();
      await db.schema.alterTable("interaction_entries").dropColumn("todo_no").execute();
    },
  };
}
