import { Type, type Static } from "@sinclair/typebox";
import { Code, ContactNo, EmailAddress } from "./common";
import { ContactType } from "./contacts";
import { FIELD_LIMITS } from "./field-limits";

/** One contact of a JSON import: the API's contact fields, with the company by number or by name. */
export const ImportContact = Type.Object(
  {
    no: Type.Optional(ContactNo),
    type: Type.Optional(ContactType),
    name: Type.String({ maxLength: 200 }),
    companyNo: Type.Optional(ContactNo),
    companyName: Type.Optional(Type.String({ maxLength: 200 })),
    email: Type.Optional(EmailAddress),
    alternateEmails: Type.Optional(Type.Array(EmailAddress, { maxItems: 20 })),
    domains: Type.Optional(Type.Array(Type.String({ maxLength: 253 }), { maxItems: 20 })),
    jobTitle: Type.Optional(Type.String({ maxLength: 200 })),
    phone: Type.Optional(Type.String({ maxLength: FIELD_LIMITS.phone })),
    salespersonCode: Type.Optional(Code),
    language: Type.Optional(Type.String({ maxLength: 10 })),
  },
  { additionalProperties: false },
);
export type ImportContact = Static<typeof ImportContact>;

/** Body of POST /import/contacts as JSON; CSV (text/csv) and vCard (text/vcard) bodies are the file itself. */
export const ImportContactsRequest = Type.Object(
  { contacts: Type.Array(ImportContact, { minItems: 1, maxItems: 50_000 }) },
  { additionalProperties: false },
);
export type ImportContactsRequest = Static<typeof ImportContactsRequest>;

/** Answer of POST /import/contacts: counts, and every refused row (line, or index + 1 for JSON) with why. */
export const ImportContactsResponse = Type.Object({
  format: Type.Union([Type.Literal("csv"), Type.Literal("vcard"), Type.Literal("json")]),
  imported: Type.Integer(),
  updated: Type.Integer(),
  unchanged: Type.Integer(),
  companiesCreated: Type.Integer(),
  rejected: Type.Array(Type.Object({ row: Type.Integer(), reason: Type.String() })),
});
export type ImportContactsResponse = Static<typeof ImportContactsResponse>;

/** Query of GET /export: the interaction log with Business Central field names. */
export const ExportQuery = Type.Object(
  {
    format: Type.Optional(Type.Union([Type.Literal("csv"), Type.Literal("json")])),
    /** Resume a broken download: the last `Entry No.` received; the export continues after it. */
    cursor: Type.Optional(Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER })),
    /** Postponed entries (drafts) are exported only when asked for. */
    postponed: Type.Optional(Type.Boolean()),
    /** The entries (default), or their comment lines [Inter. Log Entry Comment Line] in a file of their own. */
    part: Type.Optional(Type.Union([Type.Literal("entries"), Type.Literal("comments")])),
  },
  { additionalProperties: false },
);
export type ExportQuery = Static<typeof ExportQuery>;

/** GET /contacts/{no}/export: one contact's data on request, every entry (drafts and canceled ones too). */
export const ContactExportQuery = Type.Object(
  { format: Type.Optional(Type.Union([Type.Literal("csv"), Type.Literal("json")])) },
  { additionalProperties: false },
);
export type ContactExportQuery = Static<typeof ContactExportQuery>;

/** Answer of POST /contacts/{no}/erase: the contact's personal data is gone; its entries stay, anonymised. */
export const ContactErasure = Type.Object({
  contactNo: Type.String(),
  entriesAnonymised: Type.Integer(),
  loggedItemsAnonymised: Type.Integer(),
  /** Comment lines on its entries, removed: users' free text may name the person. */
  commentLinesRemoved: Type.Integer(),
  /** Its follow-ups (to-dos), kept with their dates but without their description. */
  followUpsAnonymised: Type.Integer(),
});
export type ContactErasure = Static<typeof ContactErasure>;

/** Body of POST /dev/token (dev auth only): sign in as a demo user. */
export const DevTokenRequest = Type.Object(
  {
    user: EmailAddress,
    tenant: Type.Optional(Type.String({ minLength: 1, maxLength: 64, pattern: "^[A-Za-z0-9_.-]+$" })),
    role: Type.Optional(Type.Union([Type.Literal("user"), Type.Literal("manager"), Type.Literal("admin")])),
    name: Type.Optional(Type.String({ minLength: 1, maxLength: FIELD_LIMITS.name })),
  },
  { additionalProperties: false },
);
export type DevTokenRequest = Static<typeof DevTokenRequest>;

export const DevTokenResponse = Type.Object({ token: Type.String() });
export type DevTokenResponse = Static<typeof DevTokenResponse>;
