import { Type, type Static } from "@sinclair/typebox";
import { Code, ContactNo, EmailAddress, IsoDateTime } from "./common";
import { AlreadyLogged, InteractionEntry, LoggedItem, Source } from "./interactions";
import { FIELD_LIMITS } from "./field-limits";
import { EntryLinkFields } from "./sales-links";

/** A segment's number, as Business Central writes them (SM00001). */
export const SegmentNo = Type.String({ minLength: 1, maxLength: 20, pattern: "^[A-Z0-9_.\\-]+$" });

/** [Segment Line] */
export const SegmentLine = Type.Object({
  lineNo: Type.Integer(),
  contactNo: ContactNo,
  contactName: Type.Optional(Type.String()),
  contactCompanyNo: Type.Optional(Type.String()),
});
export type SegmentLine = Static<typeof SegmentLine>;

/** [Segment Header] with its lines. */
export const Segment = Type.Object({
  no: SegmentNo,
  description: Type.String(),
  salespersonCode: Type.Optional(Type.String()),
  createdBy: Type.String(),
  createdAt: IsoDateTime,
  lines: Type.Array(SegmentLine),
});
export type Segment = Static<typeof Segment>;

export const SegmentList = Type.Object({
  items: Type.Array(Type.Omit(Segment, ["lines"])),
});
export type SegmentList = Static<typeof SegmentList>;

export const SegmentParams = Type.Object({ no: SegmentNo });
export const SegmentLineParams = Type.Object({ no: SegmentNo, lineNo: Type.Integer({ minimum: 1 }) });

/**
 * Where a segment's lines come from; every source may be combined. `contacts` by number, `companyNo`
 * the company's people, `csv` a file with a `Contact No.` or an `E-Mail` column, `addresses` the open
 * item's participants (exact and alternate addresses only, as a log matches them).
 */
export const SegmentLineSources = {
  contacts: Type.Optional(Type.Array(ContactNo, { maxItems: 5000 })),
  companyNo: Type.Optional(ContactNo),
  csv: Type.Optional(Type.String({ maxLength: 1_000_000 })),
  addresses: Type.Optional(Type.Array(EmailAddress, { maxItems: 500 })),
};

export const CreateSegmentRequest = Type.Object(
  {
    no: SegmentNo,
    description: Type.String({ minLength: 1, maxLength: FIELD_LIMITS.description }),
    salespersonCode: Type.Optional(Code),
    ...SegmentLineSources,
  },
  { additionalProperties: false },
);
export type CreateSegmentRequest = Static<typeof CreateSegmentRequest>;

export const UpdateSegmentRequest = Type.Object(
  {
    description: Type.Optional(Type.String({ minLength: 1, maxLength: FIELD_LIMITS.description })),
    salespersonCode: Type.Optional(Type.Union([Code, Type.Null()])),
  },
  { additionalProperties: false },
);
export type UpdateSegmentRequest = Static<typeof UpdateSegmentRequest>;

export const AddSegmentLinesRequest = Type.Object(SegmentLineSources, { additionalProperties: false });
export type AddSegmentLinesRequest = Static<typeof AddSegmentLinesRequest>;

/** What could not become a line: an address or CSV row that matched no single contact, or an unknown number. */
export const UnmatchedLine = Type.Object({ value: Type.String(), reason: Type.String() });
export type UnmatchedLine = Static<typeof UnmatchedLine>;

export const SegmentLinesResponse = Type.Object({
  segment: Segment,
  added: Type.Array(SegmentLine),
  unmatched: Type.Array(UnmatchedLine),
});
export type SegmentLinesResponse = Static<typeof SegmentLinesResponse>;

/** Body of POST /segments/{no}/log: one template for every line; an optional source item to log. */
export const LogSegmentRequest = Type.Object(
  {
    templateCode: Code,
    description: Type.String({ minLength: 1, maxLength: FIELD_LIMITS.description }),
    occurredAt: Type.Optional(IsoDateTime),
    /** The email or meeting sent to the segment: lines already logged for it are skipped. */
    source: Type.Optional(Type.Omit(Source, ["endAt"])),
    /** [Segment Header] Campaign No., Campaign Target, Campaign Response: copied into every entry. */
    campaignNo: EntryLinkFields.campaignNo,
    campaignTarget: EntryLinkFields.campaignTarget,
    campaignResponse: EntryLinkFields.campaignResponse,
  },
  { additionalProperties: false },
);
export type LogSegmentRequest = Static<typeof LogSegmentRequest>;

/** Why a segment line got no entry. */
export const SegmentSkipReason = Type.Union([
  Type.Literal("already_logged"),
  Type.Literal("privacy_blocked"),
  Type.Literal("never_log"),
]);

/** [Logged Segment] as the API shows it. */
export const LoggedSegment = Type.Object({
  id: Type.String(),
  segmentNo: SegmentNo,
  loggedItemId: Type.String(),
  templateCode: Code,
  description: Type.String(),
  createdBy: Type.String(),
  createdAt: IsoDateTime,
  canceled: Type.Boolean(),
  entries: Type.Integer(),
});
export type LoggedSegment = Static<typeof LoggedSegment>;

export const LogSegmentResponse = Type.Object({
  loggedSegment: Type.Optional(LoggedSegment),
  loggedItem: Type.Optional(LoggedItem),
  entries: Type.Array(InteractionEntry),
  alreadyLogged: Type.Array(AlreadyLogged),
  skipped: Type.Array(Type.Object({ contactNo: ContactNo, reason: SegmentSkipReason })),
});
export type LogSegmentResponse = Static<typeof LogSegmentResponse>;

export const LoggedSegmentList = Type.Object({ items: Type.Array(LoggedSegment) });
export type LoggedSegmentList = Static<typeof LoggedSegmentList>;
