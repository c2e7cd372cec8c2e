import type { EmailUser, ItemSnapshot } from "../../../../../src/domain/item-snapshot";

const alex: EmailUser = { name: "Alex Rivera", address: "alex.rivera@cronus.example" };
const maria: EmailUser = { name: "Мария Иванова", address: "maria.ivanova@cronus.example" };
const anna: EmailUser = { name: "Анна Петрова", address: "anna.petrova@fabrikam.example" };
const john: EmailUser = { name: "John Smith", address: "john.smith@fabrikam.example" };

const base = {
  to: [],
  cc: [],
  bcc: [],
  requiredAttendees: [],
  optionalAttendees: [],
  mailbox: { user: alex },
  recipientsTruncated: false,
} satisfies Partial<ItemSnapshot>;

/** A message Anna sent Alex and Maria, copying John. */
export const receivedEmail: ItemSnapshot = {
  ...base,
  kind: "message",
  mode: "read",
  itemId: "AAMkReceived",
  internetMessageId: "<prices-1@fabrikam.example>",
  subject: "Prices for 2027",
  from: anna,
  to: [alex, maria],
  cc: [john],
  dateTimeCreated: "2026-11-20T10:15:00Z",
};

/** A received message from one address with a given display name. */
export const emailFrom = (from: EmailUser, subject = "Hello"): ItemSnapshot => ({
  ...base,
  kind: "message",
  mode: "read",
  itemId: `AAMk-${from.address}`,
  internetMessageId: `<${from.address}-1@example>`,
  subject,
  from,
  to: [alex],
  dateTimeCreated: "2026-11-21T08:00:00Z",
});

/** A message Alex is writing to Lisa. */
export const composeEmail: ItemSnapshot = {
  ...base,
  kind: "message",
  mode: "compose",
  subject: "Proposal",
  from: alex,
  to: [{ name: "Lisa Chen", address: "lisa.chen@contoso.example" }],
};

/** A meeting Alex organises with Anna: 90 minutes. */
export const organisedMeeting: ItemSnapshot = {
  ...base,
  kind: "appointment",
  mode: "read",
  itemId: "AAMkMeeting",
  iCalUId: "040000008200E00074C5B7101A82E008",
  subject: "Quarterly review",
  organizer: alex,
  requiredAttendees: [alex, anna],
  start: "2026-11-25T09:00:00Z",
  end: "2026-11-25T10:30:00Z",
};
