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
  const blocked = contacts.filter((c) => c.privacyBlocked).map((c) => c.no);
  if (blocked.length > 0) {
    return fail({
      code: "STORE_CONTACT_PRIVACY_BLOCKED",
      message: `Privacy-blocked contact(s) are never logged: ${blocked.join(", ")}.`,
      details: { contacts: blocked },
    });
  }
  const addresses = [
    ...(await repos.contacts.addressesOf(
      principal.tenantId,
      contacts.map((c) => c.no),
    )),
    ...contacts.flatMap((c) => sentTo.map((email) => ({ contactNo: c.no, email }))),
  ];
  if (addresses.length === 0) return ok(undefined);
  const listed = await repos.exclusions.neverLogMatching(principal.tenantId, principal.userId, [
    ...addresses.map((a) => a.email),
    ...new Set(addresses.flatMap((a) => domainAndParents(domainOf(a.email)))),
  ]);
  if (listed.length === 0) return ok(undefined);
  const rules = {
    addresses: new Set(listed.filter((n) => n.kind === "address").map((n) => n.value)),
    domains: new Set(listed.filter((n) => n.kind === "domain").map((n) => n.value)),
  };
  const neverLogged = [
    ...new Set(addresses.filter((a) => isNeverLogged(a.email, rules)).map((a) => a.contactNo)),
  ];
  if (neverLogged.length === 0) return ok(undefined);
  return fail({
    code: "STORE_CONTACT_NEVER_LOG",
    message: `Contact(s) with an address on the never-log list are never logged: ${neverLogged.sort().join(", ")}.`,
    details: { contacts: neverLogged },
  });
}
