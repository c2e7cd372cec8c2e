import type { HarnessItem } from "../harness-item";
import type { MailboxUser } from "../samples/mailbox-users";

/**
 * What Outlook files in Sent Items once a message being written is sent: the same message in read form,
 * from the user, dated now, with a Message-ID and every internet header an add-in set while composing
 * (x-touchpoint-id among them). A meeting being sent stays the organizer's item, as it is.
 */
export function sentCopy(item: HarnessItem, user: MailboxUser, now = new Date()): HarnessItem {
  if (item.kind !== "message") return item;
  const stamp = now.getTime().toString(36);
  const name = `${item.name}-sent-${stamp}`;
  return {
    ...structuredClone(item),
    name,
    mode: "read",
    conversationId: item.conversationId ?? `conv-${item.name}`,
    from: item.from ?? { name: user.name, address: user.address },
    dateTimeCreated: now.toISOString(),
    itemId: `AAMkHarness-${name}`,
    internetMessageId: `<${name}@${user.address.split("@")[1] ?? "harness.example"}>`,
    headers: { ...item.headers, date: now.toUTCString() },
    origin: "sent",
  };
}
