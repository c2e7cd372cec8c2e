import type { SourceStatus } from "../../src/contracts";
import { sourceKeyOf } from "../../src/domain/source-key";
import { ownMessageId, ownSubject } from "../../src/harness/samples/own-copy";
import { ALEX, readApi } from "./harness-browser";

/** A sample message's source key as a test's run sees it (its own copy, see ownCopy). */
export const ownMessageKey = (messageId: string, run: string): string =>
  `msgid:${ownMessageId(messageId, run)}`;

/**
 * A sample meeting's source key as a test's run sees it. Outlook gives no iCalendar UID to add-ins: a
 * meeting is keyed by organizer, start and subject (domain rule), and the run is in the subject.
 */
export function ownMeetingKey(organizer: string, start: string, subject: string, run: string): string {
  const key = sourceKeyOf({
    kind: "appointment",
    mode: "read",
    subject: ownSubject(subject, run),
    organizer: { name: "", address: organizer },
    start,
    to: [],
    cc: [],
    bcc: [],
    requiredAttendees: [],
    optionalAttendees: [],
    mailbox: { user: { name: "", address: ALEX } },
    recipientsTruncated: false,
  });
  if (!key.ok) throw new Error(key.error.reason);
  return key.value.key;
}

/** What the store holds for a source, as Alex reads it. */
export async function sourceStatus(sourceKey: string): Promise<SourceStatus> {
  const { body } = await readApi<SourceStatus>(`/logged-items?source=${encodeURIComponent(sourceKey)}`);
  return body;
}

/** The names of the contacts a source is logged to by items not canceled. */
export const contactsLogged = (source: SourceStatus): Set<string | undefined> =>
  new Set(
    source.loggedItems.filter((l) => !l.item.canceled).flatMap((l) => l.entries.map((e) => e.contactName)),
  );
