import type { Kysely } from "kysely";
import type { AuditLogTable, Database, DialectName } from "../database";
import { chunks, ROWS_PER_STATEMENT } from "./contact-rows";
import { insertRows } from "./insert-rows";

/** One record of the audit log, as stored (before/after as JSON text). */
export type AuditRecord = Omit<AuditLogTable, "tenant_id">;

export interface AuditFilter {
  /** Inclusive lower bound of `at` (ISO-8601 UTC). */
  from?: string;
  /** Exclusive upper bound of `at`. */
  to?: string;
  actorId?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
}

/** Keyset position: the last record of the previous page (newest first). */
export interface AuditPosition {
  at: string;
  id: string;
}

/** The audit log: appended to inside the transaction of the change it records, read newest first. */
const AUDIT_COLUMNS = [
  "tenant_id",
  "id",
  "at",
  "actor_id",
  "actor_name",
  "action",
  "entity_type",
  "entity_id",
  "before_json",
  "after_json",
] as const satisfies ReadonlyArray<keyof AuditLogTable>;

export function auditRepository(db: Kysely<Database>, dialect: DialectName) {
  return {
    async append(tenantId: string, records: readonly AuditRecord[]): Promise<void> {
      if (records.length === 0) return;
      for (const part of chunks(records, ROWS_PER_STATEMENT)) {
        await insertRows(
          db,
          dialect,
          "audit_log",
          AUDIT_COLUMNS,
          part.map((r) => ({ tenant_id: tenantId, ...r })),
        );
      }
    },

    /** Up to `limit` records matching the filter, newest first, after `position` when given. */
    async page(
      tenantId: string,
      filter: AuditFilter,
      position: AuditPosition | undefined,
      limit: number,
    ): Promise<AuditRecord[]> {
      let query = db.selectFrom("audit_log").where("tenant_id", "=", tenantId);
      if (filter.from !== undefined) query = query.where("at", ">=", filter.from);
      if (filter.to !== undefined) query = query.where("at", "<", filter.to);
      if (filter.actorId !== undefined) query = query.where("actor_id", "=", filter.actorId);
      if (filter.action !== undefined) query = query.where("action", "=", filter.action);
      if (filter.entityType !== undefined) query = query.where("entity_type", "=", filter.entityType);
      if (filter.entityId !== undefined) query = query.where("entity_id", "=", filter.entityId);
      if (position !== undefined) {
        query = query.where((eb) =>
          eb.or([
            eb("at", "<", position.at),
            eb.and([eb("at", "=", position.at), eb("id", "<", position.id)]),
          ]),
        );
      }
      const rows = await query
        .select(AUDIT_COLUMNS.filter((column) => column !== "tenant_id"))
        .orderBy("at", "desc")
        .orderBy("id", "desc")
        .limit(limit)
        .execute();
      return rows;
    },
  };
}
