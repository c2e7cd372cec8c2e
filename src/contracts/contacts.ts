import { Type, type Static } from "@sinclair/typebox";
import { Code, ContactNo, EmailAddress } from "./common";
import { FIELD_LIMITS } from "./field-limits";

export const ContactType = Type.Union([Type.Literal("person"), Type.Literal("company")]);
export type ContactType = Static<typeof ContactType>;

/** A contact [Contact] as the API shows it. */
export const Contact = Type.Object({
  no: ContactNo,
  type: ContactType,
  name: Type.String(),
  companyNo: Type.Optional(ContactNo),
  companyName: Type.Optional(Type.String()),
  email: Type.Optional(Type.String()),
  alternateEmails: Type.Array(Type.String()),
  domains: Type.Array(Type.String()),
  jobTitle: Type.Optional(Type.String()),
  phone: Type.Optional(Type.String()),
  salespersonCode: Type.Optional(Code),
  language: Type.Optional(Type.String()),
  privacyBlocked: Type.Boolean(),
});
export type Contact = Static<typeof Contact>;

/** Body of POST /contacts: create a contact, e.g. from an unknown participant. */
export const CreateContactRequest = Type.Object(
  {
    no: Type.Optional(ContactNo),
    type: ContactType,
    name: Type.String({ minLength: 1, maxLength: FIELD_LIMITS.name }),
    companyNo: Type.Optional(ContactNo),
    email: Type.Optional(EmailAddress),
    alternateEmails: Type.Optional(Type.Array(EmailAddress, { maxItems: 20 })),
    domains: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 253 }), { maxItems: 20 })),
    jobTitle: Type.Optional(Type.String({ maxLength: FIELD_LIMITS.jobTitle })),
    phone: Type.Optional(Type.String({ maxLength: 30 })),
    salespersonCode: Type.Optional(Code),
    language: Type.Optional(Type.String({ maxLength: 10 })),
    privacyBlocked: Type.Optional(Type.Boolean()),
    /** Create the contact even though its primary address already belongs to another (it then matches as ambiguous). */
    allowDuplicate: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type CreateContactRequest = Static<typeof CreateContactRequest>;

/** Body of PATCH /contacts/{no}: any subset of the editable fields. */
export const UpdateContactRequest = Type.Partial(
  Type.Omit(CreateContactRequest, ["no", "type", "allowDuplicate"]),
  {
    additionalProperties: false,
  },
);
export type UpdateContactRequest = Static<typeof UpdateContactRequest>;

export const ContactList = Type.Object({
  items: Type.Array(Contact),
  nextCursor: Type.Optional(Type.String()),
});
export type ContactList = Static<typeof ContactList>;

export const MatchKind = Type.Union([
  Type.Literal("email"),
  Type.Literal("alternate"),
  Type.Literal("domain"),
  Type.Literal("ambiguous"),
  Type.Literal("internal"),
  Type.Literal("excluded"),
  Type.Literal("none"),
]);
export type MatchKind = Static<typeof MatchKind>;

/** Body of POST /contacts/match. */
export const MatchRequest = Type.Object(
  { addresses: Type.Array(EmailAddress, { minItems: 1, maxItems: 500 }) },
  { additionalProperties: false },
);
export type MatchRequest = Static<typeof MatchRequest>;

export const ExclusionReason = Type.Union([Type.Literal("never_log"), Type.Literal("privacy_blocked")]);
export type ExclusionReason = Static<typeof ExclusionReason>;

/** One address's answer: how it matched, and the contact(s) it matched. */
export const AddressMatch = Type.Object({
  address: Type.String(),
  normalized: Type.Optional(Type.String()),
  kind: MatchKind,
  contacts: Type.Array(Contact),
  excludedReason: Type.Optional(ExclusionReason),
});
export type AddressMatch = Static<typeof AddressMatch>;

export const MatchResponse = Type.Object({ results: Type.Array(AddressMatch) });
export type MatchResponse = Static<typeof MatchResponse>;
