import type {
  AddinErrorCode,
  Evaluation,
  FailureCode,
  LogInteractionRequest,
  LogInteractionResponse,
  Participant,
} from "../../contracts";
import { touchpointSourceKey } from "../../domain/source-key";
import { lastTemplateKeyOf } from "../../domain/template-choice";
import { fail, ok, type Result } from "../../domain/result";
import { storableText } from "../../domain/storable-text";
import type { AddinDeps, UseCaseError } from "./addin-deps";
import type { ItemContext } from "./item-context";
import { logStatusOf } from "./log-status";
import { markDraft } from "./mark-draft";
import { FIELD_LIMITS } from "../../contracts/field-limits";

/** What the user chose in the Log view. */
export interface LogChoices {
  contactNos: string[];
  /**
   * People the pane could not match (the store was out of reach): the store matches them itself when the
   * log arrives, exactly as for the ribbon's one-click log.
   */
  participants?: Participant[];
  /** Display names by contact number or address, kept with the log for the Fix editor. */
  names?: Record<string, string>;
  templateCode?: string;
  description: string;
  evaluation: Evaluation;
  costLcy?: number;
  durationMin?: number;
  attemptFailed: boolean;
  /** Opportunity No., Campaign No., Campaign Target and Campaign Response for every entry. */
  links?: EntryLinkChoices;
  /** Save for later: the whole log is stored as a draft (postponed entries), resumed from Drafts. */
  postponed?: boolean;
}

/** What the user linked a log to; the flags count only with a campaign. */
export interface EntryLinkChoices {
  opportunityNo?: string | undefined;
  campaignNo?: string | undefined;
  campaignTarget: boolean;
  campaignResponse: boolean;
}

/** The request's link fields: only what was chosen, and the flags only with a campaign. */
export function linkFields(links: EntryLinkChoices | undefined) {
  if (links === undefined) return {};
  const { opportunityNo, campaignNo } = links;
  return {
    ...(opportunityNo ? { opportunityNo } : {}),
    ...(campaignNo
      ? {
          campaignNo,
          ...(links.campaignTarget ? { campaignTarget: true } : {}),
          ...(links.campaignResponse ? { campaignResponse: true } : {}),
        }
      : {}),
  };
}

/** Why a log is still in the outbox after the first drain. */
export type QueuedWhy = "offline" | "retrying" | "sign-in";

/** Where a log ended after the first drain: in the store, still queued (and why), or refused. */
export type DeliveryOutcome =
  | { status: "logged"; response: LogInteractionResponse }
  | { status: "queued"; why: QueuedWhy }
  | { status: "failed"; code: FailureCode; storeMessage?: string; details?: unknown };

/** A log safely in the outbox, and the first attempt to deliver it. */
export interface SavedLog {
  id: string;
  delivered: Promise<DeliveryOutcome>;
}

/**
 * Logs the item to the chosen contacts (and, offline, to its participants for the store to match):
 * writes the request to the outbox first (the UI confirms "saved" at once), then drains and reports the
 * outcome through `delivered`. A message being written first gets our x-touchpoint-id header and is
 * keyed by it, as the ribbon's log is.
 */
