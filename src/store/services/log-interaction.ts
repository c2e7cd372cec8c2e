import { createHash } from "node:crypto";
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
import { canonicalJson } from "./canonical-json";
import { classifyAddresses, type AddressOutcome } from "./match-contacts";
import { resolveTemplate, writeLoggedItem } from "./write-logged-item";

export interface LogOutcome {
  status: 200 | 201;
  body: LogInteractionResponse;
  /** True when the answer is the stored answer of an earlier request with the same key. */
  replayed: boolean;
}

/** Template setup's event for a source kind when the request names no template. */
const EVENT_FOR_SOURCE: Partial<Record<SourceKind, string>> = {
  email: "email",
  meeting: "meeting_invitation",
};

const MAX_KEY_LENGTH = 200;

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
  const outcomes =
    participants.length === 0
      ? []
      : await classifyAddresses(
          repos,
          principal,
          participants.map((p) => p.email),
        );
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
  const [template, recipients] = await Promise.all([
    resolveTemplate(repos, principal.tenantId, request.templateCode, EVENT_FOR_SOURCE[request.source.kind]),
    resolveRecipients(repos, principal, request),
  ]);
  if (!template.ok) return template;
  if (!recipients.ok) return recipients;
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
  const written = await writeLoggedItem(
    repos,
    principal,
    {
      ...fields,
      source,
      template: plan.template,
      contacts: plan.recipients.contacts,
      durationMin: request.durationMin ?? meetingMinutes(request),
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

function replay(stored: { requestHash: string; statusCode?: number; responseJson?: string }, hash: string) {
  if (stored.requestHash !== hash) return fail<ServiceFailure>({ code: "STORE_IDEMPOTENCY_MISMATCH" });
  if (stored.statusCode === undefined || stored.responseJson === undefined) {
    return fail<ServiceFailure>({ code: "STORE_IDEMPOTENCY_IN_PROGRESS" });
  }
  return ok<LogOutcome>({
    status: stored.statusCode === 201 ? 201 : 200,
    body: JSON.parse(stored.responseJson) as LogInteractionResponse,
    replayed: true,
  });
}

/**
 * POST /interactions: logs one source item to its contacts in ONE transaction together with the
 * idempotency key, so a retried request replays the first answer and never writes twice.
 */
export async function logInteraction(
  db: StoreDatabase,
  principal: Principal,
  idempotencyKey: string | undefined,
  request: LogInteractionRequest,
  now: Date = new Date(),
): Promise<Result<LogOutcome, ServiceFailure>> {
  const key = idempotencyKey?.trim() ?? "";
  if (key.length === 0) return fail({ code: "STORE_IDEMPOTENCY_KEY_REQUIRED" });
  if (key.length > MAX_KEY_LENGTH) {
    return fail({
      code: "STORE_VALIDATION",
      message: `The Idempotency-Key is longer than ${MAX_KEY_LENGTH} characters.`,
    });
  }
  const hash = createHash("sha256").update(canonicalJson(request)).digest("base64url");
  const tenantId = principal.tenantId;
  // The deciding reads run before the transaction, so it holds its connection only for the writes.
  const plan = await planLog(db.repositories, principal, request);
  if (!plan.ok) {
    // A retry of a request accepted earlier replays that answer, even if it would not validate today.
    const earlier = await db.repositories.idempotency.find(tenantId, key);
    return earlier === undefined ? plan : replay(earlier, hash);
  }
  // No read of the key first: the writes run, then the key is stored with their answer. A key already
  // taken (committed, or racing on PostgreSQL, where the insert waits for the other transaction) rolls
  // them back and falls through to the replay below. One statement for the key instead of a claim
  // before and an update after: a retry costs a rolled-back write, every first attempt a round trip less.
  const result = await db.transaction(async (repos) => {
    const written = await writeLog(repos, principal, request, plan.value, now);
    const answer = { statusCode: written.status, responseJson: JSON.stringify(written.body) };
    if (!(await repos.idempotency.record(tenantId, key, hash, now.toISOString(), answer))) {
      return fail<ServiceFailure>({ code: "STORE_IDEMPOTENCY_IN_PROGRESS" });
    }
    return ok<LogOutcome>({ ...written, replayed: false });
  });
  if (!result.ok && result.error.code === "STORE_IDEMPOTENCY_IN_PROGRESS") {
    const winner = await db.repositories.idempotency.find(tenantId, key);
    if (winner !== undefined) return replay(winner, hash);
  }
  return result;
}
