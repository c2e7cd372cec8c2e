import type { ItemSnapshot } from "./item-snapshot";
import { isWithinDomains } from "./is-within-domains";
import { domainOf, normalizeAddress, normalizeDomain } from "./normalize-address";

/**
 * The internal domains for an item: the signed-in user's domain, a shared mailbox owner's domain and the
 * tenant's configured ones, all normalised (configured entries that are not domains are skipped).
 */
export function internalDomainsOf(
  mailbox: ItemSnapshot["mailbox"],
  configured: readonly string[],
): Set<string> {
  const domains = new Set<string>();
  for (const user of [mailbox.user, mailbox.sharedOwner]) {
    const address = user === undefined ? undefined : normalizeAddress(user.address);
    if (address !== undefined) domains.add(domainOf(address));
  }
  for (const entry of configured) {
    // A configured entry may be written as `@cronus.example`.
    const domain = normalizeDomain(entry.replace(/^\s*@/, ""));
    if (domain !== undefined) domains.add(domain);
  }
  return domains;
}

/** True when an address (raw or normalised) belongs to an internal domain or a subdomain of one. */
export function isInternal(address: string, internalDomains: ReadonlySet<string>): boolean {
  const normalized = normalizeAddress(address);
  return normalized !== undefined && isWithinDomains(domainOf(normalized), internalDomains);
}
