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

    /**
     * Stores the key with the answer it gave, as the last write of its transaction; false when another
     * request holds or held the key (on PostgreSQL a racing holder is waited for). The caller then rolls
     * its writes back and replays the holder's answer.
     */
    async record(
      tenantId: string,
      key: string,
      requestHash: string,
      now: string,
      answer: { statusCode: number; responseJson: string },
    ): Promise<boolean> {
      const inserted = await db
        .insertInto("idempotency_keys")
        .values({
          tenant_id: tenantId,
          key,
          request_hash: requestHash,
          status_code: answer.statusCode,
          response_json: answer.responseJson,
          created_at: now,
        })
        .onConflict((oc) => oc.columns(["tenant_id", "key"]).doNothing())
        .returning("key")
        .executeTakeFirst();
      return inserted !== undefined;
    },
  };
}

export type IdempotencyRepository = ReturnType<typeof idempotencyRepository>;
