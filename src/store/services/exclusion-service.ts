import { randomUUID } from "node:crypto";
import type { NeverLogEntry, NeverLogList } from "../../contracts";
import { normalizeAddress, normalizeDomain } from "../../domain/normalize-address";
import { fail, ok, type Result } from "../../domain/result";
import type { Principal } from "../auth/principal";
import type { Repositories } from "../db/repositories/create-repositories";
import type { NeverLogRecord } from "../db/repositories/exclusion-repository";
import type { ServiceFailure } from "../errors";

const isAdmin = (p: Principal) => p.roles.includes("admin");

const toEntry = ({ userId: _user, ...entry }: NeverLogRecord): NeverLogEntry => entry;

/** GET /never-log: the tenant's entries and the caller's own, never another user's. */
export async function listNeverLog(repos: Repositories, principal: Principal): Promise<NeverLogList> {
  return { items: (await repos.exclusions.neverLogFor(principal.tenantId, principal.userId)).map(toEntry) };
}

/** POST /never-log: users add to their own list; the tenant's list is for admins. */
export async function addNeverLog(
  repos: Repositories,
  principal: Principal,
  entry: NeverLogEntry,
): Promise<Result<NeverLogEntry, ServiceFailure>> {
  if (entry.scope === "tenant" && !isAdmin(principal)) return fail({ code: "STORE_FORBIDDEN" });
  const value =
    entry.kind === "address" ? normalizeAddress(entry.value) : normalizeDomain(entry.value.replace(/^@/, ""));
  if (value === undefined)
    return fail({ code: "STORE_VALIDATION", message: `Not a usable ${entry.kind}: ${entry.value}.` });
  const stored = await repos.exclusions.addNeverLog(principal.tenantId, {
    id: randomUUID(),
    value,
    kind: entry.kind,
    scope: entry.scope,
    ...(entry.scope === "user" ? { userId: principal.userId } : {}),
  });
  return ok(toEntry(stored));
}

/** DELETE /never-log/{id}: another user's entry is not found; a tenant entry needs an admin. */
export async function removeNeverLog(
  repos: Repositories,
  principal: Principal,
  id: string,
): Promise<Result<void, ServiceFailure>> {
  const entry = await repos.exclusions.neverLogById(principal.tenantId, id);
  if (entry === undefined || (entry.scope === "user" && entry.userId !== principal.userId)) {
    return fail({ code: "STORE_NOT_FOUND", message: "Never-log entry not found." });
  }
  if (entry.scope === "tenant" && !isAdmin(principal)) return fail({ code: "STORE_FORBIDDEN" });
  await repos.exclusions.removeNeverLog(principal.tenantId, id);
  return ok(undefined);
}

/** GET /internal-domains (admin). */
export async function listInternalDomains(
  repos: Repositories,
  principal: Principal,
): Promise<{ items: string[] }> {
  return { items: await repos.exclusions.internalDomains(principal.tenantId) };
}

/** PUT /internal-domains (admin): replaces the list. */
export async function replaceInternalDomains(
  repos: Repositories,
  principal: Principal,
  domains: readonly string[],
): Promise<Result<{ items: string[] }, ServiceFailure>> {
  const normalized = domains.map((d) => normalizeDomain(d.replace(/^@/, "")));
  const bad = domains.filter((_, i) => normalized[i] === undefined);
  if (bad.length > 0)
    return fail({ code: "STORE_VALIDATION", message: `Not a usable domain: ${bad.join(", ")}.` });
  await repos.exclusions.replaceInternalDomains(principal.tenantId, normalized as string[]);
  return ok(await listInternalDomains(repos, principal));
}
