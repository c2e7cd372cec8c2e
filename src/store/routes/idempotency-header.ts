import { Type } from "@sinclair/typebox";

const description = (required: boolean) =>
  `${required ? "Required" : "Optional"}: a key of your own (a fresh UUID per action, up to 200 characters, ` +
  "never trimmed, never reused for another request). A retry with the same key and the same request gets " +
  "the first answer again (with `Idempotent-Replayed: true`) and changes nothing; the same key with " +
  "another request is 409 STORE_IDEMPOTENCY_MISMATCH. Keys belong to the caller (tenant and user) and " +
  "expire after 24 hours (TOUCHPOINT_IDEMPOTENCY_TTL_HOURS).";

const key = (required: boolean) =>
  Type.String({ minLength: 1, maxLength: 200, description: description(required) });

/** The Idempotency-Key header of POST /interactions (a missing one is STORE_IDEMPOTENCY_KEY_REQUIRED). */
export const IDEMPOTENCY_KEY_REQUIRED = Type.Object({ "idempotency-key": key(true) });

/** The Idempotency-Key header every other change takes. */
export const IDEMPOTENCY_KEY_OPTIONAL = Type.Object({ "idempotency-key": Type.Optional(key(false)) });
