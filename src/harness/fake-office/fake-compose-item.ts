import type { HarnessItem, HarnessPerson } from "../harness-item";
import type { HarnessHost } from "../host/harness-host";
import { failWith, succeed, type AsyncArgs } from "./async-result";
import { fakeEnhancedLocation } from "./fake-enhanced-location";
import { emailDetails, personFromInput } from "./email-details";
import { FakeItem, type OutlookItem } from "./fake-item";
import { officeEnums, officeValue } from "./office-enums";
import { notSupported, notSupportedAsync, notSupportedMethod } from "./not-supported";

type PeopleField = "to" | "cc" | "bcc" | "requiredAttendees" | "optionalAttendees";
type Recipient = string | Office.EmailAddressDetails | Office.EmailUser;

/** What a message and a meeting in compose form share: every field behind getAsync/setAsync. */
abstract class FakeComposeItem extends FakeItem {
  readonly subject: Office.Subject;
  readonly addFileAttachmentAsync = notSupportedAsync("item.addFileAttachmentAsync");
  readonly addFileAttachmentFromBase64Async = notSupportedAsync("item.addFileAttachmentFromBase64Async");
  readonly addItemAttachmentAsync = notSupportedAsync("item.addItemAttachmentAsync");
  readonly close = notSupportedMethod("item.close");
  readonly disableClientSignatureAsync = notSupportedAsync("item.disableClientSignatureAsync");
  readonly getAttachmentsAsync = notSupportedAsync("item.getAttachmentsAsync");
  readonly getSelectedDataAsync = notSupportedAsync("item.getSelectedDataAsync");
  readonly isClientSignatureEnabledAsync = notSupportedAsync("item.isClientSignatureEnabledAsync");
  readonly removeAttachmentAsync = notSupportedAsync("item.removeAttachmentAsync");
  readonly sendAsync = notSupportedAsync("item.sendAsync");
  readonly setSelectedDataAsync = notSupportedAsync("item.setSelectedDataAsync");

  constructor(host: HarnessHost, item: HarnessItem) {
    super(host, item);
    this.subject = {
      getAsync(...args: AsyncArgs<string>) {
        succeed(args, item.subject);
      },
      setAsync(value: string, ...args: AsyncArgs<void>) {
        host.updateItem((live) => (live.subject = value));
        succeed(args, undefined);
      },
    };
  }

  getItemIdAsync(...args: AsyncArgs<string>): void {
    if (this.item.itemId === undefined)
      return failWith(args, "ItemNotSaved", "The item is not saved yet.", 9055);
    succeed(args, this.item.itemId);
  }

  saveAsync(...args: AsyncArgs<string>): void {
    this.host.updateItem((live) => (live.itemId ??= `AAMkDraft-${live.name}`));
    succeed(args, this.item.itemId ?? `AAMkDraft-${this.item.name}`);
  }

  /** A recipient field: its people as EmailAddressDetails, replaced or extended with addresses or people. */
  protected recipients(field: PeopleField): Office.Recipients {
    const { host, item } = this;
    const parse = (list: readonly Recipient[], args: readonly unknown[]): HarnessPerson[] | undefined => {
      const people = (Array.isArray(list) ? list : [undefined])
        .map(personFromInput)
        .filter((p): p is HarnessPerson => p !== undefined);
      if (Array.isArray(list) && people.length === list.length) return people;
      failWith(
        args,
        "InvalidFormatError",
        "Recipients must be addresses or { displayName, emailAddress }.",
        9005,
      );
      return undefined;
    };
    return {
      getAsync(...args: AsyncArgs<Office.EmailAddressDetails[]>) {
        succeed(
          args,
          item[field].map((person) => emailDetails(host, person)),
        );
      },
      setAsync(list: Recipient[], ...args: AsyncArgs<void>) {
        const people = parse(list, args);
        if (people === undefined) return;
        host.updateItem((live) => (live[field] = people));
        succeed(args, undefined);
      },
      addAsync(list: Recipient[], ...args: AsyncArgs<void>) {
        const people = parse(list, args);
        if (people === undefined) return;
        host.updateItem((live) => (live[field] = [...live[field], ...people]));
        succeed(args, undefined);
      },
    };
  }

  get sensitivityLabel(): never {
    return notSupported("item.sensitivityLabel");
  }
  get sessionData(): never {
    return notSupported("item.sessionData");
  }
}