export async function logItem(
  deps: AddinDeps,
  context: ItemContext,
  choices: LogChoices,
): Promise<Result<SavedLog, UseCaseError>> {
  const participants = choices.participants ?? [];
  if (choices.contactNos.length === 0 && participants.length === 0)
    return fail({ code: "ADDIN_NO_CONTACTS", message: "no contact chosen" });
  const id = deps.newId();
  const key = await sourceKeyFor(deps, context, id);
  if (!key.ok) return key;
  const request: LogInteractionRequest = {
    source: {
      kind: context.sourceKind,
      key: key.value,
      subject: storableText(context.snapshot.subject, FIELD_LIMITS.sourceText),
      occurredAt: context.occurredAt,
      ...(context.snapshot.end && context.sourceKind === "meeting" ? { endAt: context.snapshot.end } : {}),
      ...(context.snapshot.webLink ? { webLink: context.snapshot.webLink } : {}),
      ...(context.snapshot.itemId ? { itemId: context.snapshot.itemId } : {}),
      ...(context.snapshot.conversationId ? { conversationId: context.snapshot.conversationId } : {}),
    },
    ...(choices.contactNos.length > 0 ? { contacts: [...new Set(choices.contactNos)] } : {}),
    ...(participants.length > 0 ? { participants: participants.slice(0, 500) } : {}),
    description: storableText(choices.description, FIELD_LIMITS.description),
    evaluation: choices.evaluation,
    attemptFailed: choices.attemptFailed,
    ...(context.direction ?? {}),
    ...(choices.templateCode ? { templateCode: choices.templateCode } : {}),
    ...(choices.costLcy !== undefined ? { costLcy: choices.costLcy } : {}),
    ...(choices.durationMin !== undefined ? { durationMin: choices.durationMin } : {}),
    ...(choices.postponed === true ? { postponed: true } : {}),
    ...linkFields(choices.links),
  };
  try {
    await deps.sync.enqueue({
      id,
      request,
      origin: "taskpane",
      label: context.snapshot.subject || "(no subject)",
      ...(choices.names ? { names: choices.names } : {}),
    });
  } catch (error) {
    // Not saved, so not "saved": the outbox's own code when it gives one, else that it is unavailable.
    return fail({ code: outboxCode(error), message: error instanceof Error ? error.message : String(error) });
  }
  if (choices.templateCode) {
    const lastTemplate = {
      ...deps.settings.read().lastTemplate,
      [lastTemplateKeyOf(context.snapshot)]: choices.templateCode,
    };
    // Remembering the choice is a convenience: a failed save must not fail the log.
    await deps.settings.save({ lastTemplate });
  }
  return ok({ id, delivered: deliver(deps, id) });
}

/** The item's key; a message being written is marked with our header (this log's id) first. */
async function sourceKeyFor(
  deps: AddinDeps,
  context: ItemContext,
  id: string,
): Promise<Result<string, UseCaseError>> {
  if (context.sourceKey !== undefined) return ok(context.sourceKey);
  const { snapshot } = context;
  if (snapshot.kind !== "message" || snapshot.mode !== "compose")
    return fail({ code: "ADDIN_NO_SOURCE_KEY", message: "the item has no key" });
  // The ribbon (or an earlier log) may have marked the draft since the pane read it: that mark is its key,
  // so both logs are one logged item, never two.
  const now = await deps.mailbox.readCurrentItem();
  if (now.ok && now.value.touchpointId) return ok(touchpointSourceKey(now.value.touchpointId));
  const marked = await markDraft(deps.mailbox, id);
  return marked.ok ? ok(touchpointSourceKey(id)) : marked;
}

/** Drains once and reports what became of one outbox entry. */
export async function deliver(deps: Pick<AddinDeps, "sync">, id: string): Promise<DeliveryOutcome> {
  // The log is in the outbox whatever this drain does: one that fails leaves it queued for the next.
  const outcomes = await deps.sync.drainNow().catch(() => []);
  const mine = outcomes.find((outcome) => outcome.id === id);
  if (mine?.status === "logged") return { status: "logged", response: mine.response };
  if (mine?.status === "dead") {
    const { id: _id, status: _status, ...failure } = mine;
    return { status: "failed", ...failure };
  }
  if (mine?.status === "waiting-for-sign-in") return { status: "queued", why: "sign-in" };
  // Not sent by this drain (offline, backing off, or another runtime's drain has it): say why it waits.
  const status = await deps.sync
    .snapshot()
    .then((snapshot) => logStatusOf(snapshot, id))
    .catch(() => undefined);
  if (status?.state === "logged" && status.response) return { status: "logged", response: status.response };
  if (status?.state === "attention") {
    const { code, storeMessage, details } = status.failure;
    return {
      status: "failed",
      code,
      ...(storeMessage === undefined ? {} : { storeMessage }),
      ...(details === undefined ? {} : { details }),
    };
  }
  return { status: "queued", why: status?.state === "waiting" ? status.why : "retrying" };
}

/** The outbox says it is full by its own code; any other failure to store means it is unavailable. */
export const outboxCode = (error: unknown): Extract<AddinErrorCode, `ADDIN_OUTBOX_${string}`> =>
  (error as { code?: unknown } | undefined)?.code === "ADDIN_OUTBOX_FULL"
    ? "ADDIN_OUTBOX_FULL"
    : "ADDIN_OUTBOX_UNAVAILABLE";
