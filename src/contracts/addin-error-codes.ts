import type { StoreErrorCode } from "./error-codes";

/**
 * Every coded failure the add-in itself produces (the store's are STORE_ERROR_CODES). Each has a sentence
 * in every language of the add-in, which is what the user sees: never the code.
 */
export const ADDIN_ERROR_CODES = [
  // The network and the store's HTTP answers (platform/http).
  "ADDIN_OFFLINE",
  "ADDIN_TIMEOUT",
  "ADDIN_HTTP_ERROR",
  // Signing in (platform/auth, the dev token, the store's 401).
  "ADDIN_UNAUTHENTICATED",
  "ADDIN_SIGN_IN_REQUIRED",
  "ADDIN_AUTH_FAILED",
  "ADDIN_AUTH_UNAVAILABLE",
  // Outlook (platform/office).
  "ADDIN_NO_ITEM",
  "ADDIN_OFFICE_ASYNC_FAILED",
  "ADDIN_UNSUPPORTED_HOST",
  "ADDIN_REQUIREMENT_MISSING",
  "ADDIN_SETTINGS_SAVE_FAILED",
  // The outbox (platform/storage).
  "ADDIN_OUTBOX_UNAVAILABLE",
  "ADDIN_OUTBOX_FULL",
  // What the user asked for cannot be done as asked (use-cases, forms).
  "ADDIN_NO_SOURCE_KEY",
  "ADDIN_DRAFT_MARK_UNSUPPORTED",
  "ADDIN_DRAFT_MARK_FAILED",
  "ADDIN_NO_CONTACTS",
  "ADDIN_INVALID_EMAIL",
  "ADDIN_INVALID_NEVER_LOG_VALUE",
  "ADDIN_INVALID_NUMBER",
  "ADDIN_INVALID_DATE",
  "ADDIN_TEMPLATE_REQUIRED",
  "ADDIN_NAME_REQUIRED",
  // Why the on-send handler did not queue an automatic log (reported, never blocking the send).
  "ADDIN_SKIP_AUTO_LOG_OFF",
  "ADDIN_SKIP_PRIVATE",
  "ADDIN_SKIP_NO_EXTERNAL_PARTICIPANT",
  "ADDIN_SKIP_NO_SOURCE_KEY",
  "ADDIN_SKIP_AUTO_LOG_POLICY_OFF",
  "ADDIN_SKIP_INTERNAL_ONLY",
  "ADDIN_SKIP_NO_KNOWN_CONTACT",
  "ADDIN_SKIP_REPLY_IN_LOGGED_THREAD",
  "ADDIN_ON_SEND_TIMEOUT",
  "ADDIN_ON_SEND_FAILED",
  // A bug caught at the edge (the ribbon command): said as such, never as its stack.
  "ADDIN_UNEXPECTED",
] as const;

export type AddinErrorCode = (typeof ADDIN_ERROR_CODES)[number];

/** Any code a failure the user meets may carry: the add-in's own or the store's. */
export type FailureCode = AddinErrorCode | StoreErrorCode;
