/** What the fake Office is built from and what it records (see fake-office.ts). */
export interface FakePerson {
  displayName: string;
  emailAddress: string;
}

/** The open item as plain data; the fake turns it into read-mode properties or compose-mode getAsync. */
export interface FakeItem {
  kind: "message" | "appointment";
  mode: "read" | "compose";
  subject?: string;
  itemId?: string;
  internetMessageId?: string;
  dateTimeCreated?: Date;
  from?: FakePerson;
  sender?: FakePerson;
  to?: FakePerson[];
  cc?: FakePerson[];
  bcc?: FakePerson[];
  organizer?: FakePerson;
  requiredAttendees?: FakePerson[];
  optionalAttendees?: FakePerson[];
  start?: Date;
  end?: Date;
  seriesId?: string;
  sensitivity?: string;
  /** Raw header block (read) or header map (compose). */
  headers?: string | Record<string, string>;
  /** Set when the item is in a shared folder: the mailbox owner's address. */
  sharedOwner?: string;
  /** An appointment's enhanced locations (Mailbox 1.8): rooms by address, free text as custom. */
  locations?: Array<{ id: string; type: "room" | "custom"; emailAddress?: string }>;
}

/** Names of the calls a test can make fail: the item field or the method. */
export type FakeCall =
  | "subject"
  | "to"
  | "cc"
  | "bcc"
  | "from"
  | "organizer"
  | "requiredAttendees"
  | "optionalAttendees"
  | "start"
  | "end"
  | "sensitivity"
  | "locations"
  | "headers"
  | "shared"
  | "notify"
  | "addHandler"
  | "setHeaders"
  | "openItem"
  | "saveSettings";

export interface FakeOfficeOptions {
  item?: FakeItem | null;
  /** Highest Mailbox requirement set the host supports, e.g. "1.5"; default "1.14". */
  mailboxVersion?: string;
  fail?: FakeCall[];
  /** Calls that throw synchronously instead of calling back. */
  throws?: FakeCall[];
  displayLanguage?: string;
  bodyBackgroundColor?: string;
  roaming?: Record<string, unknown>;
}

export interface FakeOffice {
  office: typeof Office;
  /** Every call made, in order ("to.getAsync", "replaceAsync", …). */
  calls: string[];
  notifications: Map<string, Office.NotificationMessageDetails>;
  setHeaders: Record<string, string>;
  opened: Array<{ form: "message" | "appointment"; itemId: string }>;
  roaming: Record<string, unknown>;
  saved: Array<Record<string, unknown>>;
  fireItemChanged(): void;
  handlerCount(): number;
}
