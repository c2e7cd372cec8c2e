import type { EmailUser, ItemSnapshot } from "../../../domain/item-snapshot";
import { normalizeAddress } from "../../../domain/normalize-address";
import { TOUCHPOINT_ID_HEADER } from "../../../domain/source-key";
import { ok, type Result } from "../../../domain/result";
import type { MailboxError } from "../../ports/mailbox-port";
import { officeAll, officeAsync, officeSkipped } from "./office-async";
import { isAtRecipientLimit } from "./recipient-limits";
import { supportsMailbox as supports } from "./supports-mailbox";
import { toEmailUser, toEmailUsers } from "./to-email-user";

/** The snapshot fields every mode shares; filled in by the mailbox adapter. */
export type SnapshotBase = Pick<ItemSnapshot, "mailbox">;

// Headers arrive as one RFC 5322 block; a long value may be folded onto indented continuation lines,
// and a header may be given more than once.
function headerValues(headers: string, name: string): string[] {
  const lines = headers.split(/\r?\n/);
  const values: string[] = [];
  lines.forEach((line, at) => {
    if (!line.toLowerCase().startsWith(`${name}:`)) return;
    let value = line.slice(name.length + 1);
    for (let i = at + 1; i < lines.length && /^[ \t]/.test(lines[i] ?? ""); i++)
      value += ` ${lines[i]?.trim()}`;
    if (value.trim() !== "") values.push(value.trim());
  });
  return values;
}

const headerValue = (headers: string, name: string): string | undefined => headerValues(headers, name)[0];

/** When the message was sent, from its Date header (every recipient's copy has the same). */
function sentAtOf(headers: string): string | undefined {
  const date = headerValue(headers, "date");
  const time = date === undefined ? Number.NaN : Date.parse(date);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/**
 * The authors of a From naming several mailboxes beyond the one Outlook gives: Outlook's `from` is the
 * first only. A name still in encoded words (RFC 2047) is left out rather than shown encoded. The
 * address-list parser is a chunk of its own, fetched only for such a rare From: without it (offline
 * before it ever loaded) the message reads as Outlook gives it.
 */
async function coAuthorsOf(headers: string, from: EmailUser | undefined): Promise<EmailUser[]> {
  const values = headerValues(headers, "from");
  if (values.join(",").split("@").length <= 2) return [];
  const parser = await import("../../../domain/parse-address-list").catch(() => undefined);
  if (parser === undefined) return [];
  const known = normalizeAddress(from?.address ?? "");
  return values
    .flatMap(parser.parseAddressList)
    .filter((author) => {
      const address = normalizeAddress(author.address);
      return address !== undefined && address !== known;
    })
    .map((author) => ({ address: author.address, name: author.name.includes("=?") ? "" : author.name }));
}

/** Snapshot of a received or sent message open for reading. */
export async function readMessageRead(
  office: typeof Office,
  item: Office.MessageRead,
  base: SnapshotBase,
): Promise<Result<ItemSnapshot, MailboxError>> {
  // Mailbox 1.8 gives the headers; without it the message is keyed by its Message-ID alone.
  const headers = await (supports(office, "1.8") && typeof item.getAllInternetHeadersAsync === "function"
    ? officeAsync<string>(office, "Reading the message headers", (cb) => item.getAllInternetHeadersAsync(cb))
    : officeSkipped(""));
  if (!headers.ok) return headers;
  const to = toEmailUsers(item.to);
  const cc = toEmailUsers(item.cc);
  const from = item.from ? toEmailUser(item.from) : undefined;
  const coAuthors = await coAuthorsOf(headers.value, from);
  const sentAt = sentAtOf(headers.value);
  return ok({
    ...base,
    kind: "message",
    mode: "read",
    itemId: item.itemId || undefined,
    conversationId: item.conversationId || undefined,
    internetMessageId: item.internetMessageId || undefined,
    touchpointId: headerValue(headers.value, TOUCHPOINT_ID_HEADER),
    subject: item.subject ?? "",
    from,
    ...(coAuthors.length > 0 ? { coAuthors } : {}),
    sender: item.sender ? toEmailUser(item.sender) : undefined,
    to,
    cc,
    bcc: [],
    requiredAttendees: [],
    optionalAttendees: [],
    dateTimeCreated: item.dateTimeCreated ? new Date(item.dateTimeCreated).toISOString() : undefined,
    ...(sentAt === undefined ? {} : { sentAt }),
    recipientsTruncated: isAtRecipientLimit(to.length) || isAtRecipientLimit(cc.length),
  });
}

/** Snapshot of a message being written: every field through its getAsync. */
export async function readMessageCompose(
  office: typeof Office,
  item: Office.MessageCompose,
  base: SnapshotBase,
): Promise<Result<ItemSnapshot, MailboxError>> {
  const read = await officeAll({
    subject: officeAsync<string>(office, "Reading the subject", (cb) => item.subject.getAsync(cb)),
    to: officeAsync<Office.EmailAddressDetails[]>(office, "Reading To", (cb) => item.to.getAsync(cb)),
    cc: officeAsync<Office.EmailAddressDetails[]>(office, "Reading Cc", (cb) => item.cc.getAsync(cb)),
    bcc: officeAsync<Office.EmailAddressDetails[]>(office, "Reading Bcc", (cb) => item.bcc.getAsync(cb)),
    from:
      supports(office, "1.7") && item.from
        ? officeAsync<Office.EmailAddressDetails | undefined>(office, "Reading From", (cb) =>
            item.from.getAsync(cb),
          )
        : officeSkipped(undefined),
    headers:
      supports(office, "1.8") && item.internetHeaders
        ? officeAsync<Record<string, string>>(office, "Reading the message headers", (cb) =>
            item.internetHeaders.getAsync([TOUCHPOINT_ID_HEADER], cb),
          )
        : officeSkipped<Record<string, string>>({}),
    composeType:
      supports(office, "1.10") && typeof item.getComposeTypeAsync === "function"
        ? officeAsync<{ composeType: string }>(office, "Reading how the message began", (cb) =>
            item.getComposeTypeAsync(cb),
          )
        : officeSkipped<{ composeType: string } | undefined>(undefined),
  });
  if (!read.ok) return read;
  const { subject, from, headers, composeType } = read.value;
  const [to, cc, bcc] = [read.value.to, read.value.cc, read.value.bcc].map(toEmailUsers) as [
    ItemSnapshot["to"],
    ItemSnapshot["cc"],
    ItemSnapshot["bcc"],
  ];
  const touchpointId = Object.entries(headers ?? {}).find(
    ([k]) => k.toLowerCase() === TOUCHPOINT_ID_HEADER,
  )?.[1];
  return ok({
    ...base,
    kind: "message",
    mode: "compose",
    conversationId: item.conversationId || undefined,
    touchpointId: touchpointId || undefined,
    composeType: toComposeType(composeType?.composeType),
    subject: subject ?? "",
    // Without Mailbox 1.7 the sender of a new message is the signed-in user.
    from: from ? toEmailUser(from) : base.mailbox.user,
    to,
    cc,
    bcc,
    requiredAttendees: [],
    optionalAttendees: [],
    recipientsTruncated: [to, cc, bcc].some((list) => isAtRecipientLimit(list.length)),
  });
}

function toComposeType(value: string | undefined): ItemSnapshot["composeType"] {
  return value === "newMail" || value === "reply" || value === "forward" ? value : undefined;
}
