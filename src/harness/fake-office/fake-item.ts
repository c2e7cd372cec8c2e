import type { HarnessItem } from "../harness-item";
import type { HarnessHost } from "../host/harness-host";
import { failWith, succeed, type AsyncArgs } from "./async-result";
import { fakeNotifications } from "./fake-notifications";
import { officeEnums, officeValue } from "./office-enums";
import { notSupported, notSupportedAsync } from "./not-supported";

/**
 * An Outlook item as Outlook gives it: `getSharedPropertiesAsync` exists only on items in a shared folder or
 * mailbox (Microsoft documents testing for it), although @types/office-js declares it on every item.
 */
export type OutlookItem<T extends { getSharedPropertiesAsync: unknown }> = Omit<
  T,
  "getSharedPropertiesAsync"
> &
  Partial<Pick<T, "getSharedPropertiesAsync">>;

/** Outlook on the web caps read-mode recipient lists (a longer list is cut, and the add-in must say so). */
export const READ_RECIPIENT_LIMIT = 100;

/** DelegatePermissions is a bit mask (Read 1 … DeleteAll 32): the delegate may do everything. */
const ALL_PERMISSIONS: number = 0x3f;
const TEXT = officeValue<Office.CoercionType>(officeEnums.CoercionType, officeEnums.CoercionType.Text);

/**
 * Sets a member Outlook leaves out when it has no value (a message without a sender): declared with
 * `declare` in the class, so it is there only when set here.
 */
export function defineIfPresent<T extends object, K extends keyof T>(target: T, key: K, value: T[K]): void {
  Object.defineProperty(target, key, { value, enumerable: true });
}

/** The members every Outlook item has, whatever its kind and form; what the add-in never uses fails. */
export abstract class FakeItem {
  readonly itemType: string;
  readonly seriesId: string;
  readonly notificationMessages: Office.NotificationMessages;
  readonly body: Office.Body;
  /** Not Office.js: the iCalendar UID of an imported meeting, which real Outlook gives only through Graph. */
  readonly iCalUId: string | undefined;
  readonly getSharedPropertiesAsync?: Office.MessageRead["getSharedPropertiesAsync"];
  readonly addHandlerAsync = notSupportedAsync("item.addHandlerAsync");
  readonly removeHandlerAsync = notSupportedAsync("item.removeHandlerAsync");
  readonly getAttachmentContentAsync = notSupportedAsync("item.getAttachmentContentAsync");
  readonly getInitializationContextAsync = notSupportedAsync("item.getInitializationContextAsync");
  readonly loadCustomPropertiesAsync = notSupportedAsync("item.loadCustomPropertiesAsync");

  constructor(
    protected readonly host: HarnessHost,
    protected readonly item: HarnessItem,
  ) {
    this.itemType = item.kind;
    this.seriesId = item.seriesId ?? "";
    this.notificationMessages = fakeNotifications(host, item.name);
    this.body = fakeBody(host, item);
    this.iCalUId = item.kind === "appointment" ? item.iCalUId : undefined;
    // Outlook gives this only for items in a shared folder or mailbox: its presence is the signal.
    if (host.sharedOwner !== undefined) {
      this.getSharedPropertiesAsync = (...args: AsyncArgs<Office.SharedProperties>) => {
        const owner = host.sharedOwner?.address ?? host.user.address;
        succeed(args, {
          owner,
          targetMailbox: owner,
          targetRestUrl: "",
          delegatePermissions: ALL_PERMISSIONS,
        });
      };
    }
  }

  get categories(): never {
    return notSupported("item.categories");
  }
}

/** `item.body`: the text of the harness item, writable in compose form only. */
function fakeBody(host: HarnessHost, item: HarnessItem): Office.Body {
  return {
    getAsync(_coercion: string, ...args: AsyncArgs<string>) {
      succeed(args, host.item?.name === item.name ? item.body : "");
    },
    setAsync(text: string, ...args: AsyncArgs<void>) {
      if (item.mode !== "compose") return failWith(args, "InvalidAPICall", "The body is read-only here.");
      host.updateItem((live) => (live.body = String(text)));
      succeed(args, undefined);
    },
    getTypeAsync(...args: AsyncArgs<Office.CoercionType>) {
      succeed(args, TEXT);
    },
    appendOnSendAsync: notSupportedAsync("item.body.appendOnSendAsync"),
    prependAsync: notSupportedAsync("item.body.prependAsync"),
    prependOnSendAsync: notSupportedAsync("item.body.prependOnSendAsync"),
    setSelectedDataAsync: notSupportedAsync("item.body.setSelectedDataAsync"),
    setSignatureAsync: notSupportedAsync("item.body.setSignatureAsync"),
  } satisfies Office.Body;
}
