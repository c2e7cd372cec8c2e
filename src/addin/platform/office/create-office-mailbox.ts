import type { EmailUser, ItemSnapshot } from "../../../domain/item-snapshot";
import { fail, ok, type Result } from "../../../domain/result";
import { TOUCHPOINT_ID_HEADER } from "../../../domain/source-key";
import type { MailboxError, MailboxPort, NotificationKind } from "../../ports/mailbox-port";
import { officeAsync, officeSkipped } from "./office-async";
import { readAppointmentAttendee, readAppointmentOrganizer } from "./read-appointment";
import { readMessageCompose, readMessageRead } from "./read-message";
import { supportsMailbox } from "./supports-mailbox";
import { toEmailUser } from "./to-email-user";

/** Touchpoint's one slot in the item's notification bar: each message replaces the previous one. */
const NOTIFICATION_KEY = "touchpoint";
/** Outlook refuses notification messages longer than this. */
const NOTIFICATION_MAX = 150;
/** An icon resource of the manifest; informational messages must name one. */
const NOTIFICATION_ICON = "Icon.16x16";

type AnyItem = NonNullable<Office.Mailbox["item"]>;

const unsupported = (message: string) => fail<MailboxError>({ code: "ADDIN_UNSUPPORTED_HOST", message });

function isDark(color: string | undefined): boolean {
  const hex = /^#?([0-9a-f]{6})$/i.exec(color?.trim() ?? "")?.[1];
  if (!hex) return false;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

// An item in a shared folder or shared mailbox exposes getSharedPropertiesAsync (Mailbox 1.8); its owner
// is whose mailbox the interaction belongs to, not the signed-in delegate.
function readSharedOwner(
  office: typeof Office,
  item: AnyItem,
): Promise<Result<EmailUser | undefined, MailboxError>> {
  if (!supportsMailbox(office, "1.8") || typeof item.getSharedPropertiesAsync !== "function")
    return officeSkipped(undefined);
  return officeAsync<Office.SharedProperties>(office, "Reading the shared mailbox", (cb) =>
    item.getSharedPropertiesAsync(cb),
  ).then((r) => (r.ok ? ok(r.value.owner ? { name: r.value.owner, address: r.value.owner } : undefined) : r));
}

async function readItem(office: typeof Office, mailbox: Office.Mailbox, item: AnyItem) {
  const owner = await readSharedOwner(office, item);
  if (!owner.ok) return owner;
  const user = toEmailUser(mailbox.userProfile ?? {});
  const base: Pick<ItemSnapshot, "mailbox"> = {
    mailbox: owner.value ? { user, sharedOwner: owner.value } : { user },
  };
  // Read forms give plain strings; compose forms give objects with getAsync.
  const reading = typeof item.subject === "string";
  if (item.itemType === office.MailboxEnums.ItemType.Message)
    return reading ? readMessageRead(office, item, base) : readMessageCompose(office, item, base);
  if (item.itemType === office.MailboxEnums.ItemType.Appointment)
    return reading
      ? readAppointmentAttendee(office, item, base)
      : readAppointmentOrganizer(office, item, base);
  return unsupported(`Touchpoint cannot read an item of type "${String(item.itemType)}".`);
}

/**
 * The MailboxPort over Office.js: the only place the add-in reads the open item, writes to Outlook's
 * notification bar or listens for item changes. Every async result is checked and becomes a value.
 */
export function createOfficeMailbox(
  office: typeof Office | undefined = (globalThis as { Office?: typeof Office }).Office,
): MailboxPort {
  const mailboxOf = (): Office.Mailbox | undefined => office?.context?.mailbox;

  /** The internet headers of the message being written, where this Outlook can set them. */
  function composeHeaders(): Result<{ host: typeof Office; headers: Office.InternetHeaders }, MailboxError> {
    const item = mailboxOf()?.item;
    if (!office || !item) return fail({ code: "ADDIN_NO_ITEM", message: "No message is being written." });
    // Only a message being written has internet headers to set (Office.MessageCompose).
    const headers: Office.InternetHeaders | undefined = item.internetHeaders;
    if (!supportsMailbox(office, "1.8") || typeof headers?.setAsync !== "function")
      return fail({
        code: "ADDIN_REQUIREMENT_MISSING",
        message: "This Outlook cannot set internet headers.",
      });
    return ok({ host: office, headers });
  }

  return {
    async readCurrentItem() {
      const mailbox = mailboxOf();
      if (!office || !mailbox) return unsupported("Touchpoint runs only inside Outlook.");
      const item = mailbox.item;
      if (!item) return fail({ code: "ADDIN_NO_ITEM", message: "No email or meeting is selected." });
      return readItem(office, mailbox, item);
    },

    async notify(kind: NotificationKind, message: string) {
      const item = mailboxOf()?.item;
      if (!office || !item) return fail({ code: "ADDIN_NO_ITEM", message: "No item to show a message on." });
      const types = office.MailboxEnums.ItemNotificationMessageType;
      const text = message.length > NOTIFICATION_MAX ? `${message.slice(0, NOTIFICATION_MAX - 1)}…` : message;
      const details: Office.NotificationMessageDetails =
        kind === "info"
          ? { type: types.InformationalMessage, message: text, icon: NOTIFICATION_ICON, persistent: false }
          : { type: kind === "error" ? types.ErrorMessage : types.ProgressIndicator, message: text };
      return officeAsync<void>(office, "Showing the notification", (cb) =>
        item.notificationMessages.replaceAsync(NOTIFICATION_KEY, details, cb),
      );
    },

    async onItemChanged(listener: () => void) {
      const mailbox = mailboxOf();
      if (!office || !mailbox) return unsupported("Touchpoint runs only inside Outlook.");
      if (!supportsMailbox(office, "1.5"))
        return fail({
          code: "ADDIN_REQUIREMENT_MISSING",
          message: "This Outlook cannot follow the selected item.",
        });
      const eventType = office.EventType.ItemChanged;
      const added = await officeAsync<void>(office, "Following the selected item", (cb) =>
        mailbox.addHandlerAsync(eventType, () => listener(), cb),
      );
      if (!added.ok) return added;
      // Unsubscribing happens as the pane goes away; nobody is left to act on a failure, so it is not awaited.
      return ok(() => mailbox.removeHandlerAsync(eventType, () => undefined));
    },

    async setTouchpointId(id: string) {
      const marking = composeHeaders();
      if (!marking.ok) return marking;
      const { host, headers } = marking.value;
      return officeAsync<void>(host, "Marking the message", (cb) =>
        headers.setAsync({ [TOUCHPOINT_ID_HEADER]: id }, cb),
      );
    },

    canSetTouchpointId() {
      const headers = composeHeaders();
      return headers.ok ? ok(undefined) : headers;
    },

    openItem(itemId: string, kind: "message" | "appointment") {
      const mailbox = mailboxOf();
      if (!mailbox) return unsupported("Touchpoint runs only inside Outlook.");
      try {
        if (kind === "message") mailbox.displayMessageForm(itemId);
        else mailbox.displayAppointmentForm(itemId);
        return ok(undefined);
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        return fail({ code: "ADDIN_OFFICE_ASYNC_FAILED", message: `Opening the item failed: ${detail}` });
      }
    },

    displayLanguage() {
      return office?.context?.displayLanguage || "en-US";
    },

    theme() {
      return isDark(office?.context?.officeTheme?.bodyBackgroundColor) ? "dark" : "light";
    },
  };
}
