import type { InteractionEntry } from "../../contracts";
import { fail, ok, type Result } from "../../domain/result";
import type { EntryAction } from "../ports/outbox-port";
import type { AddinDeps, UseCaseError } from "./addin-deps";
import { outboxCode } from "./log-item";

/** What became of an entry action: done (the store's entry), or queued in the outbox until it can be sent. */
export type EntryActionOutcome = { status: "done"; entry: InteractionEntry } | { status: "queued" };

/**
 * Cancels, restores or evaluates an entry from History the way a log is sent: written to the outbox first
 * under a fresh id (its Idempotency-Key on every attempt), then one drain. Offline it stays queued; a
 * refusal comes back with the store's code and waits in the outbox for the user to retry or discard.
 */
export async function actOnEntry(
  deps: Pick<AddinDeps, "sync" | "newId">,
  action: EntryAction,
  label: string,
): Promise<Result<EntryActionOutcome, UseCaseError>> {
  const id = deps.newId();
  try {
    await deps.sync.enqueue({ id, action, origin: "taskpane", label });
  } catch (error) {
    return fail({ code: outboxCode(error), message: error instanceof Error ? error.message : String(error) });
  }
  const outcomes = await deps.sync.drainNow().catch(() => []);
  const mine = outcomes.find((outcome) => outcome.id === id);
  if (mine?.status === "done") return ok({ status: "done", entry: mine.entry });
  if (mine?.status === "dead") return fail({ code: mine.code, message: mine.storeMessage ?? mine.code });
  return ok({ status: "queued" });
}
