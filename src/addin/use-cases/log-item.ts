import type { Evaluation, LogInteractionRequest, LogInteractionResponse } from "../../contracts";
import { fail, ok, type Result } from "../../domain/result";
import { storableText } from "../../domain/storable-text";
import type { AddinDeps, UseCaseError } from "./addin-deps";
import type { ItemContext } from "./item-context";

/** What the user chose in the Log view. */
export interface LogChoices {
  contactNos: string[];
  templateCode?: string;
  description: string;
  evaluation: Evaluation;
  costLcy?: number;
  durationMin?: number;
  attemptFailed: boolean;
}

/** Where a log ended after the first drain: in the store, still queued (offline, retrying), or refused. */
export type DeliveryOutcome =
  | { status: "logged"; response: LogInteractionResponse }
  | { status: "queued" }
  | { status: "failed"; code: string };

/** A log safely in the outbox, and the first attempt to deliver it. */
export interface SavedLog {
  id: string;
  delivered: Promise<DeliveryOutcome>;
}

/**
 * Logs the item to the chosen contacts: writes the request to the outbox first (the UI confirms "saved"
 * at once), then drains and reports the outcome through `delivered`.
 */
export async function logItem(
  deps: AddinDeps,
  context: ItemContext,
  choices: LogChoices,
): Promise<Result<SavedLog, UseCaseError>> {
  if (choices.contactNos.length === 0)
    return fail({ code: "ADDIN_NO_CONTACTS", message: "no contact chosen" });
  if (context.sourceKey === undefined)
    return fail({ code: "ADDIN_NO_SOURCE_KEY", message: "item has no key yet" });
  const request: LogInteractionRequest = {
    source: {
      kind: context.sourceKind,
      key: context.sourceKey,
      subject: storableText(context.snapshot.subject, 1000),
      occurredAt: context.occurredAt,
      ...(context.snapshot.end && context.sourceKind === "meeting" ? { endAt: context.snapshot.end } : {}),
      ...(context.snapshot.webLink ? { webLink: context.snapshot.webLink } : {}),
      ...(context.snapshot.itemId ? { itemId: context.snapshot.itemId } : {}),
    },
    contacts: [...new Set(choices.contactNos)],
    description: storableText(choices.description, 100),
    evaluation: choices.evaluation,
    attemptFailed: choices.attemptFailed,
    ...(context.direction ?? {}),
    ...(choices.templateCode ? { templateCode: choices.templateCode } : {}),
    ...(choices.costLcy !== undefined ? { costLcy: choices.costLcy } : {}),
    ...(choices.durationMin !== undefined ? { durationMin: choices.durationMin } : {}),
  };
  const id = deps.newId();
  try {
    await deps.sync.enqueue({
      id,
      request,
      origin: "taskpane",
      label: context.snapshot.subject || "(no subject)",
    });
  } catch (error) {
    // Not saved, so not "saved": the outbox's own code when it gives one, else that it is unavailable.
    return fail({ code: outboxCode(error), message: error instanceof Error ? error.message : String(error) });
  }
  if (choices.templateCode) {
    const lastTemplate = { ...deps.settings.read().lastTemplate, [context.sourceKind]: choices.templateCode };
    // Remembering the choice is a convenience: a failed save must not fail the log.
    await deps.settings.save({ lastTemplate });
  }
  return ok({ id, delivered: deliver(deps, id) });
}

/** Drains once and reports what became of one outbox entry. */
export async function deliver(deps: Pick<AddinDeps, "sync">, id: string): Promise<DeliveryOutcome> {
  // The log is in the outbox whatever this drain does: one that fails leaves it queued for the next.
  const outcomes = await deps.sync.drainNow().catch(() => []);
  const mine = outcomes.find((outcome) => outcome.id === id);
  if (mine?.status === "logged") return { status: "logged", response: mine.response };
  if (mine?.status === "dead") return { status: "failed", code: mine.code };
  return { status: "queued" };
}

const outboxCode = (error: unknown): string => {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === "string" && code.startsWith("ADDIN_") ? code : "ADDIN_OUTBOX_UNAVAILABLE";
};
