import type { EventKind, InteractionGroup, InteractionTemplate, TemplateSetupRow } from "../../contracts";

/** Business Central's demo interaction groups. */
export const DEMO_GROUPS: readonly InteractionGroup[] = [
  { code: "LETTER", description: "Letters" },
  { code: "MEETING", description: "Meetings" },
  { code: "PHONE", description: "Telephone conversations" },
  { code: "SALES", description: "Sales documents" },
  { code: "PURCHASES", description: "Purchase documents" },
  { code: "SERVICE", description: "Service documents" },
  { code: "SYSTEM", description: "System generated entries" },
];

type Row = [
  code: string,
  group: string,
  description: string,
  cost: number,
  minutes: number,
  flow: "outbound" | "inbound",
  by: "us" | "them" | "none",
];

const ROWS: Row[] = [
  ["ABSTRACT", "LETTER", "Abstracts of meeting", 8, 90, "outbound", "none"],
  ["BUS", "LETTER", "Business letter", 8, 30, "outbound", "us"],
  ["GOLF", "LETTER", "Golf event", 8, 1, "outbound", "us"],
  ["INCOME", "PHONE", "Incoming phone call", 0, 15, "inbound", "them"],
  ["OUTGOING", "PHONE", "Outgoing phone call", 1, 15, "outbound", "us"],
  ["INHOUSE", "MEETING", "Meeting held at our office", 25, 120, "outbound", "us"],
  ["ONSITE", "MEETING", "Meeting at the customer's site", 45, 180, "outbound", "us"],
  ["EMAIL", "SYSTEM", "Emails", 8, 1, "outbound", "us"],
  ["EMAIL_D", "SYSTEM", "Email draft", 8, 1, "outbound", "us"],
  ["MEETINV", "SYSTEM", "Meeting invitation", 8, 1, "outbound", "us"],
  ["COVERSH", "SYSTEM", "Cover sheet", 8, 1, "outbound", "us"],
  ["S_QUOTE", "SALES", "Sales Quote", 8, 1, "outbound", "us"],
  ["S_B_ORDER", "SALES", "Blanket Sales Order", 8, 1, "outbound", "us"],
  ["S_ORDER_CF", "SALES", "Order Confirmation", 8, 1, "outbound", "us"],
  ["S_INVOICE", "SALES", "Sales Invoice", 8, 1, "outbound", "us"],
  ["S_DRAFT_IN", "SALES", "Draft Sales Invoice", 8, 1, "outbound", "us"],
  ["S_C_MEMO", "SALES", "Sales Credit Memo", 8, 1, "outbound", "us"],
  ["S_SHIP", "SALES", "Shipment Note", 8, 1, "outbound", "us"],
  ["S_STATM", "SALES", "Statement", 8, 1, "outbound", "us"],
  ["S_REMIND", "SALES", "Reminder", 8, 1, "outbound", "us"],
  ["S_FIN_CHG", "SALES", "Finance Charge Memo", 8, 1, "outbound", "us"],
  ["S_RET_ORD", "SALES", "Sales Return Order", 8, 1, "outbound", "us"],
  ["S_RET_RCP", "SALES", "Sales Return Receipt", 8, 1, "outbound", "us"],
  ["P_QUOTE", "PURCHASES", "Purchase Quote", 8, 1, "outbound", "us"],
  ["P_B_ORDER", "PURCHASES", "Blanket Purchase Order", 8, 1, "outbound", "us"],
  ["P_ORDER", "PURCHASES", "Purchase Order", 8, 1, "outbound", "us"],
  ["P_INVOICE", "PURCHASES", "Purchase Invoice", 8, 1, "outbound", "us"],
  ["P_C_MEMO", "PURCHASES", "Purchase Credit Memo", 8, 1, "outbound", "us"],
  ["P_RECEIPT", "PURCHASES", "Purchase Receipt", 8, 1, "outbound", "us"],
  ["P_RT_ORD_C", "PURCHASES", "Return Order Confirmation", 8, 1, "outbound", "us"],
  ["P_RT_SHIP", "PURCHASES", "Purchase Return Shipment", 8, 1, "outbound", "us"],
  ["SV_ORD_CR", "SERVICE", "Service Order Create", 8, 1, "outbound", "us"],
  ["SV_ORD_PST", "SERVICE", "Service Order Post", 8, 1, "outbound", "us"],
  ["SV_CONTR", "SERVICE", "Service Contract", 8, 1, "outbound", "us"],
  ["SV_CONTR_Q", "SERVICE", "Service Contract Quote", 8, 1, "outbound", "us"],
  ["SV_QUOTE", "SERVICE", "Service Quote", 8, 1, "outbound", "us"],
];

/** Templates whose entries are emails by nature; the rest leave the correspondence type blank. */
const EMAIL_TEMPLATES = new Set(["EMAIL", "EMAIL_D", "MEETINV"]);

/** Business Central's demo interaction templates (domain.md): codes, costs, minutes and flows exactly. */
export const DEMO_TEMPLATES: readonly InteractionTemplate[] = ROWS.map(
  ([code, groupCode, description, unitCostLcy, unitDurationMin, informationFlow, initiatedBy]) => ({
    code,
    groupCode,
    description,
    unitCostLcy,
    unitDurationMin,
    informationFlow,
    initiatedBy,
    correspondenceType: EMAIL_TEMPLATES.has(code) ? "email" : "none",
    blocked: false,
  }),
);

/** Every event of template setup has its template, service documents included. */
const SETUP: Record<EventKind, string> = {
  email: "EMAIL",
  email_draft: "EMAIL_D",
  meeting_invitation: "MEETINV",
  outgoing_call: "OUTGOING",
  cover_sheet: "COVERSH",
  sales_quote: "S_QUOTE",
  sales_blanket_order: "S_B_ORDER",
  sales_order_confirmation: "S_ORDER_CF",
  sales_invoice: "S_INVOICE",
  sales_draft_invoice: "S_DRAFT_IN",
  sales_credit_memo: "S_C_MEMO",
  sales_shipment: "S_SHIP",
  sales_statement: "S_STATM",
  sales_reminder: "S_REMIND",
  sales_finance_charge_memo: "S_FIN_CHG",
  sales_return_order: "S_RET_ORD",
  sales_return_receipt: "S_RET_RCP",
  purchase_quote: "P_QUOTE",
  purchase_blanket_order: "P_B_ORDER",
  purchase_order: "P_ORDER",
  purchase_invoice: "P_INVOICE",
  purchase_credit_memo: "P_C_MEMO",
  purchase_receipt: "P_RECEIPT",
  purchase_return_order_confirmation: "P_RT_ORD_C",
  purchase_return_shipment: "P_RT_SHIP",
  service_order_create: "SV_ORD_CR",
  service_order_post: "SV_ORD_PST",
  service_contract: "SV_CONTR",
  service_contract_quote: "SV_CONTR_Q",
  service_quote: "SV_QUOTE",
};

/** Template setup: each event kind to its template. */
export const DEMO_TEMPLATE_SETUP: readonly TemplateSetupRow[] = Object.entries(SETUP).map(
  ([eventKind, templateCode]) => ({ eventKind: eventKind as EventKind, templateCode }),
);

/** The demo company's local currency (LCY Code): CRONUS keeps its books in US dollars. */
export const DEMO_CURRENCY = "USD";
