import { isNeverLogged } from "../../domain/never-log";
import { domainOf } from "../../domain/normalize-address";
import { fail, ok, type Result } from "../../domain/result";
import type { Principal } from "../auth/principal";
import type { LoggingContact } from "../db/repositories/contact-repository";
import type { Repositories } from "../db/repositories/create-repositories";
import type { ServiceFailure } from "../errors";

/** A domain and every parent of it: a never-log entry for a domain covers its subdomains. */
const domainAndParents = (domain: string): string[] =>
  domain.split(".").map((_, i, labels) => labels.slice(i).join("."));

/** Why a contact is never logged: its privacy flag, or an address of it on the never-log list. */
export type UnloggableReason = "privacy_blocked" | "never_log";

/**
 * The contacts that must never be logged, and why: privacy-blocked ones, and those with an address (or
 * one of `sentTo`, normalised addresses the item went to) on the tenant's or the caller's never-log list.
 */
export async function unloggableContacts(
  repos: Repositories,
  principal: Principal,
  contacts: readonly LoggingContact[],
  sentTo: readonly string[] = [],
): Promise<Map<string, UnloggableReason>> {
  const out = new Map<string, UnloggableReason>();
  for (const c of contacts) if (c.privacyBlocked) out.set(c.no, "privacy_blocked");
  const rest = contacts.filter((c) => !out.has(c.no));
  const addresses = [
    ...(await repos.contacts.addressesOf(
      principal.tenantId,
      rest.map((c) => c.no),
    )),
    ...rest.flatMap((c) => sentTo.map((email) => ({ contactNo: c.no, email }))),
  ];
  if (addresses.length === 0) return out;
  const listed = await repos.exclusions.neverLogMatching(principal.tenantId, principal.userId, [
    ...addresses.map((a) => a.email),
    ...new Set(addresses.flatMap((a) => domainAndParents(domainOf(a.email)))),
  ]);
  const rules = {
    addresses: new Set(listed.filter((n) => n.kind === "address").map((n) => n.value)),
    domains: new Set(listed.filter((n) => n.kind === "domain").map((n) => n.value)),
  };
  for (const a of addresses) if (isNeverLogged(a.email, rules)) out.set(a.contactNo, "never_log");
  return out;
}

/**
 * The store's own privacy check for contacts a request names by number (a client may skip its own):
 * a privacy-blocked contact, or one with an address on the tenant's or the caller's never-log list, is
 * refused, and the whole request with it. Contacts matched from participants were excluded already.
 * `sentTo` adds normalised addresses the item went to (a document's recipient): listed ones refuse too.
 */
export async function refuseUnloggable(
  repos: Repositories,
  principal: Principal,
  contacts: readonly LoggingContact[],
  sentTo: readonly string[] = [],
): Promise<Result<void, ServiceFailure>> {
  const found = await unloggableContacts(repos, principal, contacts, sentTo);
  const of = (reason: UnloggableReason) =>
    [...found]
      .filter(([, r]) => r === reason)
      .map(([no]) => no)
      .sort();
  const blocked = of("privacy_blocked");
  if (blocked.length > 0) {
    return fail({
      code: "STORE_CONTACT_PRIVACY_BLOCKED",
      message: `Privacy-blocked contact(s) are never logged: ${blocked.join(", ")}.`,
      details: { contacts: blocked },
    });
  }
  const neverLogged = of("never_log");
  if (neverLogged.length === 0) return ok(undefined);
  return fail({
    code: "STORE_CONTACT_NEVER_LOG",
    message: `Contact(s) with an address on the never-log list are never logged: ${neverLogged.join(", ")}.`,
    details: { contacts: neverLogged },
  });
}
