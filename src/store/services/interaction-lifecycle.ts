import type { Evaluation, InteractionEntry, LoggedItem } from "../../contracts";
import { fail, ok, type Result } from "../../domain/result";
import type { Principal } from "../auth/principal";
import type { StoreDatabase } from "../db/create-database";
import type { Repositories } from "../db/repositories/create-repositories";
import type { ServiceFailure } from "../errors";

const notFound = (what: string) =>
  fail<ServiceFailure>({ code: "STORE_NOT_FOUND", message: `${what} not found.` });

/** POST /interactions/{entryNo}/cancel: a flag, never a delete; twice is a conflict. */
export async function cancelEntry(
  repos: Repositories,
  principal: Principal,
  entryNo: number,
): Promise<Result<InteractionEntry, ServiceFailure>> {
  const entry = await repos.interactions.entry(principal.tenantId, entryNo);
  if (entry === undefined) return notFound(`Entry ${entryNo}`);
  if (!(await repos.interactions.cancelEntry(principal.tenantId, entryNo)))
    return fail({ code: "STORE_ALREADY_CANCELED" });
  return ok({ ...entry, canceled: true });
}

/** POST /logged-items/{id}/cancel: cancels the item and every entry it made, in one transaction. */
export async function cancelLoggedItem(
  db: StoreDatabase,
  principal: Principal,
  id: string,
): Promise<Result<LoggedItem, ServiceFailure>> {
  return db.transaction(async (repos) => {
    const item = await repos.interactions.loggedItem(principal.tenantId, id);
    if (item === undefined) return notFound(`Logged item ${id}`);
    if (!(await repos.interactions.cancelLoggedItem(principal.tenantId, id)))
      return fail({ code: "STORE_ALREADY_CANCELED" });
    return ok({ ...item, canceled: true });
  });
}

/** POST /interactions/{entryNo}/evaluate. */
export async function evaluateEntry(
  repos: Repositories,
  principal: Principal,
  entryNo: number,
  evaluation: Evaluation,
): Promise<Result<InteractionEntry, ServiceFailure>> {
  const entry = await repos.interactions.entry(principal.tenantId, entryNo);
  if (entry === undefined) return notFound(`Entry ${entryNo}`);
  await repos.interactions.setEvaluation(principal.tenantId, entryNo, evaluation);
  return ok({ ...entry, evaluation });
}

/** DELETE /interactions/canceled (admin): only canceled entries are ever deleted. */
export async function deleteCanceledEntries(
  db: StoreDatabase,
  principal: Principal,
): Promise<{ deleted: number }> {
  const result = await db.transaction(async (repos) =>
    ok({ deleted: await repos.interactions.deleteCanceled(principal.tenantId) }),
  );
  if (!result.ok) throw new Error("deleting canceled entries cannot fail as a value");
  return result.value;
}
