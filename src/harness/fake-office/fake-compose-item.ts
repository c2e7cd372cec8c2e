import type { HarnessItem, HarnessPerson } from "../harness-item";
import type { HarnessHost } from "../host/harness-host";
import { failWith, succeed } from "./async-result";
import { emailDetails, personFromInput } from "./email-details";
import { enhancedLocation, itemCommon } from "./item-common";

type PeopleField = "to" | "cc" | "bcc" | "requiredAttendees" | "optionalAttendees";

/** A message being composed (Office.MessageCompose): every field through getAsync/setAsync. */
export function fakeComposeMessage(host: HarnessHost, item: HarnessItem): Office.MessageCompose {
  return {
    ...composeCommon(host, item),
    to: recipients(host, item, "to"),
    cc: recipients(host, item, "cc"),
    bcc: recipients(host, item, "bcc"),
    from: {
      getAsync(...args: unknown[]) {
        succeed(args, emailDetails(host, item.from ?? host.user));
      },
    },
    internetHeaders: {
      getAsync(names: string[], ...args: unknown[]) {
        const found: Record<string, string> = {};
        for (const name of names) {
          const value = item.headers[name.toLowerCase()];
          if (value !== undefined) found[name] = value;
        }
        succeed(args, found);
      },
      setAsync(headers: Record<string, string>, ...args: unknown[]) {
        host.updateItem((live) => {
          for (const [name, value] of Object.entries(headers))
            live.headers[name.toLowerCase()] = String(value);
        });
        succeed(args);
      },
      removeAsync(names: string[], ...args: unknown[]) {
        host.updateItem((live) => {
          for (const name of names) delete live.headers[name.toLowerCase()];
        });
        succeed(args);
      },
    },
    getComposeTypeAsync(...args: unknown[]) {
      succeed(args, { composeType: "newMail", coercionType: "text" });
    },
  } as unknown as Office.MessageCompose;
}

/** A meeting the user organises (Office.AppointmentCompose). */
export function fakeOrganizerAppointment(host: HarnessHost, item: HarnessItem): Office.AppointmentCompose {
  const time = (field: "start" | "end") => ({
    getAsync(...args: unknown[]) {
      succeed(args, new Date(item[field] ?? item.dateTimeCreated));
    },
    setAsync(value: Date, ...args: unknown[]) {
      host.updateItem((live) => (live[field] = new Date(value).toISOString()));
      succeed(args);
    },
  });
  return {
    ...composeCommon(host, item),
    requiredAttendees: recipients(host, item, "requiredAttendees"),
    optionalAttendees: recipients(host, item, "optionalAttendees"),
    organizer: {
      getAsync(...args: unknown[]) {
        succeed(args, emailDetails(host, item.organizer ?? host.user, "organizer"));
      },
    },
    start: time("start"),
    end: time("end"),
    location: {
      getAsync(...args: unknown[]) {
        succeed(args, item.location ?? "");
      },
      setAsync(value: string, ...args: unknown[]) {
        host.updateItem((live) => (live.location = value));
        succeed(args);
      },
    },
    enhancedLocation: enhancedLocation(item),
    recurrence: {
      getAsync(...args: unknown[]) {
        succeed(args, null);
      },
    },
    sensitivity: {
      getAsync(...args: unknown[]) {
        succeed(args, "normal");
      },
    },
    seriesId: item.seriesId,
  } as unknown as Office.AppointmentCompose;
}

function composeCommon(host: HarnessHost, item: HarnessItem): Record<string, unknown> {
  return {
    ...itemCommon(host, item),
    subject: {
      getAsync(...args: unknown[]) {
        succeed(args, item.subject);
      },
      setAsync(value: string, ...args: unknown[]) {
        host.updateItem((live) => (live.subject = value));
        succeed(args);
      },
    },
    getItemIdAsync(...args: unknown[]) {
      if (item.itemId === undefined)
        return failWith(args, "ItemNotSaved", "The item is not saved yet.", 9055);
      succeed(args, item.itemId);
    },
    saveAsync(...args: unknown[]) {
      host.updateItem((live) => (live.itemId ??= `AAMkDraft-${live.name}`));
      succeed(args, item.itemId);
    },
  };
}

function recipients(host: HarnessHost, item: HarnessItem, field: PeopleField) {
  const parse = (list: unknown, args: unknown[]): HarnessPerson[] | undefined => {
    const people = Array.isArray(list) ? list.map(personFromInput) : [undefined];
    if (people.some((person) => person === undefined)) {
      failWith(
        args,
        "InvalidFormatError",
        "Recipients must be addresses or { displayName, emailAddress }.",
        9005,
      );
      return undefined;
    }
    return people as HarnessPerson[];
  };
  return {
    getAsync(...args: unknown[]) {
      succeed(
        args,
        item[field].map((person) => emailDetails(host, person)),
      );
    },
    setAsync(list: unknown, ...args: unknown[]) {
      const people = parse(list, args);
      if (people === undefined) return;
      host.updateItem((live) => (live[field] = people));
      succeed(args);
    },
    addAsync(list: unknown, ...args: unknown[]) {
      const people = parse(list, args);
      if (people === undefined) return;
      host.updateItem((live) => (live[field] = [...live[field], ...people]));
      succeed(args);
    },
  };
}
