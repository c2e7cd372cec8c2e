import type { ParticipantRole } from "../contracts/interactions";
import type { EmailUser, ItemSnapshot } from "./item-snapshot";
import { isWithinDomains } from "./is-within-domains";
import { domainOf, normalizeAddress } from "./normalize-address";

/** One person on an item, once, whatever the number of fields they appear in. */
export interface ItemParticipant {
  /** The normalised address; for an invalid one, the address as written. */
  address: string;
  /** The first non-empty display name seen; never used to tell people apart. */
  name: string;
  /** The most telling role (from before to before cc …), and every role the person has. */
  role: ParticipantRole;
  roles: ParticipantRole[];
  internal: boolean;
  /** Not a usable address: shown, never matched or logged. */
  invalid: boolean;
}

/** Roles in order of how much they say about the person's part in the item. */
const ROLE_ORDER: readonly ParticipantRole[] = [
  "from",
  "sender",
  "organizer",
  "to",
  "required",
  "cc",
  "optional",
  "bcc",
];

/**
 * The deduplicated participants of an item (by normalised address), each with its roles and internal
 * flag, without the signed-in user (the colleague logging) and without the meeting's rooms and resources.
 * Bcc is kept only where the user wrote it (compose mode, or a message the user sent); invalid addresses
 * are kept and flagged.
 */
export function participantsOf(
  snapshot: ItemSnapshot,
  internalDomains: ReadonlySet<string>,
): ItemParticipant[] {
  const self = normalizeAddress(snapshot.mailbox.user.address);
  const rooms = new Set((snapshot.rooms ?? []).map((room) => normalizeAddress(room) ?? room));
  const byKey = new Map<string, ItemParticipant>();
  const add = (user: EmailUser | undefined, role: ParticipantRole): void => {
    if (user === undefined) return;
    const normalized = normalizeAddress(user.address);
    if (normalized !== undefined && (normalized === self || rooms.has(normalized))) return;
    const written = user.address.trim();
    const name = user.name.trim();
    if (normalized === undefined && written.length === 0 && name.length === 0) return;
    // Invalid addresses are told apart by what was written (or the name when nothing was).
    const key = normalized ?? `invalid:${written.toLowerCase() || name}`;
    const seen = byKey.get(key);
    if (seen) {
      if (!seen.roles.includes(role)) seen.roles.push(role);
      if (seen.name.length === 0) seen.name = name;
      return;
    }
    byKey.set(key, {
      address: normalized ?? written,
      name,
      role,
      roles: [role],
      internal: normalized !== undefined && isWithinDomains(domainOf(normalized), internalDomains),
      invalid: normalized === undefined,
    });
  };

  add(snapshot.from, "from");
  for (const user of snapshot.coAuthors ?? []) add(user, "from");
  add(snapshot.sender, "sender");
  add(snapshot.organizer, "organizer");
  for (const user of snapshot.to) add(user, "to");
  for (const user of snapshot.requiredAttendees) add(user, "required");
  for (const user of snapshot.cc) add(user, "cc");
  for (const user of snapshot.optionalAttendees) add(user, "optional");
  if (bccIsOurs(snapshot, self)) for (const user of snapshot.bcc) add(user, "bcc");

  return [...byKey.values()].map((participant) => {
    const roles = [...participant.roles].sort((a, b) => ROLE_ORDER.indexOf(a) - ROLE_ORDER.indexOf(b));
    return { ...participant, roles, role: roles[0] ?? participant.role };
  });
}

/** Bcc belongs to whoever wrote the message: a recipient must never learn of it from a log. */
function bccIsOurs(snapshot: ItemSnapshot, self: string | undefined): boolean {
  if (snapshot.kind !== "message") return false;
  if (snapshot.mode === "compose") return true;
  const owners = [snapshot.mailbox.user, snapshot.mailbox.sharedOwner].map((user) =>
    user === undefined ? undefined : normalizeAddress(user.address),
  );
  const author =
    normalizeAddress(snapshot.from?.address ?? "") ?? normalizeAddress(snapshot.sender?.address ?? "");
  return author !== undefined && (author === self || owners.includes(author));
}
