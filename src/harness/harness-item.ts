/** A person on a harness item: display name (may be empty) and address as the file or sample gives it. */
export interface HarnessPerson {
  name: string;
  address: string;
}

/**
 * One item of the mock mailbox: a sample or an imported .eml/.ics file. The fake Office serves it to the
 * add-in in the shape Outlook would; `name` is the stable key used by `harness.html?item=NAME`.
 */
export interface HarnessItem {
  name: string;
  kind: "message" | "appointment";
  mode: "read" | "compose";
  subject: string;
  body: string;
  from?: HarnessPerson | undefined;
  /** Further mailboxes of a From field naming several (Outlook shows the first as `from`). */
  coAuthors?: HarnessPerson[] | undefined;
  to: HarnessPerson[];
  cc: HarnessPerson[];
  bcc: HarnessPerson[];
  organizer?: HarnessPerson | undefined;
  requiredAttendees: HarnessPerson[];
  optionalAttendees: HarnessPerson[];
  /** Sent/received time (messages) or creation time (meetings); ISO 8601. */
  dateTimeCreated: string;
  start?: string | undefined;
  end?: string | undefined;
  location?: string | undefined;
  /** Rooms and resources the meeting books: served as its room locations, never as people. */
  rooms?: HarnessPerson[] | undefined;
  /** EWS-style id of a saved item; absent for a new compose draft. */
  itemId?: string | undefined;
  internetMessageId?: string | undefined;
  /** Outlook's conversation id; absent: `conv-` and the item's name. A sent copy keeps its draft's. */
  conversationId?: string | undefined;
  /** iCalendar UID of a meeting. */
  iCalUId?: string | undefined;
  /** Series id when the meeting recurs (the RRULE makes it a series). */
  seriesId?: string | undefined;
  /** The RRULE text of a recurring meeting, shown in the reading pane. */
  recurrence?: string | undefined;
  /** Internet headers, lower-case names (x-touchpoint-id lives here once set). */
  headers: Record<string, string>;
  /** Where the item came from, shown in the list ("sample", or the imported file's name). */
  origin: string;
}

/** A harness item with everything optional filled with empty lists. */
export function harnessItem(
  fields: Partial<HarnessItem> & Pick<HarnessItem, "name" | "kind" | "subject">,
): HarnessItem {
  return {
    mode: "read",
    body: "",
    to: [],
    cc: [],
    bcc: [],
    requiredAttendees: [],
    optionalAttendees: [],
    dateTimeCreated: new Date(0).toISOString(),
    headers: {},
    origin: "sample",
    ...fields,
  };
}
