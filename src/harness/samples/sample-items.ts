import { harnessItem, type HarnessItem, type HarnessPerson } from "../harness-item";
import { mailboxUsers } from "./mailbox-users";
import { largeMeeting } from "./large-meeting";

const alex = mailboxUsers[0] as HarnessPerson;
const maria = mailboxUsers[1] as HarnessPerson;
const anna = { name: "Анна Петрова", address: "anna.petrova@fabrikam.example" };
const john = { name: "John Smith", address: "john.smith@fabrikam.example" };
const lisa = { name: "Lisa Chen", address: "lisa.chen@contoso.example" };
const contosoSales = { name: "Contoso Sales", address: "sales@contoso.example" };
const ivan = { name: "Иван Сидоров", address: "ivan.sidorov@roga-kopyta.example" };

/** The sample mailbox; each `name` is a stable `?item=` key used by tests and scripts. */
export const sampleItems: readonly HarnessItem[] = [
  harnessItem({
    name: "received-anna",
    kind: "message",
    subject: "Предложение по поставке / Supply proposal",
    body: "Добрый день, Алекс!\n\nВо вложении обновлённое предложение по поставке на третий квартал.\n\nС уважением,\nАнна Петрова",
    from: anna,
    to: [alex],
    cc: [john, maria],
    dateTimeCreated: "2026-11-23T09:15:00.000Z",
    itemId: "AAMkSample-received-anna",
    internetMessageId: "<received-anna.20261123@fabrikam.example>",
  }),
  harnessItem({
    name: "sent-lisa",
    kind: "message",
    subject: "Contoso renewal: next steps",
    body: "Hi Lisa,\n\nThanks for the call. I have copied your sales team as discussed.\n\nBest,\nAlex",
    from: alex,
    to: [lisa, contosoSales],
    dateTimeCreated: "2026-11-23T11:40:00.000Z",
    itemId: "AAMkSample-sent-lisa",
    internetMessageId: "<sent-lisa.20261123@cronus.example>",
  }),
  harnessItem({
    name: "unknown-sender",
    kind: "message",
    subject: "Introduction: Northwind Traders",
    body: "Hello Alex,\n\nI am the new purchasing lead at Northwind. Could we meet next week?\n\nRegards,\nNew Person",
    from: { name: "New Person", address: "new.person@northwind.example" },
    to: [alex],
    dateTimeCreated: "2026-11-22T16:05:00.000Z",
    itemId: "AAMkSample-unknown-sender",
    internetMessageId: "<intro.20261122@northwind.example>",
  }),
  harnessItem({
    name: "meeting-attendee",
    kind: "appointment",
    subject: "Согласование договора",
    body: "Обсуждаем условия договора поставки.",
    organizer: ivan,
    requiredAttendees: [ivan, alex],
    optionalAttendees: [{ name: "Ivan Sidorov (personal)", address: "ivan.sidorov@gmail.com" }],
    dateTimeCreated: "2026-11-20T08:00:00.000Z",
    start: "2026-11-26T10:00:00.000Z",
    end: "2026-11-26T11:30:00.000Z",
    location: "Москва, офис «Рога и копыта»",
    itemId: "AAMkSample-meeting-attendee",
    iCalUId: "040000008200E00074C5B7101A82E0080000000010ROGA2026",
  }),
  harnessItem({
    name: "meeting-organizer",
    kind: "appointment",
    subject: "Fabrikam quarterly review",
    body: "Agenda: pipeline, open quotes, Q1 plan.",
    organizer: alex,
    requiredAttendees: [alex, anna, john],
    optionalAttendees: [maria],
    dateTimeCreated: "2026-11-19T14:00:00.000Z",
    start: "2026-11-27T13:00:00.000Z",
    end: "2026-11-27T14:00:00.000Z",
    location: "Teams",
    itemId: "AAMkSample-meeting-organizer",
    iCalUId: "040000008200E00074C5B7101A82E0080000000010FABRIKAMQR",
  }),
  harnessItem({
    name: "compose-lisa",
    kind: "message",
    mode: "compose",
    subject: "Draft: pricing for 2027",
    body: "Hi Lisa,\n\nHere is the pricing we discussed.",
    from: alex,
    to: [lisa],
    dateTimeCreated: "2026-11-24T08:00:00.000Z",
  }),
  harnessItem({
    name: "fleet-renewal",
    kind: "message",
    subject: "Fleet renewal: revised quote",
    body: "Hi Alex,\n\nThe board liked the revised quote. Can we talk delivery dates on Thursday?\n\nJohn",
    from: john,
    to: [alex],
    dateTimeCreated: "2026-11-24T15:20:00.000Z",
    itemId: "AAMkSample-fleet-renewal",
    internetMessageId: "<fleet-renewal.20261124@fabrikam.example>",
  }),
  largeMeeting(alex),
  harnessItem({
    name: "newsletter",
    kind: "message",
    subject: "This week in industry news",
    body: "Top stories of the week. Unsubscribe at any time.",
    from: { name: "Industry Newsletter", address: "digest@newsletter.example" },
    to: [alex],
    dateTimeCreated: "2026-11-21T07:00:00.000Z",
    itemId: "AAMkSample-newsletter",
    internetMessageId: "<weekly.20261121@newsletter.example>",
  }),
];

/** The sample with this `?item=` name. */
export function findSample(name: string | null | undefined): HarnessItem | undefined {
  return sampleItems.find((item) => item.name === name);
}
