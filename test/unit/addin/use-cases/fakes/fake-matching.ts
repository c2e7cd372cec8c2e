import type { AddressMatch, Contact, NeverLogEntry } from "../../../../../src/contracts";
import { classifyMatch } from "../../../../../src/domain/classify-match";
import { domainOf, normalizeAddress } from "../../../../../src/domain/normalize-address";
import { DEMO_NEVER_LOG_DOMAIN } from "../../../../../src/store/seed/demo-anchors";

/**
 * Matching as the store does it, by the same domain rule (classifyMatch, DESIGN §4), over the fake's
 * contacts and never-log list: only the lookups are the fake's. The demo seed's tenant rule (mail from
 * newsletter.example is never logged) always applies; the fake has no internal domains.
 */
export function fakeMatching(contacts: readonly Contact[], neverLog: readonly NeverLogEntry[]) {
  return (address: string): AddressMatch => {
    const normalized = normalizeAddress(address);
    const domain = normalized === undefined ? undefined : domainOf(normalized);
    const values = (kind: NeverLogEntry["kind"]) =>
      neverLog.filter((entry) => entry.kind === kind).map((entry) => entry.value);
    const outcome = classifyMatch({
      normalized,
      byAddress: contacts
        .filter(
          (c) =>
            normalized !== undefined && (c.email === normalized || c.alternateEmails.includes(normalized)),
        )
        .map((c) => ({ no: c.no, privacyBlocked: c.privacyBlocked, primary: c.email === normalized })),
      byDomain: contacts
        .filter((c) => c.type === "company" && domain !== undefined && c.domains.includes(domain))
        .map((c) => ({ no: c.no, privacyBlocked: c.privacyBlocked })),
      internalDomains: new Set(),
      neverLog: {
        addresses: new Set(values("address")),
        domains: new Set([DEMO_NEVER_LOG_DOMAIN, ...values("domain")]),
      },
    });
    return {
      address,
      ...(normalized === undefined ? {} : { normalized }),
      kind: outcome.kind,
      contacts: [...outcome.contactNos].sort().flatMap((no) => contacts.filter((c) => c.no === no)),
      ...(outcome.excludedReason === undefined ? {} : { excludedReason: outcome.excludedReason }),
    };
  };
}
