import type { InformationFlow, InitiatedBy } from "../contracts/common";
import type { EmailUser, ItemSnapshot } from "./item-snapshot";
import { isInternal } from "./internal-domains";
import { normalizeAddress } from "./normalize-address";

/** Which way an interaction went and who started it [Information Flow, Initiated By]. */
export interface Direction {
  informationFlow: InformationFlow;
  initiatedBy: InitiatedBy;
}

const OUTBOUND: Direction = { informationFlow: "outbound", initiatedBy: "us" };
const INBOUND: Direction = { informationFlow: "inbound", initiatedBy: "them" };

/**
 * The direction an item shows (DESIGN §4): its originator (a message's from/sender, a meeting's
 * organizer) internal → outbound, initiated by us; external → inbound, by them; unknown → undefined,
 * so the template decides. An item being composed is ours (or the shared mailbox's we write from).
 */
export function directionOf(
  snapshot: ItemSnapshot,
  internalDomains: ReadonlySet<string>,
): Direction | undefined {
  const originator = originatorOf(snapshot);
  if (originator === undefined || normalizeAddress(originator.address) === undefined) return undefined;
  return isInternal(originator.address, internalDomains) ? OUTBOUND : INBOUND;
}

function originatorOf(snapshot: ItemSnapshot): EmailUser | undefined {
  const stated =
    snapshot.kind === "message" ? firstValid(snapshot.from, snapshot.sender) : snapshot.organizer;
  if (stated !== undefined && normalizeAddress(stated.address) !== undefined) return stated;
  // Compose mode may not know the from/organizer yet: the signed-in user (or the shared owner) writes it.
  if (snapshot.mode === "compose") return snapshot.mailbox.sharedOwner ?? snapshot.mailbox.user;
  return stated;
}

function firstValid(...users: (EmailUser | undefined)[]): EmailUser | undefined {
  return users.find((user) => user !== undefined && normalizeAddress(user.address) !== undefined) ?? users[0];
}
