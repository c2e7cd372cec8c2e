import type { HarnessItem } from "../harness-item";
import type { HarnessHost } from "../host/harness-host";
import { failWith, succeed } from "./async-result";
import { fakeNotifications } from "./fake-notifications";

/** Outlook on the web caps read-mode recipient lists (a longer list is cut, and the add-in must say so). */
export const READ_RECIPIENT_LIMIT = 100;

/** The members every Outlook item has, whatever its kind and mode. */
export function itemCommon(host: HarnessHost, item: HarnessItem): Record<string, unknown> {
  return {
    itemType: item.kind,
    conversationId: `conv-${item.name}`,
    attachments: [],
    notificationMessages: fakeNotifications(host, item.name),
    // Non-standard: the iCalendar UID of an imported meeting, which real Outlook only gives through Graph/EWS.
    iCalUId: item.kind === "appointment" ? item.iCalUId : undefined,
    body: {
      getAsync(_coercion: unknown, ...args: unknown[]) {
        succeed(args, host.item?.name === item.name ? item.body : "");
      },
      setAsync(text: unknown, ...args: unknown[]) {
        if (item.mode !== "compose") return failWith(args, "InvalidAPICall", "The body is read-only here.");
        host.updateItem((live) => (live.body = String(text)));
        succeed(args);
      },
      getTypeAsync(...args: unknown[]) {
        succeed(args, "text");
      },
    },
    // Outlook gives this only for items in a shared folder or mailbox: its presence is the signal.
    ...(host.sharedOwner === undefined
      ? {}
      : {
          getSharedPropertiesAsync(...args: unknown[]) {
            const owner = host.sharedOwner?.address ?? host.user.address;
            succeed(args, { owner, targetMailbox: owner, targetRestUrl: "", permissions: 0x3f });
          },
        }),
  };
}

/**
 * An appointment's `enhancedLocation` (Mailbox 1.8): each room as a Room location whose id is its address,
 * the free-text location as a Custom one.
 */
export function enhancedLocation(item: HarnessItem): { getAsync(...args: unknown[]): void } {
  return {
    getAsync(...args: unknown[]) {
      const rooms = (item.rooms ?? []).map((room) => ({
        locationIdentifier: { id: room.address, type: "room" },
        displayName: room.name || room.address,
        emailAddress: room.address,
      }));
      const custom = item.location
        ? [
            {
              locationIdentifier: { id: item.location, type: "custom" },
              displayName: item.location,
              emailAddress: "",
            },
          ]
        : [];
      succeed(args, [...rooms, ...custom]);
    },
  };
}

/** The header block of a read message, as getAllInternetHeadersAsync returns it. */
export function headerText(item: HarnessItem): string {
  const headers: Record<string, string> = { ...item.headers };
  const person = (p: { name: string; address: string }) =>
    p.name ? `"${p.name}" <${p.address}>` : p.address;
  if (item.from !== undefined) headers.from ??= person(item.from);
  if (item.to.length > 0) headers.to ??= item.to.map(person).join(", ");
  if (item.cc.length > 0) headers.cc ??= item.cc.map(person).join(", ");
  headers.subject ??= item.subject;
  if (item.internetMessageId !== undefined) headers["message-id"] ??= item.internetMessageId;
  headers.date ??= new Date(item.dateTimeCreated).toUTCString();
  return Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}`)
    .join("\r\n");
}
