import type { Kysely } from "kysely";
import type { Database } from "../database";

export interface IdempotencyRecord {
  requestHash: string;
  statusCode?: number;
  responseJson?: string;
}

/** Idempotency keys: the primary key (tenant_id, key) decides which of two racing requests writes. */
export function idempotencyRepository(db: Kysely<Database>) {
  return {
    async find(tenantId: string, key: string): Promise<IdempotencyRecord | undefined> {
      const r = await db
        .selectFrom("idempotency_keys")
        .select(["request_hash", "status_code", "response_json"])
        .where("tenant_id", "=", tenantId)
        .where("key", "=", key)
        .executeTakeFirst();
      if (r === undefined) return undefined;
      return {
        requestHash: r.request_hash,
        ...(r.status_code === null ? {} : { statusCode: r.status_code }),
        ...(r.response_json === null ? {} : { responseJson: r.response_json }),
      };
    },

    /** Takes the key for this transaction; false when another request holds or held it. */
    async claim(tenantId: string, key: string, requestHash: string, now: string): Promise<boolean> {
      const inserted = await db
        .insertInto("idempotency_keys")
        .values({
          tenant_id: tenantId,
          key,
          request_hash: requestHash,
          status_code: null,
          response_json: null,
          created_at: now,
        })
        .onConflict((oc) => oc.columns(["tenant_id", "key"]).doNothing())
        .returning("key")
        .executeTakeFirst();
      return inserted !== undefined;
    },

    async complete(tenantId: string, key: string, statusCode: number, responseJson: string): Promise<void> {
      await db
        .updateTable("idempotency_keys")
        .set({ status_code: statusCode, response_json: responseJson })
        .where("tenant_id", "=", tenantId)
        .where("key", "=", key)
        .execute();
    },
  };
}

export type IdempotencyRepository = ReturnType<typeof idempotencyRepository>;
