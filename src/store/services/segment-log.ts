import type {
  LoggedSegment,
  LoggedSegmentList,
  LogSegmentRequest,
  LogSegmentResponse,
} from "../../contracts";
import { fail, ok, type Result } from "../../domain/result";
import type { Principal } from "../auth/principal";
import type { Repositories } from "../db/repositories/create-repositories";
import type { ServiceFailure } from "../errors";
import { mayChangeEntriesOf } from "./authorize";
import { refuseUnknownLinks } from "./check-entry-links";
import { recordChanges } from "./record-changes";
import { unloggableContacts } from "./refuse-unloggable";
import { refuseStoreOwnedSource, segmentSourceKey } from "./source-namespace";
import { timeOrderedUuid } from "./time-ordered-uuid";
import { loggingSalesperson } from "./user-setup-service";
import { resolveTemplate, writeLoggedItem } from "./write-logged-item";

/**
 * POST /segments/{no}/log [Log Segment]: one entry per line with one template, under one logged item
 * and one logged segment, in the caller's one transaction (with its Idempotency-Key) — all or nothing.
 * Lines whose contact is privacy-blocked or never-log, and lines already logged for the source (when
 * the log names the email or meeting sent to the segment), get no entry and are reported, each.
 */
export async function logSegment(
  repos: Repositories,
  principal: Principal,
  no: string,
  request: LogSegmentRequest,
  now: Date,
): Promise<Result<LogSegmentResponse, ServiceFailure>> {
  if (request.source !== undefined) {
    const owned = refuseStoreOwnedSource(request.source);
    if (!owned.ok) return owned;
  }
  const [header, lines, template] = await Promise.all([
    repos.segments.header(principal.tenantId, no),
    repos.segments.lines(principal.tenantId, no),
    resolveTemplate(repos, principal.tenantId, request.templateCode, undefined),
  ]);
  if (header === undefined) return fail({ code: "STORE_NOT_FOUND", message: `Segment ${no} not found.` });
  if (!template.ok) return template;
  if (lines.length === 0) return fail({ code: "STORE_NO_CONTACTS", message: `Segment ${no} has no lines.` });
  const { campaignNo, campaignTarget, campaignResponse } = request;
  const links = await refuseUnknownLinks(repos, principal.tenantId, { campaignNo }, []);
  if (!links.ok) return links;
  const contacts = await repos.contacts.findForLogging(
    principal.tenantId,
    lines.map((l) => l.contactNo),
  );
  const [excluded, salespersonCode] = await Promise.all([
    unloggableContacts(repos, principal, contacts),
    loggingSalesperson(repos, principal, header.salespersonCode),
  ]);
  const id = timeOrderedUuid(now.getTime());
  const written = await writeLoggedItem(
    repos,
    principal,
    {
      source: {
        kind: request.source?.kind ?? "segment",
        key: request.source?.key ?? segmentSourceKey(no, id),
        subject: request.source?.subject ?? request.description,
        occurredAt: request.source?.occurredAt ?? request.occurredAt ?? now.toISOString(),
        ...(request.source?.webLink === undefined ? {} : { webLink: request.source.webLink }),
        ...(request.source?.itemId === undefined ? {} : { itemId: request.source.itemId }),
      },
      template: template.value,
      contacts: contacts.filter((c) => !excluded.has(c.no)),
      description: request.description,
      segmentNo: no,
      ...(campaignNo === undefined ? {} : { campaignNo }),
      ...(campaignTarget === undefined ? {} : { campaignTarget }),
      ...(campaignResponse === undefined ? {} : { campaignResponse }),
      ...(salespersonCode === undefined ? {} : { salespersonCode }),
    },
    now,
  );
  const skipped: LogSegmentResponse["skipped"] = [
    ...[...excluded].map(([contactNo, reason]) => ({ contactNo, reason })),
    ...written.alreadyLogged.map((a) => ({ contactNo: a.contactNo, reason: "already_logged" as const })),
  ].sort((a, b) => (a.contactNo < b.contactNo ? -1 : 1));
  if (written.loggedItem === undefined)
    return ok({ entries: [], alreadyLogged: written.alreadyLogged, skipped });
  const row = {
    id,
    segment_no: no,
    logged_item_id: written.loggedItem.id,
    template_code: template.value.code,
    description: request.description,
    created_by: principal.userId,
    created_at: now.toISOString(),
    canceled: 0 as const,
  };
  await repos.segments.insertLogged(principal.tenantId, row);
  const loggedSegment: LoggedSegment = {
    id,
    segmentNo: no,
    loggedItemId: row.logged_item_id,
    templateCode: row.template_code,
    description: row.description,
    createdBy: row.created_by,
    createdAt: row.created_at,
    canceled: false,
    entries: written.entries.length,
  };
  return ok({
    loggedSegment,
    loggedItem: written.loggedItem,
    entries: written.entries,
    alreadyLogged: written.alreadyLogged,
    skipped,
  });
}

/** GET /logged-segments: newest first, each with its count of active entries. */
export async function listLoggedSegments(
  repos: Repositories,
  principal: Principal,
  segmentNo: string | undefined,
  limit = 100,
): Promise<LoggedSegmentList> {
  return { items: await repos.segments.loggedList(principal.tenantId, segmentNo, limit) };
}

/**
 * POST /logged-segments/{id}/cancel [Cancel Logged Segment]: cancels the logged segment and every entry
 * it made, with their statistics moved to canceled in the same transaction. Twice is a 409. Audited.
 */
export async function cancelLoggedSegment(
  repos: Repositories,
  principal: Principal,
  id: string,
  now: Date,
): Promise<Result<LoggedSegment, ServiceFailure>> {
  const logged = await repos.segments.logged(principal.tenantId, id);
  if (logged === undefined)
    return fail({ code: "STORE_NOT_FOUND", message: `Logged segment ${id} not found.` });
  const allowed = mayChangeEntriesOf(principal, logged.createdBy);
  if (!allowed.ok) return allowed;
  if (!(await repos.segments.cancelLogged(principal.tenantId, id)))
    return fail({ code: "STORE_ALREADY_CANCELED" });
  await repos.interactions.cancelLoggedItem(principal.tenantId, logged.loggedItemId);
  const canceled = { ...logged, canceled: true, entries: 0 };
  const change = { action: "logged_segment.cancel" as const, entityType: "logged_segment", entityId: id };
  await recordChanges(repos, principal, [{ ...change, before: logged, after: canceled }], now);
  return ok(canceled);
}
