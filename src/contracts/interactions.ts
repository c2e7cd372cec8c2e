import { Type, type Static } from "@sinclair/typebox";
import {
  Code,
  ContactNo,
  CorrespondenceType,
  EmailAddress,
  Evaluation,
  InformationFlow,
  InitiatedBy,
  IsoDateTime,
} from "./common";
import { DocumentEventKind } from "./reference-data";
import { FIELD_LIMITS } from "./field-limits";
import { EntryLinkFields } from "./sales-links";

export const SourceKind = Type.Union([
  Type.Literal("email"),
  Type.Literal("meeting"),
  Type.Literal("manual"),
  Type.Literal("document"),
  Type.Literal("segment"),
]);
export type SourceKind = Static<typeof SourceKind>;

/** The item being logged. `key` is the dedupe key across users (see domain/source-key). */
export const Source = Type.Object(
  {
    kind: SourceKind,
    key: Type.String({ minLength: 1, maxLength: FIELD_LIMITS.sourceText }),
    subject: Type.String({ maxLength: FIELD_LIMITS.sourceText }),
    occurredAt: IsoDateTime,
    endAt: Type.Optional(IsoDateTime),
    webLink: Type.Optional(Type.String({ maxLength: 2048 })),
    itemId: Type.Optional(Type.String({ maxLength: FIELD_LIMITS.sourceText })),
    /** The Outlook conversation (thread) of the item: the Log view offers its last opportunity. */
    conversationId: Type.Optional(Type.String({ maxLength: FIELD_LIMITS.sourceText })),
  },
  { additionalProperties: false },
);
export type Source = Static<typeof Source>;

export const ParticipantRole = Type.Union([
  Type.Literal("from"),
  Type.Literal("sender"),
  Type.Literal("to"),
  Type.Literal("cc"),
  Type.Literal("bcc"),
  Type.Literal("organizer"),
  Type.Literal("required"),
  Type.Literal("optional"),
]);
export type ParticipantRole = Static<typeof ParticipantRole>;

export const Participant = Type.Object(
  { email: EmailAddress, name: Type.Optional(Type.String({ maxLength: 320 })), role: ParticipantRole },
  { additionalProperties: false },
);
export type Participant = Static<typeof Participant>;

/**
 * An entry's own fields that a log sets, or a resume fills in (ResumeDraftRequest); absent ones come
 * from the template.
 */
export const ENTRY_FIELDS = {
  description: Type.Optional(Type.String({ maxLength: FIELD_LIMITS.description })),
  evaluation: Type.Optional(Evaluation),
  attemptFailed: Type.Optional(Type.Boolean()),
  costLcy: Type.Optional(Type.Number({ minimum: 0, maximum: 1e9 })),
  durationMin: Type.Optional(Type.Number({ minimum: 0, maximum: 525600 })),
  informationFlow: Type.Optional(InformationFlow),
  initiatedBy: Type.Optional(InitiatedBy),
  correspondenceType: Type.Optional(CorrespondenceType),
  salespersonCode: Type.Optional(Code),
};

