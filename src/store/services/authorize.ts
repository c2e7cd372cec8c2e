import { fail, ok, type Result } from "../../domain/result";
import type { Principal } from "../auth/principal";
import type { ServiceFailure } from "../errors";

export const isAdmin = (principal: Principal): boolean => principal.roles.includes("admin");

/** Managers (and administrators) look after the whole team's entries. */
export const isManager = (principal: Principal): boolean =>
  isAdmin(principal) || principal.roles.includes("manager");

const allowed: Result<void, ServiceFailure> = ok(undefined);

/**
 * Who may change an entry or a logged item (cancel, restore, evaluate, …): the user who wrote it, or
 * a manager or administrator. The one check every such service calls, before it writes anything.
 */
export function mayChangeEntriesOf(principal: Principal, ownerId: string): Result<void, ServiceFailure> {
  if (ownerId === principal.userId || isManager(principal)) return allowed;
  return fail({ code: "STORE_NOT_ENTRY_OWNER" });
}

/** Changes for administrators only; `what` says which change in the answer's message. */
export function adminOnly(principal: Principal, what?: string): Result<void, ServiceFailure> {
  if (isAdmin(principal)) return allowed;
  return fail({
    code: "STORE_ADMIN_ONLY",
    ...(what === undefined ? {} : { message: `Only an administrator can ${what}.` }),
  });
}
