/**
 * True when a normalised domain is one of the given normalised domains or a subdomain of one
 * (`eu.cronus.example` is within `cronus.example`; `notcronus.example` is not).
 */
export function isWithinDomains(domain: string, domains: ReadonlySet<string>): boolean {
  if (domains.size === 0) return false;
  // Walk up the labels: at most a handful of set lookups, no scan of the set.
  let candidate = domain;
  for (;;) {
    if (domains.has(candidate)) return true;
    const dot = candidate.indexOf(".");
    if (dot < 0) return false;
    candidate = candidate.slice(dot + 1);
  }
}
