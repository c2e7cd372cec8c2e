import type {
  InteractionTemplate,
  LogInteractionRequest,
  LogInteractionResponse,
  SkippedParticipant,
  SourceKind,
} from "../../contracts";
import { fail, ok, type Result } from "../../domain/result";
import { isLoggedMatch, skipReasonOf } from "../../domain/skip-reason";
import type { Principal } from "../auth/principal";
import type { LoggingContact } from "../db/repositories/contact-repository";
import type { Repositories } from "../db/repositories/create-repositories";
import type { ServiceFailure } from "../errors";
import { classifyAddresses } from "./match-contacts";
import { refuseUnknownLinks } from "./check-entry-links";
import { refuseUnloggable } from "./refuse-unloggable";
import { refuseStoreOwnedSource } from "./source-namespace";
import { loggingSalesperson } from "./user-setup-service";
import { resolveTemplate, writeLoggedItem } from "./write-logged-item";

/** Template setup's event for a source kind when the request names no template. */
const EVENT_FOR_SOURCE: Partial<Record<SourceKind, string>> = {
  email: "email",
  meeting: "meeting_invitation",
};

interface Recipients {
  contacts: LoggingContact[];
  unmatched: string[];
  excluded: string[];
  skipped: SkippedParticipant[];
}

/**
 * Contacts given by number must all exist; participants match by exact or alternate address only. What
 * is refused says which numbers are missing, or why each participant was skipped, in its details.
 */
async function resolveRecipients(
  repos: Repositories,
  principal: Principal,
  request: LogInteractionRequest,
): Promise<Result<Recipients, ServiceFailure>> {
  const given = [...new Set(request.contacts ?? [])];
  const found = await repos.contacts.findForLogging(principal.tenantId, given);
  const missing = given.filter((no) => !found.some((c) => c.no === no));
  if (missing.length > 0) {
    return fail({
      code: "STORE_CONTACT_NOT_FOUND",
      message: `Unknown contact(s): ${missing.join(", ")}.`,
      details: { missing },
    });
  }
  const unmatched: string[] = [];
  const excluded: string[] = [];
  const skipped: SkippedParticipant[] = [];
  const matchedNos: string[] = [];
  const participants = request.participants ?? [];
  const [loggable, outcomes] = await Promise.all([
    refuseUnloggable(repos, principal, found),
    participants.length === 0
      ? []
      : classifyAddresses(
          repos,
          principal,
          participants.map((p) => p.email),
        ),
  ]);
  if (!loggable.ok) return loggable;
  for (const o of outcomes) {
    if (isLoggedMatch(o.kind)) matchedNos.push(...o.contactNos);
    else if (o.kind === "internal") continue;
    else {
      (o.kind === "excluded" ? excluded : unmatched).push(o.address);
      skipped.push({ address: o.address, reason: skipReasonOf(o) });
    }
  }
  const extra = [...new Set(matchedNos)].filter((no) => !given.includes(no));
  const contacts = [...found, ...(await repos.contacts.findForLogging(principal.tenantId, extra))];
  if (contacts.length === 0) return fail({ code: "STORE_NO_CONTACTS", details: { skipped } });
  return ok({ contacts, unmatched, excluded, skipped });
}

function meetingMinutes(request: LogInteractionRequest): number | undefined {
  if (request.source.kind !== "meeting" || request.source.endAt === undefined) return undefined;
  const minutes = (Date.parse(request.source.endAt) - Date.parse(request.source.occurredAt)) / 60_000;
  return minutes >= 0 ? Math.round(minutes) : undefined;
}

/** Whom a log writes to and with which template: decided by reads before the writing transaction. */
export interface LogTargets {
  template: InteractionTemplate;
  recipients: Recipients;
  /** The request's code, else the logging user's (user setup); absent: each contact's own. */
  salespersonCode: string | undefined;
}

/** A manual interaction (a call, a letter, a visit) has no message: it names its contacts by number. */
function refuseManualParticipants(request: LogInteractionRequest): Result<void, ServiceFailure> {
  if (request.source.kind !== "manual") return ok(undefined);
  if (request.participants === undefined && (request.contacts?.length ?? 0) > 0) return ok(undefined);
  return fail({ code: "STORE_MANUAL_CONTACTS_ONLY" });
}

/**
 * POST /interactions, first half: the reads that decide what a log writes, the template and the
 * contacts, looked up side by side outside the transaction, so that it holds the writer only for the
 * writes. A refusal here writes nothing.
 */
export async function resolveLogTargets(
  repos: Repositories,
  principal: Principal,
  request: LogInteractionRequest,
): Promise<Result<LogTargets, ServiceFailure>> {
  const owned = refuseStoreOwnedSource(request.source);
  if (!owned.ok) return owned;
  const manual = refuseManualParticipants(request);
  if (!manual.ok) return manual;
  const [template, recipients, salespersonCode] = await Promise.all([
    resolveTemplate(repos, principal.tenantId, request.templateCode, EVENT_FOR_SOURCE[request.source.kind]),
    resolveRecipients(repos, principal, request),
    loggingSalesperson(repos, principal, request.salespersonCode),
  ]);
  if (!template.ok) return template;
  if (!recipients.ok) return recipients;
  const links = await refuseUnknownLinks(repos, principal.tenantId, request, recipients.value.contacts);
  if (!links.ok) return links;
  return ok({ template: template.value, recipients: recipients.value, salespersonCode });
}

/**
 * POST /interactions, second half: logs one source item to the contacts `resolveLogTargets` found, in
 * the route's transaction together with the idempotency key and its answer (answerOnce), so a retried
 * request replays the first answer and never writes twice. A retry that arrives after the first answer
 * committed is answered before either half runs (the key's early lookup), so an accepted request replays
 * even if it would not validate today.
 */
export async function logInteraction(
  repos: Repositories,
  principal: Principal,
  request: LogInteractionRequest,
  targets: LogTargets,
  now: Date,
): Promise<Result<LogInteractionResponse, ServiceFailure>> {
  const {
    source,
    contacts: _numbers,
    participants: _participants,
    templateCode: _code,
    salespersonCode: _named,
    ...fields
  } = request;
  const durationMin = request.durationMin ?? meetingMinutes(request);
  const written = await writeLoggedItem(
    repos,
    principal,
    {
      ...fields,
      source,
      template: targets.template,
      contacts: targets.recipients.contacts,
      ...(durationMin === undefined ? {} : { durationMin }),
      ...(targets.salespersonCode === undefined ? {} : { salespersonCode: targets.salespersonCode }),
    },
    now,
  );
  return ok({
    ...written,
    unmatched: targets.recipients.unmatched,
    excluded: targets.recipients.excluded,
    skipped: targets.recipients.skipped,
    template: { code: targets.template.code, description: targets.template.description },
  });
}
