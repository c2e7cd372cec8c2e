import type { ExclusionReason, MatchKind } from "../contracts/contacts";
import { isFreeMailDomain } from "./free-mail-domains";
import { isWithinDomains } from "./is-within-domains";
import { isNeverLogged, type NeverLogRules } from "./never-log";
import { domainOf } from "./normalize-address";

export type { NeverLogRules } from "./never-log";

/** A contact found by this exact address; `primary` when it is the contact's primary address. */
export interface MatchCandidate {
  no: string;
  privacyBlocked: boolean;
  primary: boolean;
}

/** A company contact owning the address's domain. */
export interface DomainCandidate {
  no: string;
  privacyBlocked: boolean;
}

export interface ClassifyMatchInput {
  /** The normalised address; undefined when the raw text was not a valid address. */
  normalized: string | undefined;
  byAddress: readonly MatchCandidate[];
  byDomain: readonly DomainCandidate[];
  internalDomains: ReadonlySet<string>;
  neverLog: NeverLogRules;
}

export interface Classification {
  kind: MatchKind;
  contactNos: string[];
  excludedReason?: ExclusionReason;
}

/**
 * DESIGN §4 matching order for one address, after the store's lookups: invalid → none; never-log →
 * excluded; internal → internal; exact address (one → email/alternate, several → ambiguous); company by
 * domain, never for free-mail (one → domain, several → ambiguous); else none. Privacy-blocked wins.
 */
export function classifyMatch(input: ClassifyMatchInput): Classification {
  const { normalized } = input;
  if (normalized === undefined) return { kind: "none", contactNos: [] };
  if (isNeverLogged(normalized, input.neverLog)) {
    return { kind: "excluded", contactNos: [], excludedReason: "never_log" };
  }
  const domain = domainOf(normalized);
  if (isWithinDomains(domain, input.internalDomains)) return { kind: "internal", contactNos: [] };

  const byAddress = distinctByNo(input.byAddress);
  if (byAddress.length > 0) {
    const blocked = blockedOutcome(byAddress);
    if (blocked) return blocked;
    const [only] = byAddress;
    if (byAddress.length === 1 && only) {
      return { kind: only.primary ? "email" : "alternate", contactNos: [only.no] };
    }
    return { kind: "ambiguous", contactNos: byAddress.map((candidate) => candidate.no) };
  }

  if (isFreeMailDomain(domain)) return { kind: "none", contactNos: [] };
  const byDomain = distinctByNo(input.byDomain);
  if (byDomain.length === 0) return { kind: "none", contactNos: [] };
  const blocked = blockedOutcome(byDomain);
  if (blocked) return blocked;
  return {
    kind: byDomain.length === 1 ? "domain" : "ambiguous",
    contactNos: byDomain.map((candidate) => candidate.no),
  };
}

/**
 * When any candidate for the address is privacy-blocked the whole address is excluded: offering the
 * remaining candidates would log that person's mail under somebody else.
 */
function blockedOutcome(
  candidates: readonly { no: string; privacyBlocked: boolean }[],
): Classification | undefined {
  if (!candidates.some((candidate) => candidate.privacyBlocked)) return undefined;
  return {
    kind: "excluded",
    contactNos: candidates.map((candidate) => candidate.no),
    excludedReason: "privacy_blocked",
  };
}

/** One entry per contact number; a duplicate's flags are merged, so blocked or primary anywhere counts. */
function distinctByNo<T extends { no: string; privacyBlocked: boolean; primary?: boolean }>(
  candidates: readonly T[],
): T[] {
  const byNo = new Map<string, T>();
  for (const candidate of candidates) {
    const seen = byNo.get(candidate.no);
    if (!seen) byNo.set(candidate.no, candidate);
    else
      byNo.set(candidate.no, {
        ...seen,
        privacyBlocked: seen.privacyBlocked || candidate.privacyBlocked,
        ...(seen.primary === undefined ? {} : { primary: seen.primary || candidate.primary === true }),
      });
  }
  return [...byNo.values()];
}
