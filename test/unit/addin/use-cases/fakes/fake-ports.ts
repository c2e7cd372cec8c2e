import type { MailboxPort, NotificationKind } from "../../../../../src/addin/ports/mailbox-port";
import type { OutboxEntry, OutboxOutcome } from "../../../../../src/addin/ports/outbox-port";
import type { AddinSettings, SettingsPort } from "../../../../../src/addin/ports/settings-port";
import type { StoreClientPort } from "../../../../../src/addin/ports/store-client-port";
import type { SyncPort, SyncSnapshot } from "../../../../../src/addin/ports/sync-port";
import type { AddinDeps } from "../../../../../src/addin/use-cases/addin-deps";
import type { ItemSnapshot } from "../../../../../src/domain/item-snapshot";
import { fail, ok } from "../../../../../src/domain/result";
import { createFakeStore } from "./fake-store";

/** A mailbox showing one item (or none), recording notifications, header writes and opened items. */
export function createFakeMailbox(item: ItemSnapshot | undefined, language = "en-US") {
  const notices: Array<{ kind: NotificationKind; message: string }> = [];
  const opened: Array<{ itemId: string; kind: string }> = [];
  const listeners: Array<() => void> = [];
  let current = item;
  let headerWrite: "ok" | "fails" = "ok";
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
      if (headerWrite === "fails") return fail({ code: "ADDIN_OFFICE_ASYNC_FAILED", message: "header" });
      if (current) current = { ...current, touchpointId: id };
      return ok(undefined);
    },
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
  };
}

/** An outbox in memory that sends through the given store client when drained (no retry policy). */
export function createFakeSync(store: StoreClientPort) {
  const queue: OutboxEntry[] = [];
  const enqueued: Array<Pick<OutboxEntry, "id" | "request" | "origin" | "label" | "names">> = [];
  const listeners = new Set<(snapshot: SyncSnapshot) => void>();
  const logged: NonNullable<SyncSnapshot["logged"]> = [];
  let online = true;
  let nextFixId = 1;
  const snapshot = (): SyncSnapshot => ({
    pending: queue.length,
    entries: queue.map(({ id, label, state, attempts, lastError, createdAt, request, names }) => ({
      id,
      label,
      state,
      attempts,
      createdAt,
      request,
      ...(names ? { names } : {}),
      ...(lastError ? { lastError } : {}),
    })),
    online,
    waitingForSignIn: false,
    logged: [...logged],
  });
  const publish = () => listeners.forEach((listener) => listener(snapshot()));
  const sync: SyncPort = {
    enqueue: async (entry) => {
      enqueued.push(entry);
      queue.push({
        ...entry,
        createdAt: new Date(0).toISOString(),
        state: "pending",
        attempts: 0,
        notBefore: 0,
      });
      publish();
    },
    drainNow: async () => {
      const outcomes: OutboxOutcome[] = [];
      if (!online) return outcomes;
      for (const entry of queue.filter((candidate) => candidate.state !== "dead")) {
        if (entry.action !== undefined) {
          const done = await store.entryAction(entry.action, entry.id);
          if (done.ok) {
            queue.splice(queue.indexOf(entry), 1);
            outcomes.push({ id: entry.id, status: "done", entry: done.value });
          } else {
            entry.state = "dead";
            outcomes.push({ id: entry.id, status: "dead", code: done.error.code });
          }
          continue;
        }
        if (entry.request === undefined) continue;
        const sent = await store.logInteraction(entry.request, entry.id);
        if (sent.ok) {
          queue.splice(queue.indexOf(entry), 1);
          logged.unshift({ id: entry.id, label: entry.label, loggedAt: 0, response: sent.value });
          outcomes.push({ id: entry.id, status: "logged", response: sent.value });
        } else if (sent.error.kind === "rejected") {
          entry.state = "dead";
          entry.lastError = {
            code: sent.error.code,
            message: sent.error.message,
            ...(sent.error.details === undefined ? {} : { details: sent.error.details }),
            ...(sent.error.storeMessage === undefined ? {} : { storeMessage: sent.error.storeMessage }),
          };
          const { details, storeMessage } = entry.lastError;
          outcomes.push({ id: entry.id, status: "dead", code: sent.error.code, details, storeMessage });
        } else {
          entry.attempts += 1;
          entry.lastError = { code: sent.error.code, message: sent.error.message };
          outcomes.push({ id: entry.id, status: "retrying", notBefore: 0 });
        }
      }
      publish();
      return outcomes;
    },
    discard: async (id) => {
      const at = queue.findIndex((entry) => entry.id === id);
      if (at >= 0) queue.splice(at, 1);
      publish();
    },
    retry: async (id, request) => {
      const entry = queue.find((candidate) => candidate.id === id);
      if (entry === undefined) return undefined;
      {
        entry.state = "pending";
        entry.attempts = 0;
        delete entry.lastError;
        // A fixed request goes under a new key, as the real engine does.
        if (request !== undefined) Object.assign(entry, { request, id: `fixed-${nextFixId++}` });
      }
      publish();
      return entry.id;
    },
    snapshot: async () => snapshot(),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return {
    sync,
    queue,
    enqueued,
    /** Flips the network: offline, the drain sends nothing; the snapshot says so to its listeners. */
    setOnline(next: boolean) {
      online = next;
      publish();
    },
  };
}

export function createFakeSettings(initial: AddinSettings = {}) {
  let value = initial;
  const settings: SettingsPort = {
    read: () => value,
    save: async (changes) => {
      value = { ...value, ...changes };
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
