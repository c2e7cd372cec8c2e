import type { StoreErrorBody, StoreErrorCode } from "../contracts";

interface CatalogueEntry {
  status: number;
  message: string;
}

/** The one catalogue of the store's coded errors: HTTP status and default message per code. */
export const STORE_ERRORS: Readonly<Record<StoreErrorCode, CatalogueEntry>> = {
  STORE_VALIDATION: { status: 400, message: "The request is not valid." },
  STORE_BAD_REQUEST: { status: 400, message: "The request is not well-formed HTTP." },
  STORE_URI_TOO_LONG: { status: 414, message: "The request address, or a part of it, is too long." },
  STORE_HEADERS_TOO_LARGE: { status: 431, message: "The request headers are too large." },
  STORE_REQUEST_TIMEOUT: { status: 408, message: "The request took too long to arrive." },
  STORE_BODY_TOO_LARGE: { status: 413, message: "The request body is too large." },
  STORE_UNSUPPORTED_MEDIA_TYPE: { status: 415, message: "The request body must be JSON." },
  STORE_IDEMPOTENCY_KEY_REQUIRED: { status: 400, message: "An Idempotency-Key header is required." },
  STORE_IDEMPOTENCY_MISMATCH: {
    status: 409,
    message: "This Idempotency-Key was used with another request body.",
  },
  STORE_IDEMPOTENCY_IN_PROGRESS: {
    status: 409,
    message: "A request with this Idempotency-Key is still in progress.",
  },
  STORE_UNAUTHENTICATED: { status: 401, message: "Sign-in is required." },
  STORE_TOKEN_EXPIRED: { status: 401, message: "The access token has expired." },
  STORE_FORBIDDEN: { status: 403, message: "This account may not use this store." },
  STORE_ADMIN_ONLY: { status: 403, message: "Only an administrator can make this change." },
  STORE_MANAGER_ONLY: { status: 403, message: "Only a manager or an administrator can read this." },
  STORE_NOT_ENTRY_OWNER: {
    status: 403,
    message: "Only a manager or an administrator can change another user's entries.",
  },
  STORE_HOST_NOT_ALLOWED: {
    status: 421,
    message: "This store answers only on its loopback address (localhost, 127.0.0.1 or [::1]).",
  },
  STORE_ORIGIN_NOT_ALLOWED: {
    status: 403,
    message: "Changes are accepted only from this store's own pages.",
  },
  STORE_NOT_FOUND: { status: 404, message: "Not found." },
  STORE_CONTACT_NOT_FOUND: { status: 422, message: "A contact in the request does not exist." },
  STORE_CONTACT_EXISTS: { status: 409, message: "A contact with this number already exists." },
  STORE_CONTACT_EMAIL_EXISTS: {
    status: 409,
    message: "A contact with this email address already exists.",
  },
  STORE_CONTACT_PRIVACY_BLOCKED: {
    status: 422,
    message: "A contact in the request is privacy-blocked and is never logged.",
  },
  STORE_CONTACT_NEVER_LOG: {
    status: 422,
    message: "A contact in the request has an address on the never-log list.",
  },
  STORE_CONTACT_HAS_DRAFTS: {
    status: 409,
    message: "The contact has open drafts; resume or delete them first.",
  },
  STORE_SOURCE_KEY_RESERVED: {
    status: 422,
    message: "This source kind or key is reserved for another path of the store.",
  },
  STORE_NOT_A_DRAFT: { status: 409, message: "This is not a draft: some of its entries are logged." },
  STORE_SEGMENT_EXISTS: { status: 409, message: "A segment with this number already exists." },
  STORE_ENTRY_HAS_TODO: { status: 409, message: "This entry has a follow-up already." },
  STORE_TODO_CLOSED: { status: 409, message: "This follow-up is completed already." },
  STORE_TODO_TARGET: {
    status: 422,
    message: "A follow-up names its entry by entryNo or sourceKey, exactly one.",
  },
  STORE_UNKNOWN_TEMPLATE: { status: 422, message: "The interaction template does not exist." },
  STORE_TEMPLATE_BLOCKED: { status: 422, message: "The interaction template is blocked." },
  STORE_UNKNOWN_GROUP: { status: 422, message: "The interaction group does not exist." },
  STORE_NO_TEMPLATE_FOR_EVENT: { status: 422, message: "Template setup names no template for this event." },
  STORE_UNKNOWN_OPPORTUNITY: { status: 422, message: "The opportunity does not exist." },
  STORE_UNKNOWN_CAMPAIGN: { status: 422, message: "The campaign does not exist." },
  STORE_OPPORTUNITY_NOT_OF_CONTACTS: {
    status: 422,
    message: "The opportunity belongs to none of the entry's contacts or their companies.",
  },
  STORE_NO_CONTACTS: { status: 422, message: "No contact to log this interaction for." },
  STORE_MANUAL_CONTACTS_ONLY: {
    status: 422,
    message: "A manual interaction names its contacts by number; participants belong to emails and meetings.",
  },
  STORE_USER_SETUP_DUPLICATE: { status: 422, message: "A user appears more than once in the user setup." },
  STORE_ENTRY_NOT_CANCELED: { status: 409, message: "Only canceled entries can be deleted." },
  STORE_ALREADY_CANCELED: { status: 409, message: "This is canceled already." },
  STORE_NOT_CANCELED: { status: 409, message: "This entry is not canceled; there is nothing to restore." },
  STORE_LOGGED_ITEM_CANCELED: {
    status: 409,
    message: "The entry's logged item is canceled, so the entry cannot be restored alone.",
  },
  STORE_LOGGED_AGAIN: {
    status: 409,
    message: "The item was logged to this contact again since; that entry is the active one.",
  },
  STORE_INVALID_CURSOR: { status: 400, message: "The cursor is not valid." },
  STORE_IMPORT_INVALID: { status: 422, message: "The import file is not valid." },
  STORE_PRECONDITION_FAILED: { status: 412, message: "The resource has changed." },
  STORE_RATE_LIMITED: { status: 429, message: "Too many requests; try again shortly." },
  STORE_UNAVAILABLE: { status: 503, message: "The store is unavailable." },
  STORE_OVERLOADED: { status: 503, message: "The store is too busy right now; try again shortly." },
  STORE_INTERNAL: { status: 500, message: "Something went wrong in the store." },
};

/** A coded failure on its way to the one error handler, which answers it as `{ error: { code, … } }`. */
export class StoreError extends Error {
  readonly status: number;
  constructor(
    readonly code: StoreErrorCode,
    message?: string,
    readonly details?: unknown,
    /** For 429 and 503: when to come back, sent as Retry-After. */
    readonly options: { retryAfterSeconds?: number } = {},
  ) {
    super(message ?? STORE_ERRORS[code].message);
    this.name = "StoreError";
    this.status = STORE_ERRORS[code].status;
  }

  toBody(): StoreErrorBody {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.details === undefined ? {} : { details: this.details }),
      },
    };
  }
}

/** A failure a service answered with: the code, a message when the default says too little, and details. */
export interface ServiceFailure {
  code: StoreErrorCode;
  message?: string;
  details?: unknown;
}
