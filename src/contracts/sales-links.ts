import { Type, type Static } from "@sinclair/typebox";
import { Code, ContactNo, IsoDateTime } from "./common";
import { FIELD_LIMITS } from "./field-limits";

/** A UTC calendar day, `2026-11-30` (as store-requests' CalendarDay; kept here to avoid an import cycle). */
const CalendarDay = Type.String({ format: "date", pattern: "^\\d{4}-\\d{2}-\\d{2}$" });

/** An opportunity's or a campaign's number, as Business Central writes them (OP000012, CP1001). */
export const SalesLinkNo = Type.String({ minLength: 1, maxLength: 20, pattern: "^[A-Za-z0-9_.\\-]+$" });

/** [Opportunity] Status. */
export const OPPORTUNITY_STATUSES = ["not_started", "in_progress", "won", "lost"] as const;
export const OpportunityStatus = Type.Union(OPPORTUNITY_STATUSES.map((s) => Type.Literal(s)));
export type OpportunityStatus = (typeof OPPORTUNITY_STATUSES)[number];

/** The fields an import gives for an [Opportunity]. */
const OpportunityFields = {
  no: SalesLinkNo,
  description: Type.String({ minLength: 1, maxLength: FIELD_LIMITS.description }),
  contactNo: ContactNo,
  /** Absent: the contact's company (or the contact itself when it is a company). */
  contactCompanyNo: Type.Optional(ContactNo),
  salespersonCode: Type.Optional(Code),
  status: OpportunityStatus,
  /** Current Sales Cycle Stage: the stage's number in its sales cycle. */
  salesCycleStage: Type.Optional(Type.Integer({ minimum: 0, maximum: 9999 })),
  salesCycleStageDescription: Type.Optional(Type.String({ maxLength: FIELD_LIMITS.description })),
  creationDate: Type.Optional(CalendarDay),
};

export const ImportOpportunity = Type.Object(OpportunityFields, { additionalProperties: false });
export type ImportOpportunity = Static<typeof ImportOpportunity>;

/** [Opportunity] as the API shows it; `lastInteractionAt` is its newest logged, active entry. */
export const Opportunity = Type.Object({
  ...OpportunityFields,
  lastInteractionAt: Type.Optional(IsoDateTime),
  /** With `conversation=`: the newest entry of that conversation linked to this opportunity. */
  conversationLoggedAt: Type.Optional(IsoDateTime),
});
export type Opportunity = Static<typeof Opportunity>;

/** [Campaign]; `status` is the tenant's Campaign Status code. */
export const Campaign = Type.Object(
  {
    no: SalesLinkNo,
    description: Type.String({ minLength: 1, maxLength: FIELD_LIMITS.description }),
    startingDate: Type.Optional(CalendarDay),
    endingDate: Type.Optional(CalendarDay),
    status: Type.Optional(Code),
  },
  { additionalProperties: false },
);
export type Campaign = Static<typeof Campaign>;

export const OpportunityList = Type.Object({ items: Type.Array(Opportunity) });
export type OpportunityList = Static<typeof OpportunityList>;
export const CampaignList = Type.Object({ items: Type.Array(Campaign) });
export type CampaignList = Static<typeof CampaignList>;

/**
 * Query of GET /opportunities: `contact` (repeatable) keeps the opportunities of those contacts and of
 * their companies; `open=true` only Not Started and In Progress ones; most recently active first.
 */
export const OpportunityListQuery = Type.Object(
  {
    contact: Type.Optional(Type.Array(ContactNo, { minItems: 1, maxItems: 100 })),
    status: Type.Optional(OpportunityStatus),
    open: Type.Optional(Type.Boolean()),
    salesperson: Type.Optional(Code),
    /** An Outlook conversation: each opportunity also says when an entry of it last named the opportunity. */
    conversation: Type.Optional(Type.String({ minLength: 1, maxLength: FIELD_LIMITS.sourceText })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
  },
  { additionalProperties: false },
);
export type OpportunityListQuery = Static<typeof OpportunityListQuery>;

/** Query of GET /campaigns: `current=true` keeps the campaigns running on `on` (default today, UTC). */
export const CampaignListQuery = Type.Object(
  {
    current: Type.Optional(Type.Boolean()),
    on: Type.Optional(CalendarDay),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
  },
  { additionalProperties: false },
);
export type CampaignListQuery = Static<typeof CampaignListQuery>;

export const SalesLinkParams = Type.Object({ no: SalesLinkNo });

/** JSON bodies of POST /opportunities/import and /campaigns/import; a CSV body (text/csv) is the file. */
export const ImportOpportunitiesRequest = Type.Object(
  { opportunities: Type.Array(ImportOpportunity, { minItems: 1, maxItems: 10_000 }) },
  { additionalProperties: false },
);
export type ImportOpportunitiesRequest = Static<typeof ImportOpportunitiesRequest>;
export const ImportCampaignsRequest = Type.Object(
  { campaigns: Type.Array(Campaign, { minItems: 1, maxItems: 10_000 }) },
  { additionalProperties: false },
);
export type ImportCampaignsRequest = Static<typeof ImportCampaignsRequest>;

/**
 * Answer of an opportunity or campaign import: what was new, what changed, what was already so.
 * `changed` is false when the file matched the store exactly (a re-import).
 */
export const SalesLinkImportResponse = Type.Object({
  format: Type.Union([Type.Literal("csv"), Type.Literal("json")]),
  imported: Type.Integer(),
  updated: Type.Integer(),
  unchanged: Type.Integer(),
  changed: Type.Boolean(),
});
export type SalesLinkImportResponse = Static<typeof SalesLinkImportResponse>;

/** What an entry links to, as every write path takes it: Opportunity No., Campaign No. and the flags. */
export const EntryLinkFields = {
  opportunityNo: Type.Optional(SalesLinkNo),
  campaignNo: Type.Optional(SalesLinkNo),
  campaignTarget: Type.Optional(Type.Boolean()),
  campaignResponse: Type.Optional(Type.Boolean()),
};
