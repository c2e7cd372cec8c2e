import type { AutoLogPolicy } from "../../contracts";
import { DEFAULT_AUTO_LOG_POLICY } from "../../domain/auto-log-policy";

/**
 * What the store last said of an address, as the on-send rules read it: a contact (`known`), a contact
 * whose privacy forbids logging, an address on a never-log list, or nobody (`none`).
 */
export type KnownAddress = "known" | "privacy_blocked" | "never_log" | "none";

/**
 * What the on-send runtime needs to decide offline, in the time Outlook gives it: the tenant's policy and
 * never-log list, the internal domains and the addresses the store has matched, and the conversations
 * already logged. The taskpane keeps it fresh as it reads the store; the on-send runtime reads it and adds
 * the conversations it logs.
 */
export interface AutoLogContext {
  policy: AutoLogPolicy;
  internalDomains: string[];
  neverLog: { addresses: string[]; domains: string[] };
  contacts: Record<string, KnownAddress>;
  loggedThreads: string[];
  /** When the policy and never-log list were last read from the store (ms since the epoch); 0: never. */
  refreshedAt: number;
}

/** The shared copy of the auto-log context (OfficeRuntime.storage: every runtime of the add-in sees it). */
export interface AutoLogContextPort {
  read(): Promise<AutoLogContext | undefined>;
  /** Applies a change to the current context (or to an empty one) and stores the result. */
  update(change: (current: AutoLogContext) => AutoLogContext): Promise<void>;
}

/** Nothing read from the store yet: the default policy, no lists, no known addresses. */
export const EMPTY_AUTO_LOG_CONTEXT: AutoLogContext = {
  policy: DEFAULT_AUTO_LOG_POLICY,
  internalDomains: [],
  neverLog: { addresses: [], domains: [] },
  contacts: {},
  loggedThreads: [],
  refreshedAt: 0,
};
