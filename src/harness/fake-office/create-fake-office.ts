import type { HarnessItem } from "../harness-item";
import type { HarnessHost } from "../host/harness-host";
import { failWith, succeed } from "./async-result";
import { fakeComposeMessage, fakeOrganizerAppointment } from "./fake-compose-item";
import { fakeAttendeeAppointment, fakeReadMessage } from "./fake-read-item";
import { officeEnums } from "./office-enums";

/** The highest Mailbox requirement set the fake implements (Outlook on the web today). */
const MAILBOX_VERSION = "1.14";

const THEMES = {
  light: {
    bodyBackgroundColor: "#ffffff",
    bodyForegroundColor: "#242424",
    controlBackgroundColor: "#f5f5f5",
    controlForegroundColor: "#242424",
    isDarkTheme: false,
  },
  dark: {
    bodyBackgroundColor: "#292929",
    bodyForegroundColor: "#ffffff",
    controlBackgroundColor: "#1f1f1f",
    controlForegroundColor: "#ffffff",
    isDarkTheme: true,
  },
} as const;

/**
 * The `Office` global the add-in sees inside the harness: the mailbox surface it uses, answering from
 * (and writing to) the harness host. Each access of `mailbox.item` reflects the item open right now.
 */
export function createFakeOffice(host: HarnessHost): typeof Office {
  const itemCache = new Map<string, unknown>();
  const handlers = new Map<unknown, () => void>();
  const currentItem = (): unknown => {
    const item = host.item;
    if (item === undefined) return null;
    const key = `${item.name}|${host.user.address}`;
    let fake = itemCache.get(key);
    if (fake === undefined) {
      fake = fakeItemFor(host, item);
      itemCache.set(key, fake);
    }
    return fake;
  };
  const mailbox = {
    get item() {
      return currentItem();
    },
    get userProfile() {
      return {
        displayName: host.user.name,
        emailAddress: host.user.address,
        timeZone: host.user.timeZone,
        accountType: "enterprise",
      };
    },
    diagnostics: { hostName: "OutlookWebApp", hostVersion: "16.0.0.0", OWAView: "ThreeColumns" },
    ewsUrl: "",
    restUrl: "",
    convertToRestId: (itemId: string) => itemId,
    convertToEwsId: (itemId: string) => itemId,
    addHandlerAsync(eventType: string, handler: (event: unknown) => void, ...args: unknown[]) {
      if (eventType === officeEnums.EventType.ItemChanged) {
        handlers.set(
          handler,
          host.onItemChanged(() => handler({ type: eventType })),
        );
      } else if (!Object.values(officeEnums.EventType).includes(eventType as never)) {
        return failWith(args, "InvalidEventType", `The harness does not raise ${eventType}.`, 9017);
      }
      succeed(args);
    },
    removeHandlerAsync(eventType: string, ...args: unknown[]) {
      if (eventType === officeEnums.EventType.ItemChanged) {
        for (const unsubscribe of handlers.values()) unsubscribe();
        handlers.clear();
      }
      succeed(args);
    },
    displayMessageForm: (itemId: string) => host.displayForm(itemId),
    displayAppointmentForm: (itemId: string) => host.displayForm(itemId),
    getCallbackTokenAsync(...args: unknown[]) {
      failWith(args, "GenericTokenError", "The harness issues no Exchange tokens.", 9018);
    },
  };
  const roamingSettings = {
    get: (name: string) => host.roamingSettings[name],
    set: (name: string, value: unknown) => void (host.roamingSettings[name] = value),
    remove: (name: string) => void delete host.roamingSettings[name],
    saveAsync: (...args: unknown[]) => {
      host.saveRoamingSettings(host.roamingSettings);
      succeed(args);
    },
  };
  const context = {
    host: "Outlook",
    platform: "OfficeOnline",
    diagnostics: { host: "Outlook", platform: "OfficeOnline", version: "16.0.0.0" },
    get displayLanguage() {
      return host.language;
    },
    get contentLanguage() {
      return host.language;
    },
    get officeTheme() {
      return { ...THEMES[host.theme], themeId: host.theme === "dark" ? 2 : 0 };
    },
    requirements: {
      isSetSupported: (name: string, version?: string | number) => isSetSupported(name, version),
    },
    roamingSettings,
    mailbox,
    ui: {
      displayDialogAsync(_url: string, ...args: unknown[]) {
        failWith(args, "DialogNotSupported", "The harness cannot open Office dialogs.", 12009);
      },
      messageParent: () => undefined,
    },
  };
  const ready = { host: "Outlook", platform: "OfficeOnline" };
  const office = {
    ...officeEnums,
    context,
    actions: {
      associate: (actionId: string, handler: Parameters<HarnessHost["associate"]>[1]) =>
        host.associate(actionId, handler),
    },
    onReady(callback?: (info: typeof ready) => void) {
      return new Promise((resolve) => {
        setTimeout(() => {
          // The start of the "host ready → participants on screen" budget (bench/addin-bench.mjs).
          if (performance.getEntriesByName(HOST_READY_MARK).length === 0) performance.mark(HOST_READY_MARK);
          callback?.(ready);
          resolve(ready);
        }, 0);
      });
    },
    initialize: undefined as unknown,
  };
  return office as unknown as typeof Office;
}

/** Performance mark set the first time the fake host reports ready. */
export const HOST_READY_MARK = "touchpoint:host-ready";

/** Outlook's four forms: a meeting the user organises opens in compose form (AppointmentOrganizer). */
function fakeItemFor(host: HarnessHost, item: HarnessItem): unknown {
  if (item.kind === "message")
    return item.mode === "compose" ? fakeComposeMessage(host, item) : fakeReadMessage(host, item);
  const organizing =
    item.mode === "compose" || item.organizer?.address.toLowerCase() === host.user.address.toLowerCase();
  return organizing ? fakeOrganizerAppointment(host, item) : fakeAttendeeAppointment(host, item);
}

function isSetSupported(name: string, version?: string | number): boolean {
  if (name.toLowerCase() !== "mailbox") return false;
  const [major = 0, minor = 0] = String(version ?? "1.1")
    .split(".")
    .map(Number);
  const [maxMajor = 0, maxMinor = 0] = MAILBOX_VERSION.split(".").map(Number);
  return major < maxMajor || (major === maxMajor && minor <= maxMinor);
}
