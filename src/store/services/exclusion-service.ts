import { randomUUID } from "node:crypto";
import type { NeverLogEntry, NeverLogList } from "../../contracts";
import { normalizeAddress, normalizeDomain } from "../../domain/normalize-address";
import { fail, ok, type Result } from "../../domain/result";
import type { Principal } from "../auth/principal";
import type { Repositories } from "../db/repositories/create-repositories";
import type { NeverLogRecord } from "../db/repositories/exclusion-repository";
import type { ServiceFailure } from "../errors";
import { adminOnly } from "./authorize";
import { recordChanges } from "./record-changes";

const toEntry = ({ userId: _user, ...entry }: NeverLogRecord): NeverLogEntry => entry;

/** GET /never-log: the tenant's entries and the caller's own, never another user's. */
export async function listNeverLog(repos: Repositories, principal: Principal): Promise<NeverLogList> {
  return { items: (await repos.exclusions.neverLogFor(principal.tenantId, principal.userId)).map(toEntry) };
}

/** POST /never-log: users add to their own list; the tenant's list is for admins. Recorded in the audit log. */
export async function addNeverLog(
  repos: Repositories,
  principal: Principal,
  entry: NeverLogEntry,
  now: Date = new Date(),
): Promise<Result<NeverLogEntry, ServiceFailure>> {
  if (entry.scope === "tenant") {
    const allowed = adminOnly(principal, "change the tenant's never-log list");
    if (!allowed.ok) return allowed;
  }
  const value =
    entry.kind === "address" ? normalizeAddress(entry.value) : normalizeDomain(entry.value.replace(/^@/, ""));
  if (value === undefined)
    return fail({ code: "STORE_VALIDATION", message: `Not a usable ${entry.kind}: ${entry.value}.` });
  const id = randomUUID();
  const stored = await repos.exclusions.addNeverLog(principal.tenantId, {
    id,
    value,
    kind: entry.kind,
    scope: entry.scope,
    ...(entry.scope === "user" ? { userId: principal.userId } : {}),
  });
  // Listing what is listed already changes nothing, and records nothing.
  if (stored.id === id) {
    await recordChanges(
      repos,
      principal,
      [{ action: "never_log.add", entityType: "never_log", entityId: id, after: stored }],
      now,
    );
  }
  return ok(toEntry(stored));
}

/** DELETE /never-log/{id}: another user's entry is not found; a tenant entry needs an admin. */
export async function removeNeverLog(
  repos: Repositories,
  principal: Principal,
  id: string,
  now: Date = new Date(),
): Promise<Result<void, ServiceFailure>> {
  const entry = await repos.exclusions.neverLogById(principal.tenantId, id);
  if (entry === undefined || (entry.scope === "user" && entry.userId !== principal.userId)) {
    return fail({ code: "STORE_NOT_FOUND", message: "Never-log entry not found." });
  }
  if (entry.scope === "tenant") {
    const allowed = adminOnly(principal, "change the tenant's never-log list");
    if (!allowed.ok) return allowed;
  }
  await repos.exclusions.removeNeverLog(principal.tenantId, id);
  await recordChanges(
    repos,
    principal,
    [{ action: "never_log.remove", entityType: "never_log", entityId: id, before: entry }],
    now,
  );
  return ok(undefined);
}

/** GET /internal-domains (admin). */
export async function listInternalDomains(
  repos: Repositories,
  principal: Principal,
): Promise<{ items: string[] }> {
  return { items: await repos.exclusions.internalDomains(principal.tenantId) };
}

/** PUT /internal-domains (admin): replaces the list, a tenant setting; recorded with before and after. */
export async function replaceInternalDomains(
  repos: Repositories,
  principal: Principal,
  domains: readonly string[],
  now: Date = new Date(),
): Promise<Result<{ items: string[] }, ServiceFailure>> {
  const allowed = adminOnly(principal, "change the tenant's internal domains");
  if (!allowed.ok) return allowed;
  const normalized = domains.map((d) => normalizeDomain(d.replace(/^@/, "")));
  const bad = domains.filter((_, i) => normalized[i] === undefined);
  if (bad.length > 0)
    return fail({ code: "STORE_VALIDATION", message: `Not a usable domain: ${bad.join(", ")}.` });
  const before = await listInternalDomains(repos, principal);
  await repos.exclusions.replaceInternalDomains(principal.tenantId, normalized as string[]);
  const after = await listInternalDomains(repos, principal);
  await recordChanges(
    repos,
    principal,
    [{ action: "internal_domains.put", entityType: "settings", entityId: "internal_domains", before, after }],
    now,
  );
  return ok(after);
}
