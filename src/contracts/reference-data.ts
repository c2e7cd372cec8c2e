import { Type, type Static } from "@sinclair/typebox";
import { Code, CorrespondenceType, InformationFlow, InitiatedBy } from "./common";
import { FIELD_LIMITS } from "./field-limits";

/** [Interaction Group] */
export const InteractionGroup = Type.Object({
  code: Code,
  description: Type.String({ maxLength: FIELD_LIMITS.description }),
});
export type InteractionGroup = Static<typeof InteractionGroup>;

/** [Interaction Template]: the defaults copied into each entry. */
export const InteractionTemplate = Type.Object({
  code: Code,
  groupCode: Code,
  description: Type.String({ maxLength: FIELD_LIMITS.description }),
  unitCostLcy: Type.Number({ minimum: 0 }),
  unitDurationMin: Type.Number({ minimum: 0 }),
  informationFlow: InformationFlow,
  initiatedBy: InitiatedBy,
  correspondenceType: CorrespondenceType,
  blocked: Type.Boolean(),
});
export type InteractionTemplate = Static<typeof InteractionTemplate>;

/** The events template setup maps to templates [Interaction Template Setup]. */
export const EVENT_KINDS = [
  "email",
  "email_draft",
  "meeting_invitation",
  "outgoing_call",
  "cover_sheet",
  "sales_quote",
  "sales_blanket_order",
  "sales_order_confirmation",
  "sales_invoice",
  "sales_draft_invoice",
  "sales_credit_memo",
  "sales_shipment",
  "sales_statement",
  "sales_reminder",
  "sales_finance_charge_memo",
  "sales_return_order",
  "sales_return_receipt",
  "purchase_quote",
  "purchase_blanket_order",
  "purchase_order",
  "purchase_invoice",
  "purchase_credit_memo",
  "purchase_receipt",
  "purchase_return_order_confirmation",
  "purchase_return_shipment",
  "service_order_create",
  "service_order_post",
  "service_contract",
  "service_contract_quote",
  "service_quote",
] as const;
export const EventKind = Type.Union(EVENT_KINDS.map((k) => Type.Literal(k)));
export type EventKind = (typeof EVENT_KINDS)[number];

/** The events that are documents (sales, purchase, service): what POST /document-events records. */
export const DOCUMENT_EVENT_KINDS = EVENT_KINDS.filter((k) => /^(sales|purchase|service)_/.test(k));
export const DocumentEventKind = Type.Union(DOCUMENT_EVENT_KINDS.map((k) => Type.Literal(k)));

export const TemplateSetupRow = Type.Object({
  eventKind: EventKind,
  templateCode: Type.Union([Code, Type.Null()]),
});
export type TemplateSetupRow = Static<typeof TemplateSetupRow>;

export const GroupList = Type.Object({ items: Type.Array(InteractionGroup) });
export type GroupList = Static<typeof GroupList>;
export const TemplateList = Type.Object({ items: Type.Array(InteractionTemplate) });
export type TemplateList = Static<typeof TemplateList>;
export const TemplateSetup = Type.Object({ items: Type.Array(TemplateSetupRow) });
export type TemplateSetup = Static<typeof TemplateSetup>;

/** Never-log list entries: an address or a whole domain, for the tenant or for one user. */
export const NeverLogEntry = Type.Object({
  id: Type.Optional(Type.String()),
  value: Type.String({ minLength: 1, maxLength: 320 }),
  kind: Type.Union([Type.Literal("address"), Type.Literal("domain")]),
  scope: Type.Union([Type.Literal("tenant"), Type.Literal("user")]),
});
export type NeverLogEntry = Static<typeof NeverLogEntry>;
export const NeverLogList = Type.Object({ items: Type.Array(NeverLogEntry) });
export type NeverLogList = Static<typeof NeverLogList>;

/**
 * The tenant's policy for automatic logging on send, set by an administrator; what it means for each
 * user's *Log sent mail automatically* switch (src/domain/auto-log-policy.ts):
 * - `off`: nothing is logged on send; the switch is shown disabled, saying the organisation turned it off.
 * - `suggest` (the default): each user chooses; the switch is off until they turn it on.
 * - `on`: on for everyone who has not chosen; a user may still turn it off for themselves (opt out).
 */
export const AutoLogPolicy = Type.Union([Type.Literal("off"), Type.Literal("suggest"), Type.Literal("on")]);
export type AutoLogPolicy = Static<typeof AutoLogPolicy>;

/**
 * The tenant's settings as PUT /tenant-settings takes them, replacing what was there: the local currency
 * amounts are in (LCY Code; absent clears it) and the automatic-logging policy (absent: `suggest`).
 */
export const TenantSettings = Type.Object(
  {
    localCurrencyCode: Type.Optional(Type.String({ pattern: "^[A-Z]{3}$" })),
    autoLogPolicy: Type.Optional(AutoLogPolicy),
  },
  { additionalProperties: false },
);
export type TenantSettings = Static<typeof TenantSettings>;

/** The tenant's settings as GET and PUT /tenant-settings answer them: the policy is always given. */
export const TenantSettingsAnswer = Type.Object(
  {
    localCurrencyCode: Type.Optional(Type.String({ pattern: "^[A-Z]{3}$" })),
    autoLogPolicy: AutoLogPolicy,
  },
  { additionalProperties: false },
);
export type TenantSettingsAnswer = Static<typeof TenantSettingsAnswer>;