/** A message being written (Office.MessageCompose). */
export class FakeMessageCompose extends FakeComposeItem implements OutlookItem<Office.MessageCompose> {
  readonly conversationId: string;
  readonly to = this.recipients("to");
  readonly cc = this.recipients("cc");
  readonly bcc = this.recipients("bcc");
  readonly from: Office.From;
  readonly internetHeaders: Office.InternetHeaders;
  readonly closeAsync = notSupportedAsync("item.closeAsync");
  readonly getConversationIndexAsync = notSupportedAsync("item.getConversationIndexAsync");
  readonly getItemClassAsync = notSupportedAsync("item.getItemClassAsync");

  constructor(host: HarnessHost, item: HarnessItem) {
    super(host, item);
    this.conversationId = item.conversationId ?? `conv-${item.name}`;
    this.from = {
      getAsync(...args: AsyncArgs<Office.EmailAddressDetails>) {
        succeed(args, emailDetails(host, item.from ?? host.user));
      },
    };
    this.internetHeaders = {
      getAsync(names: string[], ...args: AsyncArgs<Record<string, string>>) {
        const found: Record<string, string> = {};
        for (const name of names) {
          const value = item.headers[name.toLowerCase()];
          if (value !== undefined) found[name] = value;
        }
        succeed(args, found);
      },
      setAsync(headers: Record<string, string>, ...args: AsyncArgs<void>) {
        host.updateItem((live) => {
          for (const [name, value] of Object.entries(headers))
            live.headers[name.toLowerCase()] = String(value);
        });
        succeed(args, undefined);
      },
      removeAsync(names: string[], ...args: AsyncArgs<void>) {
        host.updateItem((live) => {
          for (const name of names) delete live.headers[name.toLowerCase()];
        });
        succeed(args, undefined);
      },
    };
  }

  getComposeTypeAsync(...args: AsyncArgs<{ composeType: string; coercionType: string }>): void {
    succeed(args, { composeType: "newMail", coercionType: officeEnums.CoercionType.Text });
  }

  get delayDeliveryTime(): never {
    return notSupported("item.delayDeliveryTime");
  }
  get inReplyTo(): never {
    return notSupported("item.inReplyTo");
  }
}

/** A meeting the user organises (Office.AppointmentCompose). */
export class FakeAppointmentCompose
  extends FakeComposeItem
  implements OutlookItem<Office.AppointmentCompose>
{
  readonly requiredAttendees = this.recipients("requiredAttendees");
  readonly optionalAttendees = this.recipients("optionalAttendees");
  readonly organizer: Office.Organizer;
  readonly start = this.time("start");
  readonly end = this.time("end");
  readonly location: Office.Location;
  readonly sensitivity: Office.Sensitivity;

  constructor(host: HarnessHost, item: HarnessItem) {
    super(host, item);
    this.organizer = {
      getAsync(...args: AsyncArgs<Office.EmailAddressDetails>) {
        succeed(args, emailDetails(host, item.organizer ?? host.user, "organizer"));
      },
    };
    this.location = {
      getAsync(...args: AsyncArgs<string>) {
        succeed(args, item.location ?? "");
      },
      setAsync(value: string, ...args: AsyncArgs<void>) {
        host.updateItem((live) => (live.location = value));
        succeed(args, undefined);
      },
    };
    const normal = officeValue<Office.MailboxEnums.AppointmentSensitivityType>(
      officeEnums.MailboxEnums.AppointmentSensitivityType,
      officeEnums.MailboxEnums.AppointmentSensitivityType.Normal,
    );
    this.sensitivity = {
      getAsync(...args: AsyncArgs<Office.MailboxEnums.AppointmentSensitivityType>) {
        succeed(args, normal);
      },
      setAsync: notSupportedAsync("item.sensitivity.setAsync"),
    };
  }

  private time(field: "start" | "end"): Office.Time {
    const { host, item } = this;
    return {
      getAsync(...args: AsyncArgs<Date>) {
        succeed(args, new Date(item[field] ?? item.dateTimeCreated));
      },
      setAsync(value: Date, ...args: AsyncArgs<void>) {
        host.updateItem((live) => (live[field] = new Date(value).toISOString()));
        succeed(args, undefined);
      },
    };
  }

  get enhancedLocation(): Office.EnhancedLocation {
    return fakeEnhancedLocation(this.item);
  }
  get recurrence(): never {
    return notSupported("item.recurrence");
  }
}