/** Body of POST /interactions (with an Idempotency-Key header). */
export const LogInteractionRequest = Type.Object(
  {
    source: Source,
    /** Absent: the store takes template setup's template for the source kind (email, meeting). */
    templateCode: Type.Optional(Code),
    contacts: Type.Optional(Type.Array(ContactNo, { minItems: 1, maxItems: 500 })),
    participants: Type.Optional(Type.Array(Participant, { minItems: 1, maxItems: 500 })),
    ...ENTRY_FIELDS,
    ...EntryLinkFields,
    segmentNo: Type.Optional(Type.String({ maxLength: 20 })),
    postponed: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type LogInteractionRequest = Static<typeof LogInteractionRequest>;

/** [Interaction Log Entry] as the API shows it. */
export const InteractionEntry = Type.Object({
  entryNo: Type.Integer(),
  loggedItemId: Type.String(),
  contactNo: ContactNo,
  contactName: Type.Optional(Type.String()),
  contactCompanyNo: Type.Optional(ContactNo),
  templateCode: Code,
  groupCode: Code,
  description: Type.String(),
  subject: Type.String(),
  occurredAt: IsoDateTime,
  informationFlow: InformationFlow,
  initiatedBy: InitiatedBy,
  costLcy: Type.Number(),
  durationMin: Type.Number(),
  evaluation: Evaluation,
  attemptFailed: Type.Boolean(),
  correspondenceType: CorrespondenceType,
  salespersonCode: Type.Optional(Type.String()),
  userId: Type.String(),
  userName: Type.Optional(Type.String()),
  sourceKind: SourceKind,
  sourceKey: Type.String(),
  webLink: Type.Optional(Type.String()),
  itemId: Type.Optional(Type.String()),
  opportunityNo: Type.Optional(Type.String()),
  campaignNo: Type.Optional(Type.String()),
  segmentNo: Type.Optional(Type.String()),
  /** [Campaign Target], [Campaign Response]; absent in answers stored before they existed. */
  campaignTarget: Type.Optional(Type.Boolean()),
  campaignResponse: Type.Optional(Type.Boolean()),
  documentType: Type.Optional(Type.String()),
  documentNo: Type.Optional(Type.String()),
  /** [To-do No.]: the follow-up set on this entry. */
  todoNo: Type.Optional(Type.String()),
  emailLogged: Type.Boolean(),
  postponed: Type.Boolean(),
  canceled: Type.Boolean(),
  createdAt: IsoDateTime,
});
export type InteractionEntry = Static<typeof InteractionEntry>;

/** [Logged Segment + Attachment]: one row per logged source item. */
export const LoggedItem = Type.Object({
  id: Type.String(),
  sourceKind: SourceKind,
  sourceKey: Type.String(),
  subject: Type.String(),
  occurredAt: IsoDateTime,
  webLink: Type.Optional(Type.String()),
  itemId: Type.Optional(Type.String()),
  createdBy: Type.String(),
  createdByName: Type.Optional(Type.String()),
  createdAt: IsoDateTime,
  canceled: Type.Boolean(),
});
export type LoggedItem = Static<typeof LoggedItem>;

export const AlreadyLogged = Type.Object({
  contactNo: ContactNo,
  entryNo: Type.Integer(),
  loggedBy: Type.String(),
  loggedByName: Type.Optional(Type.String()),
  loggedAt: IsoDateTime,
});
export type AlreadyLogged = Static<typeof AlreadyLogged>;

/**
 * Why a participant got no entry: several contacts share the address (`ambiguous`, the user chooses),
 * only its company matched by domain (`domain`), nobody matched (`none`), it is not an address
 * (`invalid`), or it is excluded (`never_log`, `privacy_blocked`).
 */
export const SkipReason = Type.Union([
  Type.Literal("ambiguous"),
  Type.Literal("domain"),
  Type.Literal("none"),
  Type.Literal("invalid"),
  Type.Literal("never_log"),
  Type.Literal("privacy_blocked"),
]);
export type SkipReason = Static<typeof SkipReason>;

export const SkippedParticipant = Type.Object({ address: Type.String(), reason: SkipReason });
export type SkippedParticipant = Static<typeof SkippedParticipant>;

/**
 * Answer of POST /interactions: what was written, what was already there, what matched nothing.
 * `unmatched` and `excluded` list the participants without an entry; `skipped` says why for each of them.
 * `template` names the template the entries were written with, so a client without reference data can
 * say it. Both are absent in answers stored before they existed (an idempotent replay).
 */
export const LogInteractionResponse = Type.Object({
  loggedItem: Type.Optional(LoggedItem),
  entries: Type.Array(InteractionEntry),
  alreadyLogged: Type.Array(AlreadyLogged),
  unmatched: Type.Array(Type.String()),
  excluded: Type.Array(Type.String()),
  skipped: Type.Optional(Type.Array(SkippedParticipant)),
  template: Type.Optional(Type.Object({ code: Code, description: Type.String() })),
});
export type LogInteractionResponse = Static<typeof LogInteractionResponse>;

/** Answer of GET /logged-items?source=: is this item logged, by whom, when, to whom. */
export const SourceStatus = Type.Object({
  sourceKey: Type.String(),
  logged: Type.Boolean(),
  loggedItems: Type.Array(Type.Object({ item: LoggedItem, entries: Type.Array(InteractionEntry) })),
});
export type SourceStatus = Static<typeof SourceStatus>;

export const InteractionPage = Type.Object({
  items: Type.Array(InteractionEntry),
  nextCursor: Type.Optional(Type.String()),
});
export type InteractionPage = Static<typeof InteractionPage>;

/** Answer of GET /interactions: one page of the entry list and the cursor of the next. */
export const EntryList = Type.Object({
  entries: Type.Array(InteractionEntry),
  nextCursor: Type.Optional(Type.String()),
});
export type EntryList = Static<typeof EntryList>;

export const EvaluateRequest = Type.Object({ evaluation: Evaluation }, { additionalProperties: false });
export type EvaluateRequest = Static<typeof EvaluateRequest>;

/** Count, failed attempts, cost and duration of a set of entries. */
const FigureFields = {
  count: Type.Integer(),
  failed: Type.Integer(),
  costLcy: Type.Number(),
  durationMin: Type.Number(),
};

/**
 * [Contact Statistics], maintained rather than recounted. A person's own entries; for a company, every entry
 * whose Contact Company No. is the company (its people's and its own). Canceled entries count only when the
 * query asks for them; postponed entries never count.
 */
export const ContactStatistics = Type.Object({
  contactNo: ContactNo,
  scope: Type.Union([Type.Literal("contact"), Type.Literal("company")]),
  ...FigureFields,
  lastInteractionAt: Type.Optional(IsoDateTime),
  lastAttemptAt: Type.Optional(IsoDateTime),
  byTemplate: Type.Array(Type.Object({ templateCode: Code, ...FigureFields })),
  byGroup: Type.Array(Type.Object({ groupCode: Code, ...FigureFields })),
  byMonth: Type.Array(Type.Object({ month: Type.String({ pattern: "^\\d{4}-\\d{2}$" }), ...FigureFields })),
});
export type ContactStatistics = Static<typeof ContactStatistics>;

/** A tenant-wide dimension the statistics report is split by. */
export const ReportDimension = Type.Union([
  Type.Literal("template"),
  Type.Literal("group"),
  Type.Literal("salesperson"),
]);
export type ReportDimension = Static<typeof ReportDimension>;

/** Answer of GET /statistics: active entries per template, group or salesperson over a date range. */
export const StatisticsReport = Type.Object({
  by: ReportDimension,
  from: Type.Optional(Type.String()),
  to: Type.Optional(Type.String()),
  items: Type.Array(
    Type.Object({
      key: Type.String(),
      description: Type.Optional(Type.String()),
      ...FigureFields,
      /** Share of entries whose attempt did not fail, 0…1. */
      successRate: Type.Number(),
    }),
  ),
  totals: Type.Object({ ...FigureFields, successRate: Type.Number() }),
});
export type StatisticsReport = Static<typeof StatisticsReport>;

/**
 * Body of POST /document-events: a sales/purchase/service document sent or printed. `occurredAt` is the
 * document's date (and time), which the entry takes: a document recorded later keeps its own date.
 */
export const DocumentEventRequest = Type.Object(
  {
    eventKind: DocumentEventKind,
    documentType: Type.String({ minLength: 1, maxLength: 60 }),
    documentNo: Type.String({ minLength: 1, maxLength: 20 }),
    contactNo: ContactNo,
    occurredAt: IsoDateTime,
    description: Type.Optional(Type.String({ maxLength: FIELD_LIMITS.description })),
    salespersonCode: Type.Optional(Code),
    email: Type.Optional(EmailAddress),
    ...EntryLinkFields,
  },
  { additionalProperties: false },
);
export type DocumentEventRequest = Static<typeof DocumentEventRequest>;
