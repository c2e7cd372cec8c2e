import { domainOf } from "./normalize-address";
import { isWithinDomains } from "./is-within-domains";

/** A tenant's and a user's never-log entries, normalised: exact addresses and domains (subdomains included). */
export interface NeverLogRules {
  addresses: ReadonlySet<string>;
  domains: ReadonlySet<string>;
}

/** No never-log entries at all. */
export const NO_NEVER_LOG: NeverLogRules = { addresses: new Set(), domains: new Set() };

/** True when a normalised address is on the never-log list, by itself or by its domain or a parent domain. */
export function isNeverLogged(normalizedAddress: string, rules: NeverLogRules): boolean {
  return (
    rules.addresses.has(normalizedAddress) || isWithinDomains(domainOf(normalizedAddress), rules.domains)
  );
}
