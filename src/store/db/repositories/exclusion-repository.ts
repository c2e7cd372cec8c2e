import type { Kysely } from "kysely";
import type { Database, NeverLogTable } from "../database";
import { preparedQuery } from "./prepared-query";

export interface NeverLogRecord {
  id: string;
  value: string;
  kind: "address" | "domain";
  scope: "tenant" | "user";
  /** Owner of a user-scope entry. */
  userId?: string;
}

const toRecord = (r: NeverLogTable): NeverLogRecord => ({
  id: r.id,
  value: r.value,
  kind: r.kind,
  scope: r.scope,
  ...(r.scope === "user" ? { userId: r.user_id } : {}),
});

const neverLogOf = preparedQuery((db, tenantId: string, userId: string, values: readonly string[]) =>
  db
    .selectFrom("never_log")
    .selectAll()
    .where("tenant_id", "=", tenantId)
    .where("value", "in", values)
    .where((eb) => eb.or([eb("scope", "=", "tenant"), eb("user_id", "=", userId)])),
);

/** The never-log list and the tenant's internal domains: what the store must never log as a contact. */
export function exclusionRepository(db: Kysely<Database>) {
  return {
    /** The tenant's entries plus the user's own. */
    async neverLogFor(tenantId: string, userId: string): Promise<NeverLogRecord[]> {
      const rows = await db
        .selectFrom("never_log")
        .selectAll()
        .where("tenant_id", "=", tenantId)
        .where((eb) => eb.or([eb("scope", "=", "tenant"), eb("user_id", "=", userId)]))
        .orderBy("value")
        .execute();
      return rows.map(toRecord);
    },

    /** Entries of the tenant or the user whose value is any of the given addresses or domains. */
    async neverLogMatching(
      tenantId: string,
      userId: string,
      values: readonly string[],
    ): Promise<NeverLogRecord[]> {
      if (values.length === 0) return [];
      const rows = await neverLogOf(db, tenantId, userId, [...new Set(values)]);
      return rows.map(toRecord);
    },

    async neverLogById(tenantId: string, id: string): Promise<NeverLogRecord | undefined> {
      const r = await db
        .selectFrom("never_log")
        .selectAll()
        .where("tenant_id", "=", tenantId)
        .where("id", "=", id)
        .executeTakeFirst();
      return r === undefined ? undefined : toRecord(r);
    },

    /** Adds an entry; answers the existing one when the same value is already listed in that scope. */
    async addNeverLog(tenantId: string, entry: NeverLogRecord): Promise<NeverLogRecord> {
      const userId = entry.scope === "user" ? (entry.userId ?? "") : "";
      await db
        .insertInto("never_log")
        .values({
          tenant_id: tenantId,
          id: entry.id,
          value: entry.value,
          kind: entry.kind,
          scope: entry.scope,
          user_id: userId,
        })
        .onConflict((oc) => oc.columns(["tenant_id", "value", "scope", "user_id"]).doNothing())
        .execute();
      const stored = await db
        .selectFrom("never_log")
        .selectAll()
        .where("tenant_id", "=", tenantId)
        .where("value", "=", entry.value)
        .where("scope", "=", entry.scope)
        .where("user_id", "=", userId)
        .executeTakeFirstOrThrow();
      return toRecord(stored);
    },

    async removeNeverLog(tenantId: string, id: string): Promise<void> {
      await db.deleteFrom("never_log").where("tenant_id", "=", tenantId).where("id", "=", id).execute();
    },

    async internalDomains(tenantId: string): Promise<string[]> {
      const rows = await db
        .selectFrom("internal_domains")
        .select("domain")
        .where("tenant_id", "=", tenantId)
        .orderBy("domain")
        .execute();
      return rows.map((r) => r.domain);
    },

    async replaceInternalDomains(tenantId: string, domains: readonly string[]): Promise<void> {
      await db.deleteFrom("internal_domains").where("tenant_id", "=", tenantId).execute();
      const unique = [...new Set(domains)];
      if (unique.length > 0) {
        await db
          .insertInto("internal_domains")
          .values(unique.map((domain) => ({ tenant_id: tenantId, domain })))
          .execute();
      }
    },
  };
}
