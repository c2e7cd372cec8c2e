import type { HarnessItem } from "../harness-item";
import type { HarnessHost } from "../host/harness-host";
import { succeed, type AsyncArgs } from "./async-result";
import { fakeEnhancedLocation } from "./fake-enhanced-location";
import { emailDetails } from "./email-details";
import { defineIfPresent, FakeItem, READ_RECIPIENT_LIMIT, type OutlookItem } from "./fake-item";
import { headerText } from "./item-headers";
import { officeEnums, officeValue } from "./office-enums";
import { notSupported, notSupportedAsync, notSupportedMethod } from "./not-supported";

/** What a message and a meeting in read form share: plain properties, and nothing to write. */
abstract class FakeReadItem extends FakeItem {
  readonly itemId: string;
  readonly subject: string;
  readonly dateTimeCreated: Date;
  readonly dateTimeModified: Date;
  readonly displayReplyAllForm = notSupportedMethod("item.displayReplyAllForm");
  readonly displayReplyAllFormAsync = notSupportedAsync("item.displayReplyAllFormAsync");
  readonly displayReplyForm = notSupportedMethod("item.displayReplyForm");
  readonly displayReplyFormAsync = notSupportedAsync("item.displayReplyFormAsync");
  readonly getEntities = notSupportedMethod("item.getEntities");
  readonly getEntitiesByType = notSupportedMethod("item.getEntitiesByType");
  readonly getFilteredEntitiesByName = notSupportedMethod("item.getFilteredEntitiesByName");
  readonly getRegExMatches = notSupportedMethod("item.getRegExMatches");
  readonly getRegExMatchesByName = notSupportedMethod("item.getRegExMatchesByName");
  readonly getSelectedEntities = notSupportedMethod("item.getSelectedEntities");
  readonly getSelectedRegExMatches = notSupportedMethod("item.getSelectedRegExMatches");

  constructor(host: HarnessHost, item: HarnessItem) {
    super(host, item);
    this.itemId = item.itemId ?? `AAMkHarness-${item.name}`;
    this.subject = item.subject;
    this.dateTimeCreated = new Date(item.dateTimeCreated);
    this.dateTimeModified = new Date(item.dateTimeCreated);
  }

  /** Outlook cuts read-mode recipient lists; the add-in must notice and say so. */
  protected people(people: HarnessItem["to"]): Office.EmailAddressDetails[] {
    return people.slice(0, READ_RECIPIENT_LIMIT).map((p) => emailDetails(this.host, p));
  }

  get attachments(): never {
    return notSupported("item.attachments");
  }
  get recurrence(): never {
    return notSupported("item.recurrence");
  }
}

/** A message in read form (Office.MessageRead). */
export class FakeMessageRead extends FakeReadItem implements OutlookItem<Office.MessageRead> {
  readonly itemClass = "IPM.Note";
  readonly conversationId: string;
  readonly internetMessageId: string;
  readonly normalizedSubject: string;
  // Absent on a message without a sender (an imported .eml with no From), as Outlook leaves them.
  declare readonly from: Office.EmailAddressDetails;
  declare readonly sender: Office.EmailAddressDetails;
  readonly to: Office.EmailAddressDetails[];
  readonly cc: Office.EmailAddressDetails[];
  readonly getAsFileAsync = notSupportedAsync("item.getAsFileAsync");

  constructor(host: HarnessHost, item: HarnessItem) {
    super(host, item);
    this.conversationId = item.conversationId ?? `conv-${item.name}`;
    this.internetMessageId = item.internetMessageId ?? "";
    this.normalizedSubject = item.subject.replace(/^((re|fw|fwd|aw|wg|отв|пересл)\s*:\s*)+/i, "");
    if (item.from !== undefined) {
      const from = emailDetails(host, item.from);
      defineIfPresent(this, "from", from);
      defineIfPresent(this, "sender", from);
    }
    this.to = this.people(item.to);
    this.cc = this.people(item.cc);
  }

  getAllInternetHeadersAsync(...args: AsyncArgs<string>): void {
    succeed(args, headerText(this.item));
  }

  // A message that is a meeting request has these; the harness's messages are plain mail.
  get start(): never {
    return notSupported("item.start of a message");
  }
  get end(): never {
    return notSupported("item.end of a message");
  }
  get location(): never {
    return notSupported("item.location of a message");
  }
}

/** A meeting the user attends (Office.AppointmentRead). */
export class FakeAppointmentRead extends FakeReadItem implements OutlookItem<Office.AppointmentRead> {
  readonly itemClass = "IPM.Appointment";
  readonly normalizedSubject: string;
  // Absent on a meeting without an organizer (an imported .ics with none).
  declare readonly organizer: Office.EmailAddressDetails;
  readonly requiredAttendees: Office.EmailAddressDetails[];
  readonly optionalAttendees: Office.EmailAddressDetails[];
  readonly start: Date;
  readonly end: Date;
  readonly location: string;
  readonly sensitivity = officeValue<Office.MailboxEnums.AppointmentSensitivityType>(
    officeEnums.MailboxEnums.AppointmentSensitivityType,
    officeEnums.MailboxEnums.AppointmentSensitivityType.Normal,
  );

  constructor(host: HarnessHost, item: HarnessItem) {
    super(host, item);
    this.normalizedSubject = item.subject;
    if (item.organizer !== undefined)
      defineIfPresent(this, "organizer", emailDetails(host, item.organizer, "organizer"));
    this.requiredAttendees = this.people(item.requiredAttendees);
    this.optionalAttendees = this.people(item.optionalAttendees);
    this.start = new Date(item.start ?? item.dateTimeCreated);
    this.end = new Date(item.end ?? item.start ?? item.dateTimeCreated);
    this.location = item.location ?? "";
  }

  get enhancedLocation(): Office.EnhancedLocation {
    return fakeEnhancedLocation(this.item);
  }
}
