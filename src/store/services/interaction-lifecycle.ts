import type { Evaluation, InteractionEntry, LoggedItem } from "../../contracts";
import { fail, ok, type Result } from "../../domain/result";
import type { Principal } from "../auth/principal";
import type { Repositories } from "../db/repositories/create-repositories";
import type { ServiceFailure } from "../errors";
import { adminOnly, mayChangeEntriesOf } from "./authorize";
import { recordChanges, type AuditAction } from "./record-changes";

const notFound = (what: string) =>
  fail<ServiceFailure>({ code: "STORE_NOT_FOUND", message: `${what} not found.` });

/**
 * Records one change to an entry in the audit log, in the transaction that makes it (the whole entry
 * before and after, unless `audited` says less), and answers the entry as changed.
 */
async function changedEntry(
  repos: Repositories,
  principal: Principal,
  action: AuditAction,
  entry: InteractionEntry,
  changed: InteractionEntry,
  now: Date,
  audited: { before: unknown; after: unknown } = { before: entry, after: changed },
): Promise<Result<InteractionEntry, ServiceFailure>> {
  const change = { action, entityType: "entry", entityId: String(entry.entryNo), ...audited };
  await recordChanges(repos, principal, [change], now);
  return ok(changed);
}

/**
 * The entry, when it exists and this caller may change it: its own, or anyone's for a manager or an
 * administrator. Every entry action (cancel, evaluate, restore) starts here, before it writes.
 */
export async function changeableEntry(
  repos: Repositories,
  principal: Principal,
  entryNo: number,
): Promise<Result<InteractionEntry, ServiceFailure>> {
  const entry = await repos.interactions.entry(principal.tenantId, entryNo);
  if (entry === undefined) return notFound(`Entry ${entryNo}`);
  const allowed = mayChangeEntriesOf(principal, entry.userId);
  return allowed.ok ? ok(entry) : allowed;
}

/** POST /interactions/{entryNo}/cancel: a flag, never a delete; twice is a conflict. */
export async function cancelEntry(
  repos: Repositories,
  principal: Principal,
  entryNo: number,
  now: Date = new Date(),
): Promise<Result<InteractionEntry, ServiceFailure>> {
  const entry = await changeableEntry(repos, principal, entryNo);
  if (!entry.ok) return entry;
  if (!(await repos.interactions.cancelEntry(principal.tenantId, entryNo)))
    return fail({ code: "STORE_ALREADY_CANCELED" });
  return changedEntry(repos, principal, "entry.cancel", entry.value, { ...entry.value, canceled: true }, now);
}

/**
 * POST /interactions/{entryNo}/restore: Business Central's *Switch Checkmark in Canceled* back. An entry
 * whose logged item is canceled cannot be restored alone, nor one whose item was logged to the same contact
 * again since (that entry is the active one); an active entry has nothing to restore.
 */
export async function restoreEntry(
  repos: Repositories,
  principal: Principal,
  entryNo: number,
  now: Date = new Date(),
): Promise<Result<InteractionEntry, ServiceFailure>> {
  const entry = await changeableEntry(repos, principal, entryNo);
  if (!entry.ok) return entry;
  if (!entry.value.canceled) return fail({ code: "STORE_NOT_CANCELED" });
  const item = await repos.interactions.loggedItem(principal.tenantId, entry.value.loggedItemId);
  if (item?.canceled === true) return fail({ code: "STORE_LOGGED_ITEM_CANCELED" });
  if (!(await repos.interactions.restoreEntry(principal.tenantId, entryNo))) {
    const again = await repos.interactions.entry(principal.tenantId, entryNo);
    return fail({ code: again?.canceled === false ? "STORE_NOT_CANCELED" : "STORE_LOGGED_AGAIN" });
  }
  return changedEntry(
    repos,
    principal,
    "entry.restore",
    entry.value,
    { ...entry.value, canceled: false },
    now,
  );
}

/** POST /logged-items/{id}/cancel: cancels the item and every entry it made, for its author or a manager. */
export async function cancelLoggedItem(
  repos: Repositories,
  principal: Principal,
  id: string,
  now: Date = new Date(),
): Promise<Result<LoggedItem, ServiceFailure>> {
  const item = await repos.interactions.loggedItem(principal.tenantId, id);
  if (item === undefined) return notFound(`Logged item ${id}`);
  const allowed = mayChangeEntriesOf(principal, item.createdBy);
  if (!allowed.ok) return allowed;
  if (!(await repos.interactions.cancelLoggedItem(principal.tenantId, id)))
    return fail({ code: "STORE_ALREADY_CANCELED" });
  const canceled = { ...item, canceled: true };
  await recordChanges(
    repos,
    principal,
    [
      {
        action: "logged_item.cancel",
        entityType: "logged_item",
        entityId: id,
        before: item,
        after: canceled,
      },
    ],
    now,
  );
  return ok(canceled);
}

/** POST /interactions/{entryNo}/evaluate: the entry's author, or a manager. */
export async function evaluateEntry(
  repos: Repositories,
  principal: Principal,
  entryNo: number,
  evaluation: Evaluation,
  now: Date = new Date(),
): Promise<Result<InteractionEntry, ServiceFailure>> {
  const entry = await changeableEntry(repos, principal, entryNo);
  if (!entry.ok) return entry;
  await repos.interactions.setEvaluation(principal.tenantId, entryNo, evaluation);
  const evaluated = { ...entry.value, evaluation };
  return changedEntry(repos, principal, "entry.evaluate", entry.value, evaluated, now, {
    before: { evaluation: entry.value.evaluation },
    after: { evaluation },
  });
}

/** DELETE /interactions/canceled (administrators): only canceled entries are ever deleted. */
export async function deleteCanceledEntries(
  repos: Repositories,
  principal: Principal,
  now: Date = new Date(),
): Promise<Result<{ deleted: number }, ServiceFailure>> {
  const allowed = adminOnly(principal, "delete canceled entries");
  if (!allowed.ok) return allowed;
  const entryNos = await repos.interactions.deleteCanceled(principal.tenantId);
  await repos.todos.forgetEntries(principal.tenantId, entryNos);
  if (entryNos.length > 0) {
    await recordChanges(
      repos,
      principal,
      [
        {
          action: "entries.delete_canceled",
          entityType: "entry",
          entityId: "canceled",
          before: { entryNos },
          after: { deleted: entryNos.length },
        },
      ],
      now,
    );
  }
  return ok({ deleted: entryNos.length });
}
