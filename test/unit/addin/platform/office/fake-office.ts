// A typed stand-in for the part of Office.js the adapter touches, able to fail on demand: every async
// call can answer Failed (or throw, as some hosts do), requirement sets can be capped, recipient lists
// can be as long as a client's cap, and an item can sit in a shared folder.

import type { FakeCall, FakeItem, FakeOffice, FakeOfficeOptions, FakePerson } from "./fake-office-types";

export type { FakeCall, FakeItem, FakeOffice, FakeOfficeOptions, FakePerson } from "./fake-office-types";

const Succeeded = 0 as Office.AsyncResultStatus.Succeeded;
const Failed = 1 as Office.AsyncResultStatus.Failed;

const versionAtLeast = (have: string, want: string): boolean => {
  const [ha = 0, hb = 0] = have.split(".").map(Number);
  const [wa = 0, wb = 0] = want.split(".").map(Number);
  return ha > wa || (ha === wa && hb >= wb);
};

const locationDetails = (data: FakeItem): Office.LocationDetails[] =>
  (data.locations ?? []).map((place) => ({
    locationIdentifier: { id: place.id, type: place.type },
    displayName: place.id,
    emailAddress: place.emailAddress ?? "",
  })) as Office.LocationDetails[];

/** Builds a fake Office namespace around one item. */
export function createFakeOffice(options: FakeOfficeOptions = {}): FakeOffice {
  const version = options.mailboxVersion ?? "1.14";
  const failing = new Set(options.fail ?? []);
  const throwing = new Set(options.throws ?? []);
  const calls: string[] = [];
  const notifications = new Map<string, Office.NotificationMessageDetails>();
  const setHeaders: Record<string, string> = {};
  const opened: FakeOffice["opened"] = [];
  const roaming: Record<string, unknown> = { ...options.roaming };
  const saved: Array<Record<string, unknown>> = [];
  const handlers: Array<() => void> = [];

  function answer<T>(name: FakeCall, label: string, value: T, callback?: (r: Office.AsyncResult<T>) => void) {
    calls.push(label);
    if (throwing.has(name)) throw new Error(`${label} is not available`);
    const result = failing.has(name)
      ? ({
          status: Failed,
          value: undefined,
          error: { name: "GenericResponseError", code: 9020, message: `${label} broke` },
        } as unknown as Office.AsyncResult<T>)
      : ({ status: Succeeded, value } as Office.AsyncResult<T>);
    queueMicrotask(() => callback?.(result));
  }
  const getter = <T>(name: FakeCall, value: T) => ({
    getAsync: (callback: (r: Office.AsyncResult<T>) => void) =>
      answer(name, `${name}.getAsync`, value, callback),
  });

  const item = options.item ? buildItem(options.item) : options.item;

  function buildItem(data: FakeItem): Record<string, unknown> {
    const isMessage = data.kind === "message";
    const common: Record<string, unknown> = {
      itemType: isMessage ? "message" : "appointment",
      notificationMessages: {
        replaceAsync: (
          key: string,
          details: Office.NotificationMessageDetails,
          cb: (r: Office.AsyncResult<void>) => void,
        ) => {
          if (!failing.has("notify") && !throwing.has("notify")) notifications.set(key, details);
          answer("notify", "replaceAsync", undefined, cb);
        },
      },
    };
    if (data.sharedOwner !== undefined)
      common.getSharedPropertiesAsync = (cb: (r: Office.AsyncResult<Office.SharedProperties>) => void) =>
        answer(
          "shared",
          "getSharedPropertiesAsync",
          { owner: data.sharedOwner } as Office.SharedProperties,
          cb,
        );
    if (data.mode === "read") {
      const read: Record<string, unknown> = {
        ...common,
        subject: data.subject ?? "",
        itemId: data.itemId ?? "",
      };
      if (isMessage) {
        Object.assign(read, {
          internetMessageId: data.internetMessageId ?? "",
          dateTimeCreated: data.dateTimeCreated,
          from: data.from,
          sender: data.sender,
          to: data.to ?? [],
          cc: data.cc ?? [],
        });
        if (versionAtLeast(version, "1.8"))
          read.getAllInternetHeadersAsync = (cb: (r: Office.AsyncResult<string>) => void) =>
            answer(
              "headers",
              "getAllInternetHeadersAsync",
              typeof data.headers === "string" ? data.headers : "",
              cb,
            );
      } else {
        Object.assign(read, {
          organizer: data.organizer,
          requiredAttendees: data.requiredAttendees ?? [],
          optionalAttendees: data.optionalAttendees ?? [],
          start: data.start,
          end: data.end,
          seriesId: data.seriesId ?? "",
          sensitivity: data.sensitivity,
        });
        if (versionAtLeast(version, "1.8"))
          read.enhancedLocation = getter("locations", locationDetails(data));
      }
      return read;
    }
    const compose: Record<string, unknown> = {
      ...common,
      subject: getter("subject", data.subject ?? ""),
      seriesId: data.seriesId,
    };
    if (isMessage) {
      Object.assign(compose, {
        to: getter("to", data.to ?? []),
        cc: getter("cc", data.cc ?? []),
        bcc: getter("bcc", data.bcc ?? []),
      });
      if (versionAtLeast(version, "1.7")) compose.from = getter("from", data.from);
      if (versionAtLeast(version, "1.8"))
        compose.internetHeaders = {
          getAsync: (names: string[], cb: (r: Office.AsyncResult<Record<string, string>>) => void) => {
            const all = typeof data.headers === "object" ? data.headers : {};
            const picked = Object.fromEntries(names.filter((n) => n in all).map((n) => [n, all[n] ?? ""]));
            answer("headers", "internetHeaders.getAsync", picked, cb);
          },
          setAsync: (headers: Record<string, string>, cb: (r: Office.AsyncResult<void>) => void) => {
            if (!failing.has("setHeaders") && !throwing.has("setHeaders")) Object.assign(setHeaders, headers);
            answer("setHeaders", "internetHeaders.setAsync", undefined, cb);
          },
        };
    } else {
      Object.assign(compose, {
        requiredAttendees: getter("requiredAttendees", data.requiredAttendees ?? []),
        optionalAttendees: getter("optionalAttendees", data.optionalAttendees ?? []),
        start: getter("start", data.start),
        end: getter("end", data.end),
      });
      if (versionAtLeast(version, "1.7")) compose.organizer = getter("organizer", data.organizer);
      if (versionAtLeast(version, "1.14")) compose.sensitivity = getter("sensitivity", data.sensitivity);
      if (versionAtLeast(version, "1.8"))
        compose.enhancedLocation = getter("locations", locationDetails(data));
    }
    return compose;
  }

  const open = (form: "message" | "appointment") => (itemId: string) => {
    calls.push(`display${form === "message" ? "Message" : "Appointment"}Form`);
    if (throwing.has("openItem") || failing.has("openItem")) throw new Error("The item id is malformed.");
    opened.push({ form, itemId });
  };

  const mailbox = {
    item,
    userProfile: { displayName: "Alex Rivera", emailAddress: "alex.rivera@cronus.example" },
    addHandlerAsync: (_type: string, handler: () => void, cb: (r: Office.AsyncResult<void>) => void) => {
      if (!failing.has("addHandler") && !throwing.has("addHandler")) handlers.push(handler);
      answer("addHandler", "addHandlerAsync", undefined, cb);
    },
    removeHandlerAsync: (_type: string, cb?: (r: Office.AsyncResult<void>) => void) => {
      calls.push("removeHandlerAsync");
      handlers.length = 0;
      cb?.({ status: Succeeded } as Office.AsyncResult<void>);
    },
    displayMessageForm: open("message"),
    displayAppointmentForm: open("appointment"),
  };

  const roamingSettings = {
    get: (name: string) => roaming[name],
    set: (name: string, value: unknown) => {
      roaming[name] = value;
    },
    remove: (name: string) => {
      delete roaming[name];
    },
    saveAsync: (cb: (r: Office.AsyncResult<void>) => void) => {
      if (!failing.has("saveSettings") && !throwing.has("saveSettings")) saved.push(structuredClone(roaming));
      answer("saveSettings", "saveAsync", undefined, cb);
    },
  };

  const office = {
    AsyncResultStatus: { Succeeded, Failed },
    EventType: { ItemChanged: "olkItemSelectedChanged" },
    MailboxEnums: {
      ItemType: { Message: "message", Appointment: "appointment" },
      ItemNotificationMessageType: {
        InformationalMessage: "informationalMessage",
        ProgressIndicator: "progressIndicator",
        ErrorMessage: "errorMessage",
      },
    },
    context: {
      mailbox,
      roamingSettings,
      displayLanguage: options.displayLanguage ?? "en-US",
      officeTheme: options.bodyBackgroundColor
        ? { bodyBackgroundColor: options.bodyBackgroundColor }
        : undefined,
      requirements: {
        isSetSupported: (name: string, want?: string) =>
          name === "Mailbox" && versionAtLeast(version, want ?? "1.1"),
      },
    },
  };

  return {
    // The one cast: the fake implements the members the adapter uses, not all of Office.js.
    office: office as unknown as typeof Office,
    calls,
    notifications,
    setHeaders,
    opened,
    roaming,
    saved,
    fireItemChanged: () => handlers.forEach((h) => h()),
    handlerCount: () => handlers.length,
  };
}

/** n distinct external people, for recipient-limit tests. */
export const people = (n: number, domain = "fabrikam.example"): FakePerson[] =>
  Array.from({ length: n }, (_, i) => ({
    displayName: `Person ${i + 1}`,
    emailAddress: `person${i + 1}@${domain}`,
  }));
