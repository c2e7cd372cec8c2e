import { Type, type Static } from "@sinclair/typebox";
import { Code, ContactNo } from "./common";
import { ReportDimension } from "./interactions";
import { InteractionTemplate } from "./reference-data";
import { FIELD_LIMITS } from "./field-limits";

/** Query of GET /contacts. */
export const ContactSearchQuery = Type.Object(
  { q: Type.String({ maxLength: FIELD_LIMITS.query }) },
  { additionalProperties: false },
);
export type ContactSearchQuery = Static<typeof ContactSearchQuery>;

/** Path of every /contacts/{no} call. */
export const ContactParams = Type.Object({ no: ContactNo });
export type ContactParams = Static<typeof ContactParams>;

/** A UTC calendar day, `2026-11-30`: the bounds of a date range, both inclusive. */
export const CalendarDay = Type.String({ format: "date", pattern: "^\\d{4}-\\d{2}-\\d{2}$" });

/** Which entries a canceled-aware query takes: the active ones, all of them, or only the canceled. */
export const CanceledFilter = Type.Union([
  Type.Literal("exclude"),
  Type.Literal("include"),
  Type.Literal("only"),
]);
export type CanceledFilter = Static<typeof CanceledFilter>;

/** Entries linked to an Opportunity No. or a Campaign No.: the entry list's and History's filters. */
const LinkFilters = {
  opportunity: Type.Optional(Type.String({ minLength: 1, maxLength: 20 })),
  campaign: Type.Optional(Type.String({ minLength: 1, maxLength: 20 })),
};

/** The filters History and its statistics share. */
const EntryFilters = {
  template: Type.Optional(Code),
  group: Type.Optional(Code),
  from: Type.Optional(CalendarDay),
  to: Type.Optional(CalendarDay),
};

/**
 * Query of GET /contacts/{no}/interactions: an opaque cursor from the previous page, and filters. Canceled
 * entries are listed (marked) unless `canceled=exclude`; postponed entries never are.
 */
export const HistoryQuery = Type.Object(
  {
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
    ...EntryFilters,
    ...LinkFilters,
    canceled: Type.Optional(CanceledFilter),
  },
  { additionalProperties: false },
);
export type HistoryQuery = Static<typeof HistoryQuery>;

/** Query of GET /contacts/{no}/statistics: the History filters; canceled entries count only when asked. */
export const StatisticsQuery = Type.Object(
  { ...EntryFilters, canceled: Type.Optional(CanceledFilter) },
  { additionalProperties: false },
);
export type StatisticsQuery = Static<typeof StatisticsQuery>;

/** Query of GET /statistics: the report's dimension and date range. */
export const ReportQuery = Type.Object(
  { by: ReportDimension, from: Type.Optional(CalendarDay), to: Type.Optional(CalendarDay) },
  { additionalProperties: false },
);
export type ReportQuery = Static<typeof ReportQuery>;

/**
 * Query of GET /interactions, the entry list: filters, newest first, an opaque keyset cursor. Canceled
 * entries are listed unless `canceled=exclude`; `postponed=true` lists only the caller's own postponed
 * entries (drafts), which are otherwise never listed.
 */
export const EntryListQuery = Type.Object(
  {
    contact: Type.Optional(ContactNo),
    company: Type.Optional(ContactNo),
    ...EntryFilters,
    salesperson: Type.Optional(Code),
    ...LinkFilters,
    canceled: Type.Optional(CanceledFilter),
    postponed: Type.Optional(Type.Boolean()),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
  },
  { additionalProperties: false },
);
export type EntryListQuery = Static<typeof EntryListQuery>;

/** Query of GET /logged-items: is this source item logged. */
export const SourceQuery = Type.Object(
  { source: Type.String({ minLength: 1, maxLength: FIELD_LIMITS.sourceText }) },
  { additionalProperties: false },
);
export type SourceQuery = Static<typeof SourceQuery>;

/** Path of /interactions/{entryNo}/… calls. */
export const EntryParams = Type.Object({ entryNo: Type.Integer({ minimum: 1 }) });
export type EntryParams = Static<typeof EntryParams>;

/** Path of /logged-items/{id}/… and /never-log/{id} calls. */
export const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: FIELD_LIMITS.id }) });
export type IdParams = Static<typeof IdParams>;

/** Path of /interaction-groups/{code} and /interaction-templates/{code}. */
export const CodeParams = Type.Object({ code: Code });
export type CodeParams = Static<typeof CodeParams>;

/** Body of PUT /interaction-groups/{code}. */
export const PutGroupRequest = Type.Object(
  { description: Type.String({ maxLength: FIELD_LIMITS.description }) },
  { additionalProperties: false },
);
export type PutGroupRequest = Static<typeof PutGroupRequest>;

/** Body of PUT /interaction-templates/{code}: the template without its code (the path names it). */
export const PutTemplateRequest = Type.Omit(InteractionTemplate, ["code"], { additionalProperties: false });
export type PutTemplateRequest = Static<typeof PutTemplateRequest>;

/** Body of PUT /template-setup/{eventKind}: null clears the event's template. */
export const PutTemplateSetupRequest = Type.Object(
  { templateCode: Type.Union([Code, Type.Null()]) },
  { additionalProperties: false },
);
export type PutTemplateSetupRequest = Static<typeof PutTemplateSetupRequest>;

/** The tenant's internal domains: colleagues there are never contacts (GET/PUT /internal-domains). */
export const InternalDomainList = Type.Object(
  { items: Type.Array(Type.String({ minLength: 1, maxLength: 253 }), { maxItems: 200 }) },
  { additionalProperties: false },
);
export type InternalDomainList = Static<typeof InternalDomainList>;

/** Answer of DELETE /interactions/canceled. */
export const DeleteCanceledResponse = Type.Object({ deleted: Type.Integer() });
export type DeleteCanceledResponse = Static<typeof DeleteCanceledResponse>;

/** Answer of GET /health. */
export const HealthResponse = Type.Object({ status: Type.Literal("ok"), database: Type.String() });
export type HealthResponse = Static<typeof HealthResponse>;
