import PostalMime, { type Address, type Email } from "postal-mime";
import { fail, ok, type Result } from "../../domain/result";
import { harnessItem, type HarnessItem, type HarnessPerson } from "../harness-item";
import { importedItemName, type ImportError } from "./import-error";
import { parseIcs } from "./parse-ics";

/**
 * Turns a raw RFC 5322 message into a harness item with postal-mime (encoded words, charsets, groups).
 * A message carrying a text/calendar part (an invitation) becomes the meeting it describes. Never throws.
 */
export async function parseEml(
  raw: ArrayBuffer | Uint8Array | string,
  fileName: string,
): Promise<Result<HarnessItem, ImportError>> {
  let email: Email;
  try {
    email = await PostalMime.parse(raw);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return fail({ code: "HARNESS_UNREADABLE_FILE", message: `${fileName} is not a readable email: ${why}` });
  }
  const from = firstPerson(email.from);
  const to = people(email.to);
  const cc = people(email.cc);
  if (from === undefined && to.length === 0 && cc.length === 0 && email.subject === undefined) {
    return fail({
      code: "HARNESS_UNREADABLE_FILE",
      message: `${fileName} has no sender, recipients or subject: is it an email?`,
    });
  }
  const message = harnessItem({
    name: importedItemName(fileName),
    kind: "message",
    subject: email.subject ?? "",
    body: email.text ?? stripTags(email.html ?? ""),
    from,
    to,
    cc,
    bcc: people(email.bcc),
    dateTimeCreated: isoDate(email.date) ?? new Date().toISOString(),
    internetMessageId: email.messageId,
    headers: headerMap(email),
    origin: fileName,
  });
  return ok(asMeeting(email, message) ?? message);
}

/** The invitation inside a message, as a meeting keeping the message's id and headers. */
function asMeeting(email: Email, message: HarnessItem): HarnessItem | undefined {
  const part = email.attachments.find((attachment) => attachment.mimeType === "text/calendar");
  if (part === undefined) return undefined;
  const text =
    typeof part.content === "string" ? part.content : new TextDecoder("utf-8").decode(part.content);
  const parsed = parseIcs(text, message.origin);
  if (!parsed.ok) return undefined;
  const meeting = parsed.value;
  return {
    ...meeting,
    name: message.name,
    subject: meeting.subject || message.subject,
    body: message.body || meeting.body,
    organizer: meeting.organizer ?? message.from,
    from: message.from,
    requiredAttendees: meeting.requiredAttendees.length > 0 ? meeting.requiredAttendees : [...message.to],
    optionalAttendees: meeting.optionalAttendees.length > 0 ? meeting.optionalAttendees : [...message.cc],
    internetMessageId: message.internetMessageId,
    headers: message.headers,
  };
}

function people(addresses: Address[] | undefined): HarnessPerson[] {
  // Groups ("Team: a, b;") are unwrapped: Outlook shows their members; an empty group shows nobody.
  return (addresses ?? [])
    .flatMap((entry) => (entry.group === undefined ? [entry] : entry.group))
    .flatMap(toPerson);
}

function firstPerson(address: Address | undefined): HarnessPerson | undefined {
  return address === undefined ? undefined : people([address])[0];
}

function toPerson(mailbox: { name: string; address: string }): HarnessPerson[] {
  const address = mailbox.address.trim();
  const name = mailbox.name.trim();
  return address.length === 0 && name.length === 0 ? [] : [{ name, address }];
}

function isoDate(date: string | undefined): string | undefined {
  if (date === undefined) return undefined;
  const time = Date.parse(date);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

function headerMap(email: Email): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const header of email.headers) headers[header.key] ??= header.value;
  return headers;
}

function stripTags(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
