import type { HarnessItem } from "../harness-item";
import type { HarnessHost } from "../host/harness-host";
import { failWith, succeed, type AsyncArgs } from "./async-result";
import { FakeAppointmentCompose, FakeMessageCompose } from "./fake-compose-item";
import { FakeAppointmentRead, FakeMessageRead } from "./fake-read-item";
import { fakeContext } from "./fake-context";
import { officeEnums, officeValue } from "./office-enums";
import { notSupported, notSupportedAsync, notSupportedMethod } from "./not-supported";

/** The four forms of an Outlook item: `mailbox.item` is one of them at a time, or null with none open. */
export type FakeItem = FakeMessageRead | FakeMessageCompose | FakeAppointmentRead | FakeAppointmentCompose;

/**
 * Office.Mailbox, except `item`: @types/office-js types it as every form at once (so an add-in can call
 * anything), while Outlook's is one form at a time.
 */
export type FakeMailbox = Omit<Office.Mailbox, "item"> & { readonly item: FakeItem | null };
export type FakeContext = Omit<Office.Context, "mailbox"> & { readonly mailbox: FakeMailbox };

/** The `Office` global the harness installs: what office.js offers an Outlook add-in that the fake keeps. */
export type FakeOffice = typeof officeEnums & {
  context: FakeContext;
  actions: Pick<typeof Office.actions, "associate">;
  onReady: typeof Office.onReady;
  /** Pages that still set Office.initialize get it called once the host is ready, as office.js does. */
  initialize?: (reason: Office.InitializationReason) => void;
};

/**
 * The `Office` global the add-in sees inside the harness: the mailbox surface it uses, answering from
 * (and writing to) the harness host. Each access of `mailbox.item` reflects the item open right now.
 */
export function createFakeOffice(host: HarnessHost): FakeOffice {
  const ready = {
    host: officeValue<Office.HostType>(officeEnums.HostType, officeEnums.HostType.Outlook),
    platform: officeValue<Office.PlatformType>(
      officeEnums.PlatformType,
      officeEnums.PlatformType.OfficeOnline,
    ),
  };
  const onReady: typeof Office.onReady = (callback) =>
    new Promise((resolve) => {
      setTimeout(() => {
        // The start of the "host ready → participants on screen" budget (bench/addin-bench.mjs).
        if (performance.getEntriesByName(HOST_READY_MARK).length === 0) performance.mark(HOST_READY_MARK);
        callback?.(ready);
        resolve(ready);
      }, 0);
    });
  return {
    ...officeEnums,
    context: fakeContext(host, fakeMailbox(host), ready),
    actions: {
      associate: (actionId, handler) => host.associate(actionId, handler),
    },
    onReady,
  };
}

/** Performance mark set the first time the fake host reports ready. */
export const HOST_READY_MARK = "touchpoint:host-ready";

function fakeMailbox(host: HarnessHost): FakeMailbox {
  const itemCache = new Map<string, FakeItem>();
  const handlers = new Map<unknown, () => void>();
  const currentItem = (): FakeItem | null => {
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
  const eventTypes: readonly string[] = Object.values(officeEnums.EventType);
  const display = (itemId: string, ...args: AsyncArgs<void>) => {
    host.displayForm(itemId);
    succeed(args, undefined);
  };
  return {
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
    diagnostics: {
      hostName: "OutlookWebApp",
      hostVersion: "16.0.0.0",
      OWAView: "ThreeColumns",
      get ews(): never {
        return notSupported("mailbox.diagnostics.ews");
      },
    },
    get ewsUrl(): never {
      return notSupported("mailbox.ewsUrl");
    },
    get restUrl(): never {
      return notSupported("mailbox.restUrl");
    },
    get masterCategories(): never {
      return notSupported("mailbox.masterCategories");
    },
    convertToRestId: (itemId: string) => itemId,
    convertToEwsId: (itemId: string) => itemId,
    convertToLocalClientTime: notSupportedMethod("mailbox.convertToLocalClientTime"),
    convertToUtcClientTime: notSupportedMethod("mailbox.convertToUtcClientTime"),
    addHandlerAsync(eventType: string, handler: (event: { type: string }) => void, ...args: AsyncArgs<void>) {
      if (eventType === officeEnums.EventType.ItemChanged) {
        handlers.set(
          handler,
          host.onItemChanged(() => handler({ type: eventType })),
        );
      } else if (!eventTypes.includes(eventType)) {
        return failWith(args, "InvalidEventType", `The harness does not raise ${eventType}.`, 9017);
      }
      succeed(args, undefined);
    },
    removeHandlerAsync(eventType: string, ...args: AsyncArgs<void>) {
      if (eventType === officeEnums.EventType.ItemChanged) {
        for (const unsubscribe of handlers.values()) unsubscribe();
        handlers.clear();
      }
      succeed(args, undefined);
    },
    displayMessageForm: (itemId: string) => host.displayForm(itemId),
    displayAppointmentForm: (itemId: string) => host.displayForm(itemId),
    displayMessageFormAsync: display,
    displayAppointmentFormAsync: display,
    displayNewAppointmentForm: notSupportedMethod("mailbox.displayNewAppointmentForm"),
    displayNewAppointmentFormAsync: notSupportedAsync("mailbox.displayNewAppointmentFormAsync"),
    displayNewMessageForm: notSupportedMethod("mailbox.displayNewMessageForm"),
    displayNewMessageFormAsync: notSupportedAsync("mailbox.displayNewMessageFormAsync"),
    getCallbackTokenAsync(...args: unknown[]) {
      failWith(args, "GenericTokenError", "The harness issues no Exchange tokens.", 9018);
    },
    getUserIdentityTokenAsync(...args: unknown[]) {
      failWith(args, "GenericTokenError", "The harness issues no Exchange tokens.", 9018);
    },
    getIsIdentityManaged: notSupportedMethod("mailbox.getIsIdentityManaged"),
    getIsOpenFromLocationAllowed: notSupportedMethod("mailbox.getIsOpenFromLocationAllowed"),
    getIsSaveToLocationAllowed: notSupportedMethod("mailbox.getIsSaveToLocationAllowed"),
    getSelectedItemsAsync: notSupportedAsync("mailbox.getSelectedItemsAsync"),
    loadItemByIdAsync: notSupportedAsync("mailbox.loadItemByIdAsync"),
    makeEwsRequestAsync: notSupportedAsync("mailbox.makeEwsRequestAsync"),
  } satisfies FakeMailbox;
}

/** Outlook's four forms: a meeting the user organises opens in compose form (AppointmentOrganizer). */
function fakeItemFor(host: HarnessHost, item: HarnessItem): FakeItem {
  if (item.kind === "message")
    return item.mode === "compose" ? new FakeMessageCompose(host, item) : new FakeMessageRead(host, item);
  const organizing =
    item.mode === "compose" || item.organizer?.address.toLowerCase() === host.user.address.toLowerCase();
  return organizing ? new FakeAppointmentCompose(host, item) : new FakeAppointmentRead(host, item);
}
