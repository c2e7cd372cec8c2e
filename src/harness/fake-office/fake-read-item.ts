import type { HarnessItem } from "../harness-item";
import type { HarnessHost } from "../host/harness-host";
import { failWith, succeed } from "./async-result";
import { emailDetails } from "./email-details";
import { enhancedLocation, headerText, itemCommon, READ_RECIPIENT_LIMIT } from "./item-common";

/** A message in read mode (Outlook's Office.MessageRead): plain properties plus header access. */
export function fakeReadMessage(host: HarnessHost, item: HarnessItem): Office.MessageRead {
  const list = (people: HarnessItem["to"]) =>
    people.slice(0, READ_RECIPIENT_LIMIT).map((p) => emailDetails(host, p));
  const from = item.from === undefined ? undefined : emailDetails(host, item.from);
  return {
    ...itemCommon(host, item),
    itemClass: "IPM.Note",
    itemId: item.itemId ?? `AAMkHarness-${item.name}`,
    internetMessageId: item.internetMessageId ?? "",
    subject: item.subject,
    normalizedSubject: item.subject.replace(/^((re|fw|fwd|aw|wg|отв|пересл)\s*:\s*)+/i, ""),
    from,
    sender: from,
    to: list(item.to),
    cc: list(item.cc),
    dateTimeCreated: new Date(item.dateTimeCreated),
    dateTimeModified: new Date(item.dateTimeCreated),
    getAllInternetHeadersAsync(...args: unknown[]) {
      succeed(args, headerText(item));
    },
  } as unknown as Office.MessageRead;
}

/** A meeting the user attends (Office.AppointmentRead). */
export function fakeAttendeeAppointment(host: HarnessHost, item: HarnessItem): Office.AppointmentRead {
  const list = (people: HarnessItem["to"]) =>
    people.slice(0, READ_RECIPIENT_LIMIT).map((p) => emailDetails(host, p));
  return {
    ...itemCommon(host, item),
    itemClass: "IPM.Appointment",
    itemId: item.itemId ?? `AAMkHarness-${item.name}`,
    subject: item.subject,
    normalizedSubject: item.subject,
    organizer: item.organizer === undefined ? undefined : emailDetails(host, item.organizer, "organizer"),
    requiredAttendees: list(item.requiredAttendees),
    optionalAttendees: list(item.optionalAttendees),
    start: new Date(item.start ?? item.dateTimeCreated),
    end: new Date(item.end ?? item.start ?? item.dateTimeCreated),
    location: item.location ?? "",
    enhancedLocation: enhancedLocation(item),
    sensitivity: "normal",
    seriesId: item.seriesId,
    recurrence: null,
    dateTimeCreated: new Date(item.dateTimeCreated),
    dateTimeModified: new Date(item.dateTimeCreated),
    getAllInternetHeadersAsync(...args: unknown[]) {
      failWith(args, "InvalidAPICall", "Internet headers are available on messages only.");
    },
  } as unknown as Office.AppointmentRead;
}
