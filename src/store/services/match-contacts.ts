import type { AddressMatch, ExclusionReason, MatchKind, MatchResponse } from "../../contracts";
import { classifyMatch, type NeverLogRules } from "../../domain/classify-match";
import { isFreeMailDomain } from "../../domain/free-mail-domains";
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
  neverLog: NeverLogRules;
  internal: Set<string>;
}

const groupBy = <T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> => {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group === undefined) groups.set(k, [item]);
    else group.push(item);
  }
  return groups;
};

/** A domain and every parent of it: a never-log entry for a domain covers its subdomains. */
const domainAndParents = (domain: string): string[] =>
  domain.split(".").map((_, i, labels) => labels.slice(i).join("."));

function classify(address: string, normalized: string | undefined, lookups: Lookups): AddressOutcome {
  const domain = normalized === undefined ? undefined : domainOf(normalized);
  const outcome = classifyMatch({
    normalized,
    byAddress: (normalized === undefined ? [] : (lookups.byAddress.get(normalized) ?? [])).map((h) => ({
      no: h.contactNo,
      privacyBlocked: h.privacyBlocked,
      primary: h.isPrimary,
    })),
    byDomain: (domain === undefined ? [] : (lookups.byDomain.get(domain) ?? [])).map((h) => ({
      no: h.contactNo,
      privacyBlocked: h.privacyBlocked,
    })),
    internalDomains: lookups.internal,
    neverLog: lookups.neverLog,
  });
  return {
    address,
    ...(normalized === undefined ? {} : { normalized }),
    ...outcome,
    contactNos: [...outcome.contactNos].sort(),
  };
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
  // Each address is normalised once: IDNA and Unicode folding are the costliest of its own steps.
  const forms = addresses.map(normalizeAddress);
  const normalized = forms.filter((n): n is string => n !== undefined);
  const domains = [...new Set(normalized.map(domainOf))];
  const companyDomains = domains.filter((d) => !isFreeMailDomain(d));
  const [addressHits, domainHits, neverLog, internal] = await Promise.all([
    repos.contacts.findByAddresses(principal.tenantId, normalized),
    repos.contacts.findByDomains(principal.tenantId, companyDomains),
    repos.exclusions.neverLogMatching(principal.tenantId, principal.userId, [
      ...normalized,
      ...new Set(domains.flatMap(domainAndParents)),
    ]),
    repos.exclusions.internalDomains(principal.tenantId),
  ]);
  const ownDomain = principal.email === undefined ? undefined : normalizeAddress(principal.email);
  const lookups: Lookups = {
    byAddress: groupBy(addressHits, (h) => h.email),
    byDomain: groupBy(domainHits, (h) => h.domain),
    neverLog: {
      addresses: new Set(neverLog.filter((n) => n.kind === "address").map((n) => n.value)),
      domains: new Set(neverLog.filter((n) => n.kind === "domain").map((n) => n.value)),
    },
    internal: new Set([...internal, ...(ownDomain === undefined ? [] : [domainOf(ownDomain)])]),
  };
  return addresses.map((a, i) => classify(a, forms[i], lookups));
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
