import { sql, type Kysely, type Migration } from "kysely";
import type { DialectName } from "../database";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * Segments [Segment Header, Segment Line], logged segments [Logged Segment] and the tenant's settings
 * (the automatic-logging policy). Every key and foreign key starts with tenant_id. Frozen in time.
 */
export function lifecycleSchema(dialect: DialectName): Migration {
  const flag = dialect === "postgres" ? sql`smallint` : sql`integer`;
  return {
    async up(db: AnyDb): Promise<void> {
      await db.schema
        .createTable("segments")
        .addColumn("tenant_id", "text", (c) => c.notNull())
        .addColumn("no", "text", (c) => c.notNull())
        .addColumn("description", "text", (c) => c.notNull())
        .addColumn("salesperson_code", "text")
        .addColumn("created_by", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("segments_pk", ["tenant_id", "no"])
        .execute();
      await db.schema
        .createTable("segment_lines")
        .addColumn("tenant_id", "text", (c) => c.notNull())
        .addColumn("segment_no", "text", (c) => c.notNull())
        .addColumn("line_no", "integer", (c) => c.notNull())
        .addColumn("contact_no", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("segment_lines_pk", ["tenant_id", "segment_no", "line_no"])
        .addUniqueConstraint("segment_lines_contact_uq", ["tenant_id", "segment_no", "contact_no"])
        .addForeignKeyConstraint("segment_lines_segment_fk", ["tenant_id", "segment_no"], "segments", [
          "tenant_id",
          "no",
        ])
        .addForeignKeyConstraint("segment_lines_contact_fk", ["tenant_id", "contact_no"], "contacts", [
          "tenant_id",
          "no",
        ])
        .execute();
      await db.schema
        .createTable("logged_segments")
        .addColumn("tenant_id", "text", (c) => c.notNull())
        .addColumn("id", "text", (c) => c.notNull())
        .addColumn("segment_no", "text", (c) => c.notNull())
        .addColumn("logged_item_id", "text", (c) => c.notNull())
        .addColumn("template_code", "text", (c) => c.notNull())
        .addColumn("description", "text", (c) => c.notNull())
        .addColumn("created_by", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("canceled", flag, (c) => c.notNull())
        .addPrimaryKeyConstraint("logged_segments_pk", ["tenant_id", "id"])
        .addForeignKeyConstraint(
          "logged_segments_logged_item_fk",
          ["tenant_id", "logged_item_id"],
          "logged_items",
          ["tenant_id", "id"],
        )
        .execute();
      await db.schema
        .createIndex("logged_segments_created_idx")
        .on("logged_segments")
        .columns(["tenant_id", "created_at"])
        .execute();
    },

    async down(db: AnyDb): Promise<void> {
      await db.schema.dropTable("logged_segments").execute();
      await db.schema.dropTable("segment_lines").execute();
      await db.schema.dropTable("segments").execute();
    },
  };
}
