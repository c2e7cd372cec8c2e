import type {
  InteractionTemplate,
  LogInteractionRequest,
  LogInteractionResponse,
  SkippedParticipant,
  SkipReason,
  SourceKind,
} from "../../contracts";
import { fail, ok, type Result } from "../../domain/result";
import type { Principal } from "../auth/principal";
import type { StoreDatabase } from "../db/create-database";
import type { LoggingContact } from "../db/repositories/contact-repository";
import type { Repositories } from "../db/repositories/create-repositories";
import type { ServiceFailure } from "../errors";
import { classifyAddresses, type AddressOutcome } from "./match-contacts";
import { refuseUnknownLinks } from "./check-entry-links";
import { refuseUnloggable } from "./refuse-unloggable";
import { refuseStoreOwnedSource } from "./source-namespace";
import { writeOnce, type IdempotencyClaim, type KeyPolicy, type OnceOutcome } from "./write-once";
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

/** Why a participant that matched no single contact by its address gets no entry. */
function skipReason(outcome: AddressOutcome): SkipReason {
  if (outcome.kind === "excluded") return outcome.excludedReason ?? "never_log";
  if (outcome.kind === "ambiguous" || outcome.kind === "domain") return outcome.kind;
  return outcome.normalized === undefined ? "invalid" : "none";
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
    if (o.kind === "email" || o.kind === "alternate") matchedNos.push(...o.contactNos);
    else if (o.kind === "internal") continue;
    else {
      (o.kind === "excluded" ? excluded : unmatched).push(o.address);
      skipped.push({ address: o.address, reason: skipReason(o) });
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

interface LogPlan {
  template: InteractionTemplate;
  recipients: Recipients;
}

/** The reads that decide what a log writes: the template and the contacts, looked up side by side. */
async function planLog(
  repos: Repositories,
  principal: Principal,
  request: LogInteractionRequest,
): Promise<Result<LogPlan, ServiceFailure>> {
  const owned = refuseStoreOwnedSource(request.source);
  if (!owned.ok) return owned;
  const [template, recipients] = await Promise.all([
    resolveTemplate(repos, principal.tenantId, request.templateCode, EVENT_FOR_SOURCE[request.source.kind]),
    resolveRecipients(repos, principal, request),
  ]);
  if (!template.ok) return template;
  if (!recipients.ok) return recipients;
  const links = await refuseUnknownLinks(repos, principal.tenantId, request, recipients.value.contacts);
  if (!links.ok) return links;
  return ok({ template: template.value, recipients: recipients.value });
}

async function writeLog(
  repos: Repositories,
  principal: Principal,
  request: LogInteractionRequest,
  plan: LogPlan,
  now: Date,
): Promise<{ status: 200 | 201; body: LogInteractionResponse }> {
  const { source, contacts: _numbers, participants: _participants, templateCode: _code, ...fields } = request;
  const durationMin = request.durationMin ?? meetingMinutes(request);
  const written = await writeLoggedItem(
    repos,
    principal,
    {
      ...fields,
      source,
      template: plan.template,
      contacts: plan.recipients.contacts,
      ...(durationMin === undefined ? {} : { durationMin }),
    },
    now,
  );
  const body: LogInteractionResponse = {
    ...written,
    unmatched: plan.recipients.unmatched,
    excluded: plan.recipients.excluded,
    skipped: plan.recipients.skipped,
    template: { code: plan.template.code, description: plan.template.description },
  };
  return { status: written.entries.length > 0 ? 201 : 200, body };
}

/**
 * POST /interactions: logs one source item to its contacts in ONE transaction together with the
 * idempotency key and its answer, so a retried request replays the first answer and never writes twice.
 * A retry that arrives after the first answer committed is answered before this runs (the key's early
 * lookup, see writeOnce), so an accepted request replays even if it would not validate today. The
 * deciding reads run before the transaction, so it holds the writer only for the writes.
 */
export async function logInteraction(
  db: StoreDatabase,
  principal: Principal,
  claim: IdempotencyClaim | undefined,
  request: LogInteractionRequest,
  policy: KeyPolicy,
): Promise<Result<OnceOutcome<LogInteractionResponse>, ServiceFailure>> {
  const plan = await planLog(db.repositories, principal, request);
  if (!plan.ok) return plan;
  const now = policy.now();
  return writeOnce(db, principal, claim, policy, async (repos) =>
    ok(await writeLog(repos, principal, request, plan.value, now)),
  );
}
