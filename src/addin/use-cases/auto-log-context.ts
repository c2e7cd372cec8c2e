import type { AddressMatch } from "../../contracts";
import { domainOf, normalizeAddress, normalizeDomain } from "../../domain/normalize-address";
import type { AutoLogContext, AutoLogContextPort, KnownAddress } from "../ports/auto-log-context-port";
import type { StoreClientPort } from "../ports/store-client-port";

/** How many addresses and conversations the shared context keeps (the newest): it must stay small. */
const MAX_CONTACTS = 2000;
const MAX_THREADS = 500;
/** The policy and never-log list are read again at most this often. */
export const AUTO_LOG_REFRESH_MS = 10 * 60_000;

const newest = <T>(items: T[], max: number): T[] => items.slice(Math.max(0, items.length - max));

function knownAddress(match: AddressMatch): KnownAddress | "internal" | undefined {
  switch (match.kind) {
    case "email":
    case "alternate":
      return match.contacts.length > 0 ? "known" : "none";
    case "excluded":
      return match.excludedReason ?? "never_log";
    case "internal":
      return "internal";
    case "none":
      return "none";
    default:
      // A domain or ambiguous match names no one contact: the store decides when the log arrives.
      return undefined;
  }
}

/** Adds what one item taught: how the store matched its addresses and whether its conversation is logged. */
export function learnFromItem(
  context: AutoLogContext,
  item: { matches: readonly AddressMatch[]; conversationId?: string | undefined; logged: boolean },
): AutoLogContext {
  const contacts = { ...context.contacts };
  const internal = new Set(context.internalDomains);
  for (const match of item.matches) {
    const address = match.normalized ?? normalizeAddress(match.address);
    const state = knownAddress(match);
    if (address === undefined || state === undefined) continue;
    delete contacts[address];
    if (state === "internal") internal.add(domainOf(address));
    else contacts[address] = state;
  }
  const threads = context.loggedThreads.filter((id) => id !== item.conversationId);
  if (item.logged && item.conversationId !== undefined) threads.push(item.conversationId);
  return {
    ...context,
    contacts: Object.fromEntries(newest(Object.entries(contacts), MAX_CONTACTS)),
    internalDomains: [...internal],
    loggedThreads: newest(threads, MAX_THREADS),
  };
}

/** Marks a conversation as logged (the on-send runtime, once it queued a log of it). */
export function rememberLoggedThread(context: AutoLogContext, conversationId: string): AutoLogContext {
  const threads = context.loggedThreads.filter((id) => id !== conversationId);
  return { ...context, loggedThreads: newest([...threads, conversationId], MAX_THREADS) };
}

/**
 * Reads the tenant's policy and the never-log list again when the shared copy is older than
 * AUTO_LOG_REFRESH_MS (or forced, after the user changed the list); a failed read keeps the old copy.
 */
export async function refreshAutoLogContext(
  port: AutoLogContextPort,
  store: Pick<StoreClientPort, "tenantSettings" | "neverLog">,
  now: number,
  force = false,
): Promise<void> {
  const current = await port.read();
  if (!force && current !== undefined && now - current.refreshedAt < AUTO_LOG_REFRESH_MS) return;
  const [settings, list] = await Promise.all([store.tenantSettings(), store.neverLog()]);
  if (!settings.ok || !list.ok) return;
  const addresses: string[] = [];
  const domains: string[] = [];
  for (const entry of list.value.items) {
    const value = entry.kind === "address" ? normalizeAddress(entry.value) : normalizeDomain(entry.value);
    if (value !== undefined) (entry.kind === "address" ? addresses : domains).push(value);
  }
  await port.update((context) => ({
    ...context,
    policy: settings.value.autoLogPolicy,
    neverLog: { addresses, domains },
    refreshedAt: now,
  }));
}

/**
 * After the pane read an item: remembers how its addresses matched and whether its conversation is
 * logged, then reads the policy and never-log list again when due. Never fails the caller: the context is
 * a head start for the on-send runtime, and the store checks every log again.
 */
export async function keepAutoLogContext(
  port: AutoLogContextPort,
  store: Pick<StoreClientPort, "tenantSettings" | "neverLog">,
  now: number,
  item: Parameters<typeof learnFromItem>[1],
): Promise<void> {
  try {
    await port.update((context) => learnFromItem(context, item));
    await refreshAutoLogContext(port, store, now);
  } catch {
    // OfficeRuntime.storage full or gone: the on-send runtime falls back to the store's matching.
  }
}
