import type { CorrespondenceType, Evaluation, InformationFlow, InitiatedBy } from "../../contracts";
import type { EntryColumns } from "../db/repositories/entry-row";

/** The exported columns, in Business Central's order and with its field captions. */
export const INTERACTION_EXPORT_FIELDS = [
  "Entry No.",
  "Contact No.",
  "Contact Company No.",
  "Date",
  "Time of Interaction",
  "Description",
  "Subject",
  "Information Flow",
  "Initiated By",
  "Cost (LCY)",
  "Duration (Min.)",
  "User ID",
  "Interaction Group Code",
  "Interaction Template Code",
  "Evaluation",
  "Attempt Failed",
  "Salesperson Code",
  "Canceled",
  "Correspondence Type",
  "E-Mail Logged",
  "Postponed",
  "Opportunity No.",
  "Campaign No.",
  "Campaign Target",
  "Campaign Response",
  "Segment No.",
  "Document Type",
  "Document No.",
  "To-do No.",
] as const;

export type InteractionExportField = (typeof INTERACTION_EXPORT_FIELDS)[number];
export type InteractionExportRecord = Record<InteractionExportField, string | number | boolean>;

// Business Central's option captions; its blank option is an empty string.
const FLOW: Record<InformationFlow, string> = { outbound: "Outbound", inbound: "Inbound", none: "" };
const INITIATED_BY: Record<InitiatedBy, string> = { us: "Us", them: "Them", none: "" };
const CORRESPONDENCE: Record<CorrespondenceType, string> = {
  hard_copy: "Hard Copy",
  email: "Email",
  none: "",
};
const EVALUATION: Record<Evaluation, string> = {
  very_positive: "Very Positive",
  positive: "Positive",
  neutral: "Neutral",
  negative: "Negative",
  very_negative: "Very Negative",
  none: "",
};

/** One interaction log entry as Business Central names and formats its fields (date and time in UTC). */
export function toInteractionExportRecord(entry: EntryColumns): InteractionExportRecord {
  const at = new Date(entry.occurredAt);
  const iso = Number.isNaN(at.getTime()) ? "" : at.toISOString();
  return {
    "Entry No.": entry.entryNo,
    "Contact No.": entry.contactNo,
    "Contact Company No.": entry.contactCompanyNo ?? "",
    Date: iso.slice(0, 10),
    "Time of Interaction": iso.slice(11, 19),
    Description: entry.description,
    Subject: entry.subject,
    "Information Flow": FLOW[entry.informationFlow],
    "Initiated By": INITIATED_BY[entry.initiatedBy],
    "Cost (LCY)": entry.costLcy,
    "Duration (Min.)": entry.durationMin,
    "User ID": entry.userId,
    "Interaction Group Code": entry.groupCode,
    "Interaction Template Code": entry.templateCode,
    Evaluation: EVALUATION[entry.evaluation],
    "Attempt Failed": entry.attemptFailed,
    "Salesperson Code": entry.salespersonCode ?? "",
    Canceled: entry.canceled,
    "Correspondence Type": CORRESPONDENCE[entry.correspondenceType],
    "E-Mail Logged": entry.emailLogged,
    Postponed: entry.postponed,
    "Opportunity No.": entry.opportunityNo ?? "",
    "Campaign No.": entry.campaignNo ?? "",
    "Campaign Target": entry.campaignTarget === true,
    "Campaign Response": entry.campaignResponse === true,
    "Segment No.": entry.segmentNo ?? "",
    "Document Type": entry.documentType ?? "",
    "Document No.": entry.documentNo ?? "",
    "To-do No.": entry.todoNo ?? "",
  };
}
