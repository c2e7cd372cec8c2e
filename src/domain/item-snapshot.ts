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
 */
export interface ItemSnapshot {
  kind: ItemKind;
  mode: ItemMode;
  /** EWS/REST item id when the item is saved; absent for a new compose item. */
  itemId?: string;
  /** RFC 5322 Message-ID (read mode; may be empty in some clients). */
  internetMessageId?: string;
  /** Our own x-touchpoint-id internet header, when the message was logged while composing. */
  touchpointId?: string;
  /** iCalendar UID of a meeting, when known. */
  iCalUId?: string;
  /** Series master id for an occurrence of a recurring meeting. */
  seriesId?: string;
  subject: string;
  from?: EmailUser;
  /**
   * Further authors when the From field names several mailboxes (RFC 5322 allows it); Outlook's `from`
   * gives only the first, the internet headers the rest.
   */
  coAuthors?: EmailUser[];
  sender?: EmailUser;
  to: EmailUser[];
  cc: EmailUser[];
  bcc: EmailUser[];
  organizer?: EmailUser;
  requiredAttendees: EmailUser[];
  optionalAttendees: EmailUser[];
  /** Sent/received time of a message; ISO 8601. */
  dateTimeCreated?: string;
  /** When a message was sent (its Date header): the same for every recipient, unlike `dateTimeCreated`. */
  sentAt?: string;
  /** Addresses of a meeting's rooms and resources (from its locations): places, never participants. */
  rooms?: string[];
  /** Meeting start and end; ISO 8601. */
  start?: string;
  end?: string;
  /** Outlook on the web link to the item, when the host can give one. */
  webLink?: string;
  /** The signed-in mailbox (or the shared/delegate mailbox being viewed). */
  mailbox: { user: EmailUser; sharedOwner?: EmailUser };
  /** True when the host cut recipient lists short (e.g. Outlook's 20-recipient read limits). */
  recipientsTruncated: boolean;
  /** Sensitivity the user set; private/personal/confidential are never auto-logged. */
  sensitivity?: "normal" | "personal" | "private" | "confidential";
}
