import { sha256Hex } from "./sha256-hex";
import type { ItemSnapshot } from "./item-snapshot";
import { normalizeAddress } from "./normalize-address";
import { fail, ok, type Result } from "./result";

/** The internet header a message logged while composing carries, so every copy of it finds one key. */
export const TOUCHPOINT_ID_HEADER = "x-touchpoint-id";

/** A logged item's dedupe key across users, with the kind of source it is. */
export interface ItemSourceKey {
  kind: "email" | "meeting";
  key: string;
}

/** Why an item has no stable key yet; `compose_needs_header` tells the caller to set our header first. */
export interface NoSourceKey {
  code: "DOMAIN_NO_SOURCE_KEY";
  reason: "compose_needs_header" | "no_message_id" | "no_occurrence_start" | "no_meeting_identity";
}

/**
 * The DESIGN §4 source key of an item: `tp:<id>` for a message carrying our header, else
 * `msgid:<Message-ID>`, else (a client that gives no Message-ID) `mail:<sha256 of sender, sent time to the
 * second, subject>`; `ical:<UID>` for a meeting (`@<start>` added for an occurrence of a series), else
 * `mtg:<sha256 of organizer, start, subject>`. Pure and deterministic; what a fallback hashes is the same
 * for every recipient of the message, so they all find one key.
 */
export function sourceKeyOf(snapshot: ItemSnapshot): Result<ItemSourceKey, NoSourceKey> {
  return snapshot.kind === "message" ? messageKey(snapshot) : meetingKey(snapshot);
}

/** The source key for an id our add-in put in the x-touchpoint-id header. */
export function touchpointSourceKey(touchpointId: string): string {
  return `tp:${touchpointId.trim()}`;
}

/**
 * A Message-ID as one key: angle brackets, folding and surrounding space dropped. The local part keeps
 * its case (it is case-sensitive); the domain part after the last `@` is lower-cased (it is not).
 */
export function normalizeMessageId(raw: string): string | undefined {
  let id = raw.replace(/\s+/g, "");
  if (id.startsWith("<") && id.endsWith(">")) id = id.slice(1, -1);
  if (id.length === 0 || !isToken(id)) return undefined;
  const at = id.lastIndexOf("@");
  return at < 0 ? id : id.slice(0, at) + id.slice(at).toLowerCase();
}

function messageKey(snapshot: ItemSnapshot): Result<ItemSourceKey, NoSourceKey> {
  const touchpointId = snapshot.touchpointId?.trim() ?? "";
  if (isToken(touchpointId)) {
    return ok({ kind: "email", key: touchpointSourceKey(touchpointId) });
  }
  if (snapshot.mode === "compose") return noKey("compose_needs_header");
  const messageId = normalizeMessageId(snapshot.internetMessageId ?? "");
  if (messageId !== undefined) return ok({ kind: "email", key: `msgid:${messageId}` });
  const fallback = messageFallbackKey(snapshot);
  return fallback === undefined ? noKey("no_message_id") : ok({ kind: "email", key: fallback });
}

/**
 * A received message's key without a Message-ID: its sender, when it was sent and its subject, hashed.
 * The Date header's time is preferred (`sentAt`: every copy has the same); it is cut to whole seconds,
 * the precision of a Date header, so a host that adds milliseconds still meets the same key.
 */
function messageFallbackKey(snapshot: ItemSnapshot): string | undefined {
  const sender =
    normalizeAddress(snapshot.from?.address ?? "") ?? normalizeAddress(snapshot.sender?.address ?? "");
  const sent = canonicalTime(snapshot.sentAt ?? snapshot.dateTimeCreated, 1000);
  if (sender === undefined || sent === undefined) return undefined;
  const subject = snapshot.subject.trim().normalize("NFC");
  return `mail:${sha256Hex(`${sender}\n${sent}\n${subject}`)}`;
}

function meetingKey(snapshot: ItemSnapshot): Result<ItemSourceKey, NoSourceKey> {
  const start = canonicalTime(snapshot.start);
  const uid = snapshot.iCalUId?.trim() ?? "";
  if (uid.length > 0) {
    const isOccurrence = (snapshot.seriesId?.trim() ?? "").length > 0;
    if (!isOccurrence) return ok({ kind: "meeting", key: `ical:${uid}` });
    // Every occurrence shares the series' UID: its start tells them apart.
    return start === undefined
      ? noKey("no_occurrence_start")
      : ok({ kind: "meeting", key: `ical:${uid}@${start}` });
  }
  const organizer = normalizeAddress(organizerOf(snapshot) ?? "");
  if (organizer === undefined || start === undefined) return noKey("no_meeting_identity");
  const subject = snapshot.subject.trim().normalize("NFC");
  // A newline cannot occur in the address or the time, so the joined fields cannot run into each other.
  const digest = sha256Hex(`${organizer}\n${start}\n${subject}`);
  return ok({ kind: "meeting", key: `mtg:${digest}` });
}

/** The organizer's address; a meeting being organised is the signed-in (or shared) mailbox's own. */
function organizerOf(snapshot: ItemSnapshot): string | undefined {
  if (snapshot.organizer !== undefined) return snapshot.organizer.address;
  if (snapshot.mode === "compose") return (snapshot.mailbox.sharedOwner ?? snapshot.mailbox.user).address;
  return undefined;
}

/**
 * An ISO 8601 time in one spelling (UTC, milliseconds), so `+03:00` and `Z` forms of one instant agree;
 * cut down to a multiple of `stepMs` when given.
 */
function canonicalTime(iso: string | undefined, stepMs = 1): string | undefined {
  const text = iso?.trim() ?? "";
  if (text.length === 0) return undefined;
  // A time without a zone would be read in the runtime's local zone: read it as UTC, the same everywhere.
  const time = Date.parse(/T[\d:.]+$/.test(text) ? `${text}Z` : text);
  return Number.isNaN(time) ? undefined : new Date(Math.floor(time / stepMs) * stepMs).toISOString();
}

/** Non-empty, with no whitespace and no control character: safe to use inside a key. */
function isToken(text: string): boolean {
  if (!/^\S+$/.test(text)) return false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return false;
  }
  return true;
}

function noKey(reason: NoSourceKey["reason"]): { ok: false; error: NoSourceKey } {
  return fail({ code: "DOMAIN_NO_SOURCE_KEY", reason });
}
