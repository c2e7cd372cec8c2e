import type { AddressMatch, ExclusionReason, MatchKind, MatchResponse } from "../../contracts";
import { isFreeMailDomain } from "../../domain/free-mail-domains";
import { isWithinDomains } from "../../domain/is-within-domains";
import { domainOf, normalizeAddress } from "../../domain/normalize-address";
import type { Principal } from "../auth/principal";
import type { Repositories } from "../db/repositories/create-repositories";
import type { AddressHit, DomainHit } from "../db/repositories/contact-repository";

/** How one address matched, by contact number (contacts are loaded once for the whole batch). */
export interface AddressOutcome {
  address: string;
  normalized?: string;
  kind: MatchKind;
  contactNos: string[];
  excludedReason?: ExclusionReason;
}

interface Lookups {
  byAddress: Map<string, AddressHit[]>;
  byDomain: Map<string, DomainHit[]>;
  neverLog: Set<string>;
  internal: Set<string>;
}

const groupBy = <T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> => {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
};

const distinct = (nos: readonly string[]): string[] => [...new Set(nos)].sort();

function classify(address: string, lookups: Lookups): AddressOutcome {
  const normalized = normalizeAddress(address);
  if (normalized === undefined) return { address, kind: "none", contactNos: [] };
  const domain = domainOf(normalized);
  const base = { address, normalized };
  if (lookups.neverLog.has(normalized) || lookups.neverLog.has(domain)) {
    return { ...base, kind: "excluded", contactNos: [], excludedReason: "never_log" };
  }
  // Colleagues are never contacts, even when an old record holds their address.
  if (isWithinDomains(domain, lookups.internal)) return { ...base, kind: "internal", contactNos: [] };

  const exact = lookups.byAddress.get(normalized) ?? [];
  if (exact.length > 0) {
    const open = exact.filter((hit) => !hit.privacyBlocked);
    if (open.length === 0) {
      return {
        ...base,
        kind: "excluded",
        contactNos: distinct(exact.map((h) => h.contactNo)),
        excludedReason: "privacy_blocked",
      };
    }
    const nos = distinct(open.map((h) => h.contactNo));
    if (nos.length > 1) return { ...base, kind: "ambiguous", contactNos: nos };
    return { ...base, kind: open.some((h) => h.isPrimary) ? "email" : "alternate", contactNos: nos };
  }

  if (isFreeMailDomain(domain)) return { ...base, kind: "none", contactNos: [] };
  const companies = (lookups.byDomain.get(domain) ?? []).filter((hit) => !hit.privacyBlocked);
  const nos = distinct(companies.map((h) => h.contactNo));
  if (nos.length > 1) return { ...base, kind: "ambiguous", contactNos: nos };
  if (nos.length === 1) return { ...base, kind: "domain", contactNos: nos };
  return { ...base, kind: "none", contactNos: [] };
}

/**
 * Classifies addresses in a fixed number of queries, whatever their count: one for all addresses,
 * one for all domains, one for the never-log list and one for the internal domains.
 */
export async function classifyAddresses(
  repos: Repositories,
  principal: Principal,
  addresses: readonly string[],
): Promise<AddressOutcome[]> {
  const normalized = addresses.flatMap((a) => {
    const n = normalizeAddress(a);
    return n === undefined ? [] : [n];
  });
  const domains = [...new Set(normalized.map(domainOf))];
  const companyDomains = domains.filter((d) => !isFreeMailDomain(d));
  const [addressHits, domainHits, neverLog, internal] = await Promise.all([
    repos.contacts.findByAddresses(principal.tenantId, normalized),
    repos.contacts.findByDomains(principal.tenantId, companyDomains),
    repos.exclusions.neverLogMatching(principal.tenantId, principal.userId, [...normalized, ...domains]),
    repos.exclusions.internalDomains(principal.tenantId),
  ]);
  const ownDomain = principal.email === undefined ? undefined : normalizeAddress(principal.email);
  const lookups: Lookups = {
    byAddress: groupBy(addressHits, (h) => h.email),
    byDomain: groupBy(domainHits, (h) => h.domain),
    neverLog: new Set(neverLog.map((n) => n.value)),
    internal: new Set([...internal, ...(ownDomain === undefined ? [] : [domainOf(ownDomain)])]),
  };
  return addresses.map((a) => classify(a, lookups));
}

/** POST /contacts/match: per address its match kind and the contacts it matched. */
export async function matchContacts(
  repos: Repositories,
  principal: Principal,
  addresses: readonly string[],
): Promise<MatchResponse> {
  const outcomes = await classifyAddresses(repos, principal, addresses);
  const contacts = await repos.contacts.findByNos(
    principal.tenantId,
    outcomes.flatMap((o) => o.contactNos),
  );
  const byNo = new Map(contacts.map((c) => [c.no, c]));
  const results: AddressMatch[] = outcomes.map(({ contactNos, ...outcome }) => ({
    ...outcome,
    contacts: contactNos.flatMap((no) => {
      const contact = byNo.get(no);
      return contact === undefined ? [] : [contact];
    }),
  }));
  return { results };
}
