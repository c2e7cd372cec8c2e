import type {
  AlreadyLogged,
  CorrespondenceType,
  Evaluation,
  InformationFlow,
  InitiatedBy,
  InteractionEntry,
  InteractionTemplate,
  LoggedItem,
  SourceKind,
} from "../../contracts";
import { truncateCodePoints } from "../../domain/code-point-length";
import { fail, ok, type Result } from "../../domain/result";
import type { Principal } from "../auth/principal";
import type { LoggingContact } from "../db/repositories/contact-repository";
import type { NewLoggedItem } from "../db/repositories/interaction-repository";
import type { Repositories } from "../db/repositories/create-repositories";
import type { ServiceFailure } from "../errors";
import { timeOrderedUuid } from "./time-ordered-uuid";
import { FIELD_LIMITS } from "../../contracts/field-limits";

/** What to log: the source item, the template whose defaults apply, the contacts, and explicit values. */
export interface ItemToLog {
  source: {
    kind: SourceKind;
    key: string;
    subject: string;
    occurredAt: string;
    webLink?: string;
    itemId?: string;
    conversationId?: string;
  };
  template: InteractionTemplate;
  contacts: readonly LoggingContact[];
  description?: string;
  evaluation?: Evaluation;
  attemptFailed?: boolean;
  costLcy?: number;
  durationMin?: number;
  informationFlow?: InformationFlow;
  initiatedBy?: InitiatedBy;
  correspondenceType?: CorrespondenceType;
  salespersonCode?: string;
  opportunityNo?: string;
  campaignNo?: string;
  campaignTarget?: boolean;
  campaignResponse?: boolean;
  segmentNo?: string;
  documentType?: string;
  documentNo?: string;
  postponed?: boolean;
}

export interface WrittenLog {
  loggedItem?: LoggedItem;
  entries: InteractionEntry[];
  alreadyLogged: AlreadyLogged[];
}

/** The canonical stored form of a time: ISO-8601 UTC with milliseconds, so text order is time order. */
export const toStoredTime = (iso: string): string => new Date(iso).toISOString();

/** The template named by code, or by template setup for an event; unknown or blocked is a failure. */
export async function resolveTemplate(
  repos: Repositories,
  tenantId: string,
  templateCode: string | undefined,
  eventKind: string | undefined,
): Promise<Result<InteractionTemplate, ServiceFailure>> {
  const code =
    templateCode ??
    (eventKind === undefined
      ? undefined
      : await repos.referenceData.templateCodeForEvent(tenantId, eventKind));
  if (code === undefined) return fail({ code: "STORE_NO_TEMPLATE_FOR_EVENT" });
  const template = await repos.referenceData.template(tenantId, code);
  if (template === undefined)
    return fail({ code: "STORE_UNKNOWN_TEMPLATE", message: `Interaction template ${code} does not exist.` });
  if (template.blocked)
    return fail({ code: "STORE_TEMPLATE_BLOCKED", message: `Interaction template ${code} is blocked.` });
  return ok(template);
}

const flag = (value: boolean | undefined): 0 | 1 => (value === true ? 1 : 0);

/** Amounts keep six decimals on both databases (PostgreSQL's numeric(19,6)), so an answer built from
 * what was written equals what a later read returns. */
const toStoredAmount = (value: number): number => Math.round(value * 1e6) / 1e6;

/**
 * Writes one logged item and one entry per contact, filling defaults from the template. Contacts that
 * already have a non-canceled entry for the source (logged by anyone) get none and are reported.
 * Runs inside the caller's transaction.
 */
export async function writeLoggedItem(
  repos: Repositories,
  principal: Principal,
  plan: ItemToLog,
  now: Date,
): Promise<WrittenLog> {
  const tenantId = principal.tenantId;
  const createdAt = now.toISOString();
  const occurredAt = toStoredTime(plan.source.occurredAt);
  const newItem: NewLoggedItem = {
    id: timeOrderedUuid(now.getTime()),
    source_key: plan.source.key,
    kind: plan.source.kind,
    subject: plan.source.subject,
    occurred_at: occurredAt,
    web_link: plan.source.webLink ?? null,
    item_id: plan.source.itemId ?? null,
    conversation_id: plan.source.conversationId ?? null,
    created_by: principal.userId,
    created_by_name: principal.userName,
    created_at: createdAt,
    canceled: 0,
  };
  const t = plan.template;
  // One order for every writer, so concurrent logs of one source wait on each other instead of deadlocking.
  const contacts = [...plan.contacts].sort((a, b) => (a.no < b.no ? -1 : a.no > b.no ? 1 : 0));
  const { item, entries } = await repos.interactions.insertLoggedEntries(
    tenantId,
    newItem,
    contacts.map((contact) => ({
      logged_item_id: newItem.id,
      source_key: plan.source.key,
      contact_no: contact.no,
      contact_company_no: contact.type === "company" ? contact.no : (contact.companyNo ?? null),
      template_code: t.code,
      group_code: t.groupCode,
      description: plan.description ?? truncateCodePoints(plan.source.subject, FIELD_LIMITS.description),
      subject: truncateCodePoints(plan.source.subject, FIELD_LIMITS.entrySubject),
      occurred_at: occurredAt,
      information_flow: plan.informationFlow ?? t.informationFlow,
      initiated_by: plan.initiatedBy ?? t.initiatedBy,
      cost_lcy: toStoredAmount(plan.costLcy ?? t.unitCostLcy),
      duration_min: toStoredAmount(plan.durationMin ?? t.unitDurationMin),
      evaluation: plan.evaluation ?? "none",
      attempt_failed: flag(plan.attemptFailed),
      correspondence_type: plan.correspondenceType ?? t.correspondenceType,
      salesperson_code: plan.salespersonCode ?? contact.salespersonCode ?? null,
      user_id: principal.userId,
      user_name: principal.userName,
      opportunity_no: plan.opportunityNo ?? null,
      campaign_no: plan.campaignNo ?? null,
      segment_no: plan.segmentNo ?? null,
      campaign_target: flag(plan.campaignTarget),
      campaign_response: flag(plan.campaignResponse),
      document_type: plan.documentType ?? null,
      document_no: plan.documentNo ?? null,
      todo_no: null,
      email_logged: flag(plan.source.kind === "email"),
      postponed: flag(plan.postponed),
      canceled: 0,
      created_at: createdAt,
    })),
    new Map(contacts.map((c) => [c.no, c.name])),
  );
  const writtenSet = new Set(entries.map((e) => e.contactNo));
  const skipped = contacts.map((c) => c.no).filter((no) => !writtenSet.has(no));
  const existing = await repos.interactions.activeEntriesForSource(tenantId, plan.source.key, skipped);
  const alreadyLogged: AlreadyLogged[] = existing.map((e) => ({
    contactNo: e.contactNo,
    entryNo: e.entryNo,
    loggedBy: e.userId,
    ...(e.userName === undefined ? {} : { loggedByName: e.userName }),
    loggedAt: e.createdAt,
  }));
  if (entries.length === 0) {
    // Nothing new: no empty logged item is left behind.
    await repos.interactions.deleteLoggedItem(tenantId, item.id);
    return { entries: [], alreadyLogged };
  }
  return { loggedItem: item, entries, alreadyLogged };
}
