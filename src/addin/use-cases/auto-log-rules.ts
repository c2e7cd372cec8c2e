import type { AddinErrorCode, AutoLogPolicy } from "../../contracts";
import { autoLogSwitch } from "../../domain/auto-log-policy";
import type { ItemSnapshot } from "../../domain/item-snapshot";
import { isNeverLogged, type NeverLogRules } from "../../domain/never-log";
import type { ItemParticipant } from "../../domain/participants";
import type { KnownAddress } from "../ports/auto-log-context-port";

/** Everything the rules look at, all of it plain data: the rules need no Office and no store. */
export interface AutoLogFacts {
  policy: AutoLogPolicy;
  /** The user's own switch (undefined: never chosen) and their *log replies* rule (default off). */
  userChoice: boolean | undefined;
  logReplies: boolean;
  sensitivity: ItemSnapshot["sensitivity"];
  /** Every participant of the item other than the sender, with internal and invalid marked. */
  recipients: readonly ItemParticipant[];
  neverLog: NeverLogRules;
  /** What the store last said of each address; one with no answer yet is left to the store to match. */
  contacts: Readonly<Record<string, KnownAddress>>;
  /** The item is a reply (or forward) in a conversation, and that conversation has a log already. */
  reply: boolean;
  threadLogged: boolean;
}

export type AutoLogSkip = Extract<
  AddinErrorCode,
  | "ADDIN_SKIP_AUTO_LOG_POLICY_OFF"
  | "ADDIN_SKIP_AUTO_LOG_OFF"
  | "ADDIN_SKIP_PRIVATE"
  | "ADDIN_SKIP_INTERNAL_ONLY"
  | "ADDIN_SKIP_NO_EXTERNAL_PARTICIPANT"
  | "ADDIN_SKIP_NO_KNOWN_CONTACT"
  | "ADDIN_SKIP_REPLY_IN_LOGGED_THREAD"
>;

/**
 * The decision: log (with the addresses that may be logged, and whether a known contact is among them or
 * the store must match them first), or the code of the rule that said no.
 */
export type AutoLogDecision =
  { log: true; addresses: string[]; knownContact: boolean } | { log: false; skip: AutoLogSkip };

const PRIVATE: ReadonlySet<string> = new Set(["private", "personal", "confidential"]);
const UNLOGGABLE: ReadonlySet<string> = new Set<KnownAddress>(["privacy_blocked", "never_log", "none"]);

/** Rule: the tenant's policy and the user's switch (see autoLogSwitch). */
export function autoLogSwitchedOn(
  facts: Pick<AutoLogFacts, "policy" | "userChoice">,
): AutoLogSkip | undefined {
  if (facts.policy === "off") return "ADDIN_SKIP_AUTO_LOG_POLICY_OFF";
  return autoLogSwitch(facts.policy, facts.userChoice).on ? undefined : "ADDIN_SKIP_AUTO_LOG_OFF";
}

/** Rule: an item marked private, personal or confidential is never logged automatically. */
export function isMarkedPrivate(sensitivity: ItemSnapshot["sensitivity"]): boolean {
  return sensitivity !== undefined && PRIVATE.has(sensitivity);
}

/** Rule: mail that went only to people of the organisation (internal domains) is never logged. */
export function isInternalOnly(recipients: readonly ItemParticipant[]): boolean {
  const valid = recipients.filter((person) => !person.invalid);
  return valid.length > 0 && valid.every((person) => person.internal);
}

/**
 * Rule: the external recipients that may be logged: not on the never-log list (address or domain), not a
 * privacy-blocked contact, not an address that matched nobody.
 */
export function loggableRecipients(
  recipients: readonly ItemParticipant[],
  neverLog: NeverLogRules,
  contacts: Readonly<Record<string, KnownAddress>>,
): string[] {
  return recipients
    .filter((person) => !person.invalid && !person.internal)
    .map((person) => person.address)
    .filter((address) => !isNeverLogged(address, neverLog))
    .filter((address) => !UNLOGGABLE.has(contacts[address] ?? ""));
}

/** Rule: a reply in a conversation that is already logged waits for the user's *log replies* rule. */
export function isUnwantedReply(reply: boolean, threadLogged: boolean, logReplies: boolean): boolean {
  return reply && threadLogged && !logReplies;
}

/** Every rule in turn; the first that says no names the skip. */
export function decideAutoLog(facts: AutoLogFacts): AutoLogDecision {
  const off = autoLogSwitchedOn(facts);
  if (off !== undefined) return { log: false, skip: off };
  if (isMarkedPrivate(facts.sensitivity)) return { log: false, skip: "ADDIN_SKIP_PRIVATE" };
  if (isInternalOnly(facts.recipients)) return { log: false, skip: "ADDIN_SKIP_INTERNAL_ONLY" };
  if (isUnwantedReply(facts.reply, facts.threadLogged, facts.logReplies))
    return { log: false, skip: "ADDIN_SKIP_REPLY_IN_LOGGED_THREAD" };
  const external = facts.recipients.filter((person) => !person.invalid && !person.internal);
  if (external.length === 0) return { log: false, skip: "ADDIN_SKIP_NO_EXTERNAL_PARTICIPANT" };
  const addresses = loggableRecipients(facts.recipients, facts.neverLog, facts.contacts);
  const knownContact = addresses.some((address) => facts.contacts[address] === "known");
  // Only addresses the store has not answered for yet may stand in for a known contact: the store
  // matches them when the log arrives and logs nothing (STORE_NO_CONTACTS) when none is a contact.
  const unresolved = addresses.some((address) => facts.contacts[address] === undefined);
  if (!knownContact && !unresolved) return { log: false, skip: "ADDIN_SKIP_NO_KNOWN_CONTACT" };
  return { log: true, addresses, knownContact };
}
