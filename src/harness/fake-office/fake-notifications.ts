import type { HarnessHost } from "../host/harness-host";
import { failWith, succeed, type AsyncArgs } from "./async-result";

const MAX_MESSAGES = 5;
const MAX_LENGTH = 150;

/** `item.notificationMessages`, writing to the harness's notification bar with Outlook's limits. */
export function fakeNotifications(host: HarnessHost, itemName: string): Office.NotificationMessages {
  const check = (
    key: string,
    details: Office.NotificationMessageDetails,
    args: readonly unknown[],
  ): boolean => {
    if (typeof details.message !== "string" || details.message.length > MAX_LENGTH) {
      failWith(
        args,
        "DataExceedsMaximumSize",
        `The notification message must be text of at most ${MAX_LENGTH} characters.`,
        9001,
      );
      return false;
    }
    if (
      details.type === "informationalMessage" &&
      (details.icon === undefined || details.persistent === undefined)
    ) {
      failWith(
        args,
        "InvalidArgument",
        "An informational message requires icon and persistent (Outlook rejects it otherwise).",
        9002,
      );
      return false;
    }
    if (details.type === "progressIndicator" && details.icon !== undefined) {
      failWith(args, "InvalidArgument", "A progress indicator takes no icon.", 9002);
      return false;
    }
    if (key.length === 0 || key.length > 32) {
      failWith(args, "InvalidArgument", "A notification key has 1 to 32 characters.", 9002);
      return false;
    }
    return true;
  };
  const put = (key: string, details: Office.NotificationMessageDetails) =>
    host.putNotification(itemName, {
      key,
      type: String(details.type),
      message: String(details.message),
      icon: details.icon,
      persistent: details.persistent === undefined ? undefined : details.persistent.valueOf(),
    });
  return {
    addAsync(key: string, details: Office.NotificationMessageDetails, ...args: AsyncArgs<void>) {
      const existing = host.notificationsOf(itemName);
      if (existing.some((entry) => entry.key === key))
        return failWith(args, "DuplicateNotificationKey", `Key ${key} already exists.`);
      if (existing.length >= MAX_MESSAGES)
        return failWith(args, "NumberOfNotificationMessagesExceeded", "At most 5 messages per item.");
      if (!check(key, details, args)) return;
      put(key, details);
      succeed(args, undefined);
    },
    replaceAsync(key: string, details: Office.NotificationMessageDetails, ...args: AsyncArgs<void>) {
      if (!check(key, details, args)) return;
      put(key, details);
      succeed(args, undefined);
    },
    removeAsync(key: string, ...args: AsyncArgs<void>) {
      if (!host.removeNotification(itemName, key))
        return failWith(args, "KeyNotFound", `No notification with key ${key}.`);
      succeed(args, undefined);
    },
    getAllAsync(...args: AsyncArgs<Office.NotificationMessageDetails[]>) {
      succeed(
        args,
        host.notificationsOf(itemName).map((entry) => ({ ...entry })),
      );
    },
  } satisfies Office.NotificationMessages;
}
