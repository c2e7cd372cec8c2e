/** Every coded error the store answers with; the add-in maps them to messages. */
export const STORE_ERROR_CODES = [
  "STORE_VALIDATION",
  "STORE_BAD_REQUEST",
  "STORE_URI_TOO_LONG",
  "STORE_HEADERS_TOO_LARGE",
  "STORE_REQUEST_TIMEOUT",
  "STORE_BODY_TOO_LARGE",
  "STORE_UNSUPPORTED_MEDIA_TYPE",
  "STORE_IDEMPOTENCY_KEY_REQUIRED",
  "STORE_IDEMPOTENCY_MISMATCH",
  "STORE_IDEMPOTENCY_IN_PROGRESS",
  "STORE_UNAUTHENTICATED",
  "STORE_TOKEN_EXPIRED",
  "STORE_FORBIDDEN",
  "STORE_ADMIN_ONLY",
  "STORE_MANAGER_ONLY",
  "STORE_NOT_ENTRY_OWNER",
  "STORE_HOST_NOT_ALLOWED",
  "STORE_ORIGIN_NOT_ALLOWED",
  "STORE_NOT_FOUND",
  "STORE_CONTACT_NOT_FOUND",
  "STORE_CONTACT_EXISTS",
  "STORE_CONTACT_EMAIL_EXISTS",
  "STORE_UNKNOWN_TEMPLATE",
  "STORE_TEMPLATE_BLOCKED",
  "STORE_UNKNOWN_GROUP",
  "STORE_NO_TEMPLATE_FOR_EVENT",
  "STORE_NO_CONTACTS",
  "STORE_ENTRY_NOT_CANCELED",
  "STORE_ALREADY_CANCELED",
  "STORE_NOT_CANCELED",
  "STORE_LOGGED_ITEM_CANCELED",
  "STORE_LOGGED_AGAIN",
  "STORE_INVALID_CURSOR",
  "STORE_IMPORT_INVALID",
  "STORE_PRECONDITION_FAILED",
  "STORE_RATE_LIMITED",
  "STORE_UNAVAILABLE",
  "STORE_OVERLOADED",
  "STORE_INTERNAL",
] as const;

export type StoreErrorCode = (typeof STORE_ERROR_CODES)[number];

/** The body of every non-2xx answer of the store. */
export interface StoreErrorBody {
  error: {
    code: StoreErrorCode;
    message: string;
    details?: unknown;
  };
}

/** Validation details: one entry per offending field, by JSON path. */
export interface FieldProblem {
  path: string;
  message: string;
}
