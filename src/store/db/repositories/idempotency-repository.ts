import type { Kysely } from "kysely";
import type { Database, DialectName, IdempotencyKeysTable } from "../database";
import { insertRows } from "./insert-rows";
import { preparedQuery } from "./prepared-query";

const KEY_COLUMNS = [
  "tenant_id",
  "user_id",
  "key",
  "request_hash",
  "status_code",
  "response_json",
  "created_at",
] as const satisfies ReadonlyArray<keyof IdempotencyKeysTable>;

/** A key's owner: keys are per tenant and per user, so one user can never replay another's answer. */
export interface KeyOwner {
  tenantId: string;
  userId: string;
}

export interface IdempotencyRecord {
  requestHash: string;
  statusCode: number;
  /** Undefined for an answer without a body. */
  responseJson?: string;
}

const findKey = preparedQuery((db, tenantId: string, userId: string, key: string, since: string) =>
  db
    .selectFrom("idempotency_keys")
    .select(["request_hash", "status_code", "response_json"])
    .where("tenant_id", "=", tenantId)
    .where("user_id", "=", userId)
    .where("key", "=", key)
    .where("created_at", ">=", since),
);

/** Idempotency keys: the primary key (tenant_id, user_id, key) decides which of two racing requests writes. */
export function idempotencyRepository(db: Kysely<Database>, dialect: DialectName) {
  return {
    /** The key's record if it was stored at or after `since` (older ones have expired). */
    async find(owner: KeyOwner, key: string, since: string): Promise<IdempotencyRecord | undefined> {
      const [r] = await findKey(db, owner.tenantId, owner.userId, key, since);
      if (r === undefined) return undefined;
      return {
        requestHash: r.request_hash,
        statusCode: r.status_code,
        ...(r.response_json === null ? {} : { responseJson: r.response_json }),
      };
    },

    /**
     * Stores the key with the answer it gave, as the last write of its transaction; false when another
     * request holds or held the key and it has not expired (on PostgreSQL a racing holder is waited
     * for). An expired key is taken over. The caller then rolls its writes back and replays the holder's.
     */
    async record(
      owner: KeyOwner,
      key: string,
      requestHash: string,
      now: string,
      expiredBefore: string,
      answer: { statusCode: number; responseJson: string | null },
    ): Promise<boolean> {
      const row = {
        tenant_id: owner.tenantId,
        user_id: owner.userId,
        key,
        request_hash: requestHash,
        status_code: answer.statusCode,
        response_json: answer.responseJson,
        created_at: now,
      };
      // Raw SQL, not the query builder: every write of the API ends with this statement.
      const stored = await insertRows(db, dialect, "idempotency_keys", KEY_COLUMNS, [row], {
        text: (p) =>
          "on conflict (tenant_id, user_id, key) do update set request_hash = excluded.request_hash, " +
          "status_code = excluded.status_code, response_json = excluded.response_json, " +
          `created_at = excluded.created_at where idempotency_keys.created_at < ${p(0)} returning key`,
        params: [expiredBefore],
      });
      return stored.length > 0;
    },

    /** Deletes at most `limit` keys stored before `expiredBefore`, oldest first; answers how many went. */
    async sweep(expiredBefore: string, limit: number): Promise<number> {
      const r = await db
        .deleteFrom("idempotency_keys")
        .where((eb) =>
          eb(
            eb.refTuple("tenant_id", "user_id", "key"),
            "in",
            eb
              .selectFrom("idempotency_keys as old")
              .select(["old.tenant_id", "old.user_id", "old.key"])
              .where("old.created_at", "<", expiredBefore)
              .orderBy("old.created_at")
              .limit(limit)
              .$asTuple("tenant_id", "user_id", "key"),
          ),
        )
        .executeTakeFirst();
      return Number(r.numDeletedRows);
    },
  };
}
