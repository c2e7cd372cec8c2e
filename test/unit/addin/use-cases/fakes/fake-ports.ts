import type { MailboxPort, NotificationKind } from "../../../../../src/addin/ports/mailbox-port";
import type { OutboxEntry } from "../../../../../src/addin/ports/outbox-port";
import type { AddinSettings, SettingsPort } from "../../../../../src/addin/ports/settings-port";
import type { StoreClientPort } from "../../../../../src/addin/ports/store-client-port";
import type { SyncPort } from "../../../../../src/addin/ports/sync-port";
import type { AddinDeps } from "../../../../../src/addin/use-cases/addin-deps";
import type { ItemSnapshot } from "../../../../../src/domain/item-snapshot";
import { fail, ok } from "../../../../../src/domain/result";
import { createManualOnlineManager } from "../../../../../src/addin/sync/online-manager";
import { createSyncEngine } from "../../../../../src/addin/sync/sync-engine";
import { sortOldestFirst } from "../../../../../src/addin/sync/sync-publisher";
import { fakeClock, memoryOutbox, noLock } from "../../sync/sync-fakes";
import { createFakeStore } from "./fake-store";

/** A mailbox showing one item (or none), recording notifications, header writes and opened items. */
export function createFakeMailbox(item: ItemSnapshot | undefined, language = "en-US") {
  const notices: Array<{ kind: NotificationKind; message: string }> = [];
  const opened: Array<{ itemId: string; kind: string }> = [];
  const listeners: Array<() => void> = [];
  let current = item;
  let headerWrite: "ok" | "fails" | "unsupported" = "ok";
  const mailbox: MailboxPort = {
    readCurrentItem: async () =>
      current
        ? ok(JSON.parse(JSON.stringify(current)) as ItemSnapshot)
        : fail({ code: "ADDIN_NO_ITEM", message: "no item" }),
    notify: async (kind, message) => {
      notices.push({ kind, message });
      return ok(undefined);
    },
    onItemChanged: async (listener) => {
      listeners.push(listener);
      return ok(() => listeners.splice(listeners.indexOf(listener), 1));
    },
    setTouchpointId: async (id) => {
      if (headerWrite === "unsupported")
        return fail({ code: "ADDIN_REQUIREMENT_MISSING", message: "no 1.8" });
      if (headerWrite === "fails") return fail({ code: "ADDIN_OFFICE_ASYNC_FAILED", message: "header" });
      if (current) current = { ...current, touchpointId: id };
      return ok(undefined);
    },
    canSetTouchpointId: () =>
      headerWrite === "unsupported"
        ? fail({ code: "ADDIN_REQUIREMENT_MISSING", message: "no 1.8" })
        : ok(undefined),
    openItem: (itemId, kind) => {
      opened.push({ itemId, kind });
      return ok(undefined);
    },
    displayLanguage: () => language,
    theme: () => "light",
  };
  return {
    mailbox,
    notices,
    opened,
    current: () => current,
    select(next: ItemSnapshot | undefined) {
      current = next;
      for (const listener of [...listeners]) listener();
    },
    failHeaderWrite() {
      headerWrite = "fails";
    },
    /** An Outlook older than Mailbox 1.8: no header can be set at all. */
    lackHeaderSupport() {
      headerWrite = "unsupported";
    },
  };
}

/**
 * The real sync engine over an outbox in memory, sending through the given store client: retries due at
 * once (no jitter wait), time frozen, the network a switch. What the pane sees of a drain is what the
 * engine does, not a second implementation of it.
 */
export function createFakeSync(store: StoreClientPort) {
  const outbox = memoryOutbox();
  const enqueued: Array<Pick<OutboxEntry, "id" | "request" | "origin" | "label" | "names">> = [];
  const online = createManualOnlineManager(true);
  let nextFixId = 1;
  const engine = createSyncEngine({
    outbox,
    store,
    tokens: { getToken: async () => ok("token") },
    online,
    clock: fakeClock(0),
    random: () => 0,
    lock: noLock,
    newId: () => `fixed-${nextFixId++}`,
    concurrency: 1,
  });
  // Started, as the pane starts it when it opens: it tells the pane when the network comes back and drains.
  engine.start();
  const sync: SyncPort = {
    ...engine,
    async enqueue(input) {
      enqueued.push(input);
      await engine.enqueue(input);
    },
  };
  return {
    sync,
    outbox,
    /** What the outbox holds now, oldest first. */
    get queue(): OutboxEntry[] {
      return sortOldestFirst([...outbox.entries.values()]);
    },
    enqueued,
    /** Flips the network: offline, the drain sends nothing; the snapshot says so to its listeners. */
    setOnline(next: boolean) {
      online.setOnline(next);
    },
  };
}

export function createFakeSettings(initial: AddinSettings = {}) {
  let value = initial;
  const settings: SettingsPort = {
    read: () => value,
    save: async (changes) => {
      // As the real settings: a setting saved as undefined is cleared.
      value = Object.fromEntries(
        Object.entries({ ...value, ...changes }).filter(([, v]) => v !== undefined),
      ) as AddinSettings;
      return ok(undefined);
    },
  };
  return { settings, value: () => value };
}

/** Every port faked around one item; ids are predictable. */
export function createFakeDeps(
  item: ItemSnapshot | undefined,
  options: { language?: string; settings?: AddinSettings } = {},
) {
  const store = createFakeStore();
  const mailbox = createFakeMailbox(item, options.language);
  const sync = createFakeSync(store.store);
  const settings = createFakeSettings(options.settings);
  let n = 0;
  const deps: AddinDeps = {
    mailbox: mailbox.mailbox,
    store: store.store,
    sync: sync.sync,
    settings: settings.settings,
    newId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, "0")}`,
    internalDomains: ["cronus.example"],
  };
  return { deps, store, mailbox, sync, settings };
}
