import type { Draft, DraftList, ResumeDraftRequest } from "../../contracts";
import { fail, ok, type Result } from "../../domain/result";
import type { Principal } from "../auth/principal";
import type { Repositories } from "../db/repositories/create-repositories";
import type { ResumedFields } from "../db/repositories/draft-repository";
import type { ServiceFailure } from "../errors";
import { mayChangeEntriesOf } from "./authorize";
import { recordChanges } from "./record-changes";
import { refuseUnknownLinks } from "./check-entry-links";
import { refuseUnloggable } from "./refuse-unloggable";
import { loggingSalesperson } from "./user-setup-service";
import { resolveTemplate } from "./write-logged-item";

const DEFAULT_LIMIT = 50;

/** GET /drafts: the caller's own postponed interactions, each a logged item with its entries. */
export async function listDrafts(
  repos: Repositories,
  principal: Principal,
  limit = DEFAULT_LIMIT,
): Promise<DraftList> {
  const items = await repos.drafts.draftsOf(principal.tenantId, principal.userId, limit);
  const entries = await repos.drafts.entriesOf(
    principal.tenantId,
    items.map((i) => i.id),
  );
  return {
    items: items.map((item) => ({ item, entries: entries.filter((e) => e.loggedItemId === item.id) })),
  };
}

/** The logged item as a draft this caller may change: it exists, is theirs (or they manage), and is a draft. */
async function changeableDraft(
  repos: Repositories,
  principal: Principal,
  id: string,
): Promise<Result<Draft, ServiceFailure>> {
  const item = await repos.interactions.loggedItem(principal.tenantId, id);
  if (item === undefined) return fail({ code: "STORE_NOT_FOUND", message: `Logged item ${id} not found.` });
  const allowed = mayChangeEntriesOf(principal, item.createdBy);
  if (!allowed.ok) return allowed;
  const entries = await repos.interactions.entriesOfLoggedItem(principal.tenantId, id);
  if (item.canceled || entries.length === 0 || entries.some((e) => !e.postponed)) {
    return fail({ code: "STORE_NOT_A_DRAFT", message: `Logged item ${id} is not a draft.` });
  }
  return ok({ item, entries });
}

const amount = (value: number): number => Math.round(value * 1e6) / 1e6;

/** The entry columns a resume sets: what the request gives, and a new template's defaults for the rest. */
async function resumedFields(
  repos: Repositories,
  tenantId: string,
  request: ResumeDraftRequest,
): Promise<Result<ResumedFields, ServiceFailure>> {
  const fields: ResumedFields = {};
  if (request.templateCode !== undefined) {
    const template = await resolveTemplate(repos, tenantId, request.templateCode, undefined);
    if (!template.ok) return template;
    const t = template.value;
    Object.assign(fields, {
      template_code: t.code,
      group_code: t.groupCode,
      cost_lcy: amount(t.unitCostLcy),
      duration_min: amount(t.unitDurationMin),
      information_flow: t.informationFlow,
      initiated_by: t.initiatedBy,
      correspondence_type: t.correspondenceType,
    });
  }
  const r = request;
  if (r.description !== undefined) fields.description = r.description;
  if (r.evaluation !== undefined) fields.evaluation = r.evaluation;
  if (r.attemptFailed !== undefined) fields.attempt_failed = r.attemptFailed ? 1 : 0;
  if (r.costLcy !== undefined) fields.cost_lcy = amount(r.costLcy);
  if (r.durationMin !== undefined) fields.duration_min = amount(r.durationMin);
  if (r.informationFlow !== undefined) fields.information_flow = r.informationFlow;
  if (r.initiatedBy !== undefined) fields.initiated_by = r.initiatedBy;
  if (r.correspondenceType !== undefined) fields.correspondence_type = r.correspondenceType;
  if (r.opportunityNo !== undefined) fields.opportunity_no = r.opportunityNo;
  if (r.campaignNo !== undefined) fields.campaign_no = r.campaignNo;
  if (r.campaignTarget !== undefined) fields.campaign_target = r.campaignTarget ? 1 : 0;
  if (r.campaignResponse !== undefined) fields.campaign_response = r.campaignResponse ? 1 : 0;
  return ok(fields);
}

/**
 * POST /logged-items/{id}/resume: fills in what the draft missed and clears postponed on every entry, in
 * place — the same logged item, the same entry numbers, never a new entry — counting them into the
 * statistics in the same transaction. A contact that became privacy-blocked or never-log meanwhile
 * refuses the resume. Resuming what is no longer a draft is a 409 (a retry under its key replays).
 */
export async function resumeDraft(
  repos: Repositories,
  principal: Principal,
  id: string,
  request: ResumeDraftRequest,
  now: Date,
): Promise<Result<Draft, ServiceFailure>> {
  const draft = await changeableDraft(repos, principal, id);
  if (!draft.ok) return draft;
  const contacts = await repos.contacts.findForLogging(
    principal.tenantId,
    draft.value.entries.map((e) => e.contactNo),
  );
  const loggable = await refuseUnloggable(repos, principal, contacts);
  if (!loggable.ok) return loggable;
  const links = await refuseUnknownLinks(repos, principal.tenantId, request, contacts);
  if (!links.ok) return links;
  const fields = await resumedFields(repos, principal.tenantId, request);
  if (!fields.ok) return fields;
  // The resuming user logs the draft: their salesperson (or the code the request names) replaces the
  // one it was postponed with; with neither, the entries keep theirs.
  const salesperson = await loggingSalesperson(repos, principal, request.salespersonCode);
  if (salesperson !== undefined) fields.value.salesperson_code = salesperson;
  await repos.drafts.resume(principal.tenantId, id, fields.value);
  const entries = await repos.interactions.entriesOfLoggedItem(principal.tenantId, id);
  const change = { action: "logged_item.resume" as const, entityType: "logged_item", entityId: id };
  await recordChanges(repos, principal, [{ ...change, before: draft.value.entries, after: entries }], now);
  return ok({ item: draft.value.item, entries });
}

/** DELETE /logged-items/{id}: a draft (every entry postponed) is deleted with its entries; audited. */
export async function deleteDraft(
  repos: Repositories,
  principal: Principal,
  id: string,
  now: Date,
): Promise<Result<void, ServiceFailure>> {
  const draft = await changeableDraft(repos, principal, id);
  if (!draft.ok) return draft;
  const entries = await repos.interactions.entriesOfLoggedItem(principal.tenantId, id);
  await repos.drafts.deleteDraft(principal.tenantId, id);
  await repos.todos.forgetEntries(
    principal.tenantId,
    entries.map((e) => e.entryNo),
  );
  const before: Draft = draft.value;
  const change = { action: "logged_item.delete_draft" as const, entityType: "logged_item", entityId: id };
  await recordChanges(repos, principal, [{ ...change, before }], now);
  return ok(undefined);
}
