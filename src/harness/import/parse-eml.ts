import PostalMime, { decodeWords, type Email } from "postal-mime";
import { displayAddress } from "../../domain/normalize-address";
import { parseAddressList } from "../../domain/parse-address-list";
import { fail, ok, type Result } from "../../domain/result";
import { harnessItem, type HarnessItem, type HarnessPerson } from "../harness-item";
import { importedItemName, type ImportError } from "./import-error";
import { parseIcs } from "./parse-ics";

/**
 * Turns a raw RFC 5322 message into a harness item: postal-mime reads the MIME structure (charsets,
 * parts, the subject's encoded words); the address headers are read by the domain's own
 * `parseAddressList` (comments, groups, obsolete routes, several From, quoted local parts), then each
 * display name's encoded words are decoded and internationalised domains shown in Unicode, as a mail
 * client shows them. A message carrying a text/calendar part (an invitation) becomes the meeting it
 * describes. Never throws.
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
  const headers = headerLists(email);
  const [from, ...coAuthors] = people(headers.get("from"));
  const to = people(headers.get("to"));
  const cc = people(headers.get("cc"));
  if (from === undefined && to.length === 0 && cc.length === 0 && email.subject === undefined) {
    return fail({
      code: "HARNESS_UNREADABLE_FILE",
      message: `${fileName} has no sender, recipients or subject: is it an email?`,
    });
  }
  // Outlook saves a draft as .eml with "X-Unsent: 1" and opens it in compose form: so does the harness.
  const draft = headers.get("x-unsent")?.[0]?.trim() === "1";
  const message = harnessItem({
    name: importedItemName(fileName),
    kind: "message",
    ...(draft ? { mode: "compose" as const } : {}),
    subject: email.subject ?? "",
    body: email.text ?? stripTags(email.html ?? ""),
    from,
    ...(coAuthors.length > 0 ? { coAuthors } : {}),
    to,
    cc,
    bcc: people(headers.get("bcc")),
    dateTimeCreated: isoDate(email.date) ?? new Date().toISOString(),
    // A draft has no Internet message id until it is sent.
    ...(draft ? {} : { internetMessageId: email.messageId }),
    headers: headerMap(headers),
    origin: fileName,
  });
  return ok((draft ? undefined : asMeeting(email, message)) ?? message);
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

/** Every value of each header, by lower-case name, in file order (a message may repeat From). */
function headerLists(email: Email): Map<string, string[]> {
  const lists = new Map<string, string[]>();
  for (const header of email.headers) lists.set(header.key, [...(lists.get(header.key) ?? []), header.value]);
  return lists;
}

/** The mailboxes of one header's values; groups give their members, an empty group nobody. */
function people(values: string[] | undefined): HarnessPerson[] {
  return (values ?? []).flatMap(parseAddressList).flatMap(({ name, address }) => {
    const person = { name: decodeName(name), address: displayAddress(address.trim()) };
    return person.address.length === 0 && person.name.length === 0 ? [] : [person];
  });
}

function decodeName(name: string): string {
  try {
    return decodeWords(name).trim();
  } catch {
    return name.trim();
  }
}

/** One value per header for the fake's header block; address lists given twice are joined, as one list. */
function headerMap(lists: Map<string, string[]>): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [key, values] of lists) {
    headers[key] = ADDRESS_HEADERS.has(key) ? values.join(", ") : (values[0] ?? "");
  }
  return headers;
}

const ADDRESS_HEADERS = new Set(["from", "to", "cc", "bcc", "reply-to", "sender"]);

function isoDate(date: string | undefined): string | undefined {
  if (date === undefined) return undefined;
  const time = Date.parse(date);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

function stripTags(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
