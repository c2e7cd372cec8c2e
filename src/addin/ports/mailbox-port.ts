import type { AddinErrorCode } from "../../contracts";
import type { ItemSnapshot } from "../../domain/item-snapshot";
import type { Result } from "../../domain/result";

export type MailboxErrorCode = Extract<
  AddinErrorCode,
  "ADDIN_NO_ITEM" | "ADDIN_OFFICE_ASYNC_FAILED" | "ADDIN_UNSUPPORTED_HOST" | "ADDIN_REQUIREMENT_MISSING"
>;

export interface MailboxError {
  code: MailboxErrorCode;
  message: string;
}

export type NotificationKind = "info" | "progress" | "error";

/** What the add-in needs from Outlook; the Office adapter implements it, tests fake it. */
export interface MailboxPort {
  readCurrentItem(): Promise<Result<ItemSnapshot, MailboxError>>;
  /** Shows (or replaces) Touchpoint's message in the item's notification bar. */
  notify(kind: NotificationKind, message: string): Promise<Result<void, MailboxError>>;
  /** Calls back when the selected item changes under a pinned taskpane; returns an unsubscribe. */
  onItemChanged(listener: () => void): Promise<Result<() => void, MailboxError>>;
  /** Adds the x-touchpoint-id header to a message being composed (so read mode keys by it). */
  setTouchpointId(id: string): Promise<Result<void, MailboxError>>;
  /** Whether this Outlook can set that header at all (Mailbox 1.8 and a message being written). */
  canSetTouchpointId(): Result<void, MailboxError>;
  /** Opens an item of the user's mailbox by its id. */
  openItem(itemId: string, kind: "message" | "appointment"): Result<void, MailboxError>;
  displayLanguage(): string;
  theme(): "light" | "dark";
}
