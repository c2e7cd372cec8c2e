import type { UserSetupList, UserSetupRow, UserSetupTable } from "../../contracts";
import { fail, ok, type Result } from "../../domain/result";
import type { Principal } from "../auth/principal";
import type { Repositories } from "../db/repositories/create-repositories";
import type { ServiceFailure } from "../errors";
import { adminOnly } from "./authorize";
import { recordChanges } from "./record-changes";

/** User ids match without case: `Alex.Rivera@…` and `alex.rivera@…` are one user. */
const userKey = (userId: string): string => userId.trim().toLowerCase();

/**
 * The salesperson code an entry logged by this user carries (Business Central's User Setup, as its
 * Segment Header takes it): the code the request names, else the user's own from user setup, looked up
 * by user id and then by email. Undefined when the user has no row: the entry then takes its contact's
 * salesperson, as Business Central's Segment Line does when its header has none.
 */
export async function loggingSalesperson(
  repos: Repositories,
  principal: Principal,
  named?: string,
): Promise<string | undefined> {
  if (named !== undefined) return named;
  const ids = [principal.userId, principal.email].flatMap((id) => (id === undefined ? [] : [userKey(id)]));
  return repos.userSetup.salespersonOf(principal.tenantId, [...new Set(ids)]);
}

/** GET /user-setup (the route admits administrators only): every user with a salesperson code. */
export async function listUserSetup(repos: Repositories, principal: Principal): Promise<UserSetupTable> {
  return { items: await repos.userSetup.list(principal.tenantId) };
}

/** PUT /user-setup/{userId} (admin): sets one user's salesperson code; recorded with before and after. */
export async function putUserSetup(
  repos: Repositories,
  principal: Principal,
  userId: string,
  salespersonCode: string,
  now: Date,
): Promise<Result<UserSetupRow, ServiceFailure>> {
  const allowed = adminOnly(principal, "change the user setup");
  if (!allowed.ok) return allowed;
  const key = userKey(userId);
  const before = await repos.userSetup.find(principal.tenantId, key);
  const at = now.toISOString();
  await repos.userSetup.put(principal.tenantId, {
    user_id: key,
    salesperson_code: salespersonCode,
    updated_by: principal.userId,
    updated_at: at,
  });
  const after: UserSetupRow = { userId: key, salespersonCode, updatedBy: principal.userId, updatedAt: at };
  const change = { action: "user_setup.put" as const, entityType: "user_setup", entityId: key };
  await recordChanges(repos, principal, [{ ...change, ...(before ? { before } : {}), after }], now);
  return ok(after);
}

/** DELETE /user-setup/{userId} (admin): the user's entries take their contacts' salesperson again. */
export async function deleteUserSetup(
  repos: Repositories,
  principal: Principal,
  userId: string,
  now: Date,
): Promise<Result<void, ServiceFailure>> {
  const allowed = adminOnly(principal, "change the user setup");
  if (!allowed.ok) return allowed;
  const key = userKey(userId);
  const before = await repos.userSetup.find(principal.tenantId, key);
  if (before === undefined) return fail({ code: "STORE_NOT_FOUND", message: `User ${key} has no setup.` });
  await repos.userSetup.remove(principal.tenantId, key);
  const change = { action: "user_setup.delete" as const, entityType: "user_setup", entityId: key };
  await recordChanges(repos, principal, [{ ...change, before }], now);
  return ok(undefined);
}

/**
 * PUT /user-setup (admin): replaces the whole table with the list, as an import of Business Central's
 * User Setup does; a user listed twice refuses the list and changes nothing. One audit record.
 */
export async function replaceUserSetup(
  repos: Repositories,
  principal: Principal,
  list: UserSetupList,
  now: Date,
): Promise<Result<UserSetupTable, ServiceFailure>> {
  const allowed = adminOnly(principal, "change the user setup");
  if (!allowed.ok) return allowed;
  const keys = list.items.map((i) => userKey(i.userId));
  const duplicates = [...new Set(keys.filter((k, i) => keys.indexOf(k) !== i))];
  if (duplicates.length > 0) return fail({ code: "STORE_USER_SETUP_DUPLICATE", details: { duplicates } });
  const before = await repos.userSetup.list(principal.tenantId);
  await repos.userSetup.removeAll(principal.tenantId);
  const at = now.toISOString();
  for (const [i, item] of list.items.entries()) {
    await repos.userSetup.put(principal.tenantId, {
      user_id: keys[i] ?? userKey(item.userId),
      salesperson_code: item.salespersonCode,
      updated_by: principal.userId,
      updated_at: at,
    });
  }
  const after = await repos.userSetup.list(principal.tenantId);
  const change = { action: "user_setup.replace" as const, entityType: "user_setup", entityId: "tenant" };
  await recordChanges(repos, principal, [{ ...change, before, after }], now);
  return ok({ items: after });
}
