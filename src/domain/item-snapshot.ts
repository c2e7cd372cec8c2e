/** A person on an item as Outlook gives it: display name plus address (either may be odd). */
export interface EmailUser {
  name: string;
  address: string;
}

export type ItemKind = "message" | "appointment";
export type ItemMode = "read" | "compose";

/**
 * A plain copy of the open Outlook item, the same shape for the four modes (message read/compose,
 * appointment attendee/organizer). Produced by the Office adapter; everything else reads only this.
 * An optional field may be absent or undefined: both mean Outlook did not give it.
 */
export interface ItemSnapshot {
  kind: ItemKind;
  mode: ItemMode;
  /** EWS/REST item id when the item is saved; absent for a new compose item. */
  itemId?: string | undefined;
  /**
   * Outlook's conversation (thread) id, when the host gives one: the Log view offers its last opportunity,
   * and on-send tells a reply in a logged thread.
   */
  conversationId?: string | undefined;
  /** RFC 5322 Message-ID (read mode; may be empty in some clients). */
  internetMessageId?: string | undefined;
  /** Our own x-touchpoint-id internet header, when the message was logged while composing. */
  touchpointId?: string | undefined;
  /** iCalendar UID of a meeting, when known. */
  iCalUId?: string | undefined;
  /** Series master id for an occurrence of a recurring meeting. */
  seriesId?: string | undefined;
  subject: string;
  from?: EmailUser | undefined;
  /**
   * Further authors when the From field names several mailboxes (RFC 5322 allows it); Outlook's `from`
   * gives only the first, the internet headers the rest.
   */
  coAuthors?: EmailUser[] | undefined;
  sender?: EmailUser | undefined;
  to: EmailUser[];
  cc: EmailUser[];
  bcc: EmailUser[];
  organizer?: EmailUser | undefined;
  requiredAttendees: EmailUser[];
  optionalAttendees: EmailUser[];
  /** Sent/received time of a message; ISO 8601. */
  dateTimeCreated?: string | undefined;
  /** When a message was sent (its Date header): the same for every recipient, unlike `dateTimeCreated`. */
  sentAt?: string | undefined;
  /** Addresses of a meeting's rooms and resources (from its locations): places, never participants. */
  rooms?: string[] | undefined;
  /** Meeting start and end; ISO 8601. */
  start?: string | undefined;
  end?: string | undefined;
  /** Outlook on the web link to the item, when the host can give one. */
  webLink?: string | undefined;
  /** The signed-in mailbox (or the shared/delegate mailbox being viewed). */
  mailbox: { user: EmailUser; sharedOwner?: EmailUser | undefined };
  /** True when the host cut recipient lists short (e.g. Outlook's 20-recipient read limits). */
  recipientsTruncated: boolean;
  /** How a message being written began (Mailbox 1.10): a new mail, a reply or a forward. */
  composeType?: "newMail" | "reply" | "forward" | undefined;
  /** Sensitivity the user set; private/personal/confidential are never auto-logged. */
  sensitivity?: "normal" | "personal" | "private" | "confidential" | undefined;
}
