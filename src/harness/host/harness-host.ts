import type { HarnessItem } from "../harness-item";
import { mailboxUser, type MailboxUser } from "../samples/mailbox-users";

export type HarnessLanguage = "en-US" | "ru-RU";
export type HarnessTheme = "light" | "dark";
/** The window the pane sits in: Outlook's desktop side pane, or a phone's full width (Outlook mobile). */
export type HarnessDevice = "desktop" | "phone";

/** What the item's notification bar shows, keyed as the add-in keys it (notificationMessages). */
export interface HarnessNotification {
  key: string;
  type: string;
  message: string;
  icon?: string | undefined;
  persistent?: boolean | undefined;
}

/** A function command as registered with Office.actions.associate in the commands page. */
export type ActionHandler = (event: {
  completed(options?: unknown): void;
  source: { id: string };
}) => unknown;

/** Where the fake Office (in the taskpane and commands frames) finds the harness: `window.touchpointHarness`. */
export const HOST_GLOBAL = "touchpointHarness";

/**
 * The mock Outlook's state, shared by the harness page and every fake Office in its frames (same
 * origin). Plain object + listeners, so the fake needs no React and tests can drive it directly.
 */
export class HarnessHost {
  item: HarnessItem | undefined;
  user: MailboxUser;
  language: HarnessLanguage;
  theme: HarnessTheme;
  device: HarnessDevice;
  offline = false;
  /** Whose shared mailbox the items are in, when the user opens someone else's (delegate access). */
  sharedOwner: MailboxUser | undefined;
  pinned = true;
  /** Office.context.roamingSettings of the add-in; `saveRoamingSettings` makes them outlive the page. */
  roamingSettings: Record<string, unknown> = {};
  saveRoamingSettings: (settings: Record<string, unknown>) => void = () => undefined;
  /** OfficeRuntime.storage of the add-in on this machine: shared by the taskpane, commands and on-send. */
  readonly runtimeStorage = new Map<string, string>();
  /** Opens an item by id (displayMessageForm / displayAppointmentForm); the harness page sets it. */
  displayForm: (itemId: string) => void = () => undefined;
  private readonly items = new Map<string, HarnessItem>();
  private readonly notifications = new Map<string, HarnessNotification[]>();
  /** When (harness clock) each notification was shown, so the ribbon can report time to first notice. */
  private readonly noticeTimes: number[] = [];
  private readonly actions = new Map<string, ActionHandler>();
  private readonly itemChangedListeners = new Set<() => void>();
  private readonly listeners = new Set<() => void>();

  constructor(options: {
    item?: HarnessItem | undefined;
    user?: MailboxUser | undefined;
    sharedOwner?: MailboxUser | undefined;
    language?: HarnessLanguage | undefined;
    theme?: HarnessTheme | undefined;
    device?: HarnessDevice | undefined;
  }) {
    this.user = options.user ?? mailboxUser("alex");
    this.sharedOwner = options.sharedOwner;
    this.language = options.language ?? "en-US";
    this.theme = options.theme ?? "light";
    this.device = options.device ?? "desktop";
    if (options.item !== undefined) this.selectItem(options.item);
  }

  /** Re-renders the harness page on any change; returns an unsubscribe. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Opens an item; a pinned pane's ItemChanged handlers fire when it was showing another one. */
  selectItem(item: HarnessItem): void {
    const previous = this.item;
    // Keep one live copy per item, so compose edits and headers set by the add-in survive reselection.
    const live = this.items.get(item.name) ?? structuredClone(item);
    this.items.set(item.name, live);
    this.item = live;
    this.changed();
    // A pinned pane follows the selection through ItemChanged; an unpinned one is reloaded by the page.
    if (this.pinned && previous !== undefined && previous.name !== live.name) {
      for (const listener of [...this.itemChangedListeners]) listener();
    }
  }

  /** Applies a change to the open item (compose setAsync, internet headers). */
  updateItem(change: (item: HarnessItem) => void): void {
    if (this.item === undefined) return;
    change(this.item);
    this.changed();
  }

  set<K extends "user" | "language" | "theme" | "device" | "offline" | "pinned">(
    key: K,
    value: HarnessHost[K],
  ): void {
    Object.assign(this, { [key]: value });
    this.changed();
  }

  onItemChanged(listener: () => void): () => void {
    this.itemChangedListeners.add(listener);
    return () => this.itemChangedListeners.delete(listener);
  }

  /** Forgets handlers of a frame being replaced (a reloaded pane registers again). */
  clearItemChangedListeners(): void {
    this.itemChangedListeners.clear();
  }

  notificationsOf(itemName: string): HarnessNotification[] {
    return this.notifications.get(itemName) ?? [];
  }

  putNotification(itemName: string, notification: HarnessNotification): void {
    this.noticeTimes.push(performance.now());
    const others = this.notificationsOf(itemName).filter((entry) => entry.key !== notification.key);
    this.notifications.set(itemName, [...others, notification]);
    this.changed();
  }

  /** The first notification shown at or after `since` (harness clock), if any. */
  firstNoticeSince(since: number): number | undefined {
    return this.noticeTimes.find((at) => at >= since);
  }

  removeNotification(itemName: string, key: string): boolean {
    const before = this.notificationsOf(itemName);
    const after = before.filter((entry) => entry.key !== key);
    this.notifications.set(itemName, after);
    this.changed();
    return after.length !== before.length;
  }

  associate(actionId: string, handler: ActionHandler): void {
    this.actions.set(actionId, handler);
  }

  action(actionId: string): ActionHandler | undefined {
    return this.actions.get(actionId);
  }

  clearActions(): void {
    this.actions.clear();
  }

  private changed(): void {
    for (const listener of [...this.listeners]) listener();
  }
}
