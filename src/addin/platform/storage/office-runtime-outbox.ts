import type { OutboxEntry, OutboxPort } from "../../ports/outbox-port";
import { officeRuntimeStorage, type KeyValueStorage } from "./key-value-storage";

const ENTRY_PREFIX = "touchpoint.outbox.entry.";
const INDEX_KEY = "touchpoint.outbox.index";
/** OfficeRuntime.storage allows about 10 MB per add-in; keep room for settings and the lease. */
export const OFFICE_RUNTIME_OUTBOX_LIMIT_CHARS = 4_000_000;

/** Thrown by `add` when the key-value storage is full: a bug-level condition the caller must surface. */
export class OutboxFullError extends Error {
  readonly code = "ADDIN_OUTBOX_FULL";
}

/**
 * The outbox over `OfficeRuntime.storage` for the JavaScript-only event runtime (on-send), where there is
 * no IndexedDB. One key per entry plus an index key of ids; the taskpane adopts these entries into its
 * own outbox (see adoptQueuedLogs) and drains them with the same Idempotency-Key.
 */
export function createOfficeRuntimeOutbox(
  storage: KeyValueStorage | undefined = officeRuntimeStorage(),
): OutboxPort {
  if (storage === undefined) throw new Error("OfficeRuntime.storage is not available in this runtime");
  const kv = storage;

  async function readIndex(): Promise<string[]> {
    const raw = await kv.getItem(INDEX_KEY);
    const ids = raw === null ? [] : (JSON.parse(raw) as unknown);
    return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === "string") : [];
  }

  /** Ids from the index, joined with the entry keys themselves when the storage can list keys. */
  async function allIds(): Promise<string[]> {
    const ids = new Set(await readIndex());
    // Two runtimes rewriting the index at once can lose an id; the entry key itself never lies.
    if (kv.getKeys)
      for (const key of await kv.getKeys())
        if (key.startsWith(ENTRY_PREFIX)) ids.add(key.slice(ENTRY_PREFIX.length));
    return [...ids];
  }

  async function get(id: string): Promise<OutboxEntry | undefined> {
    const raw = await kv.getItem(ENTRY_PREFIX + id);
    return raw === null ? undefined : (JSON.parse(raw) as OutboxEntry);
  }

  async function writeIndex(ids: string[]): Promise<void> {
    await kv.setItem(INDEX_KEY, JSON.stringify(ids));
  }

  return {
    async add(entry) {
      const value = JSON.stringify(entry);
      const stored = await Promise.all((await allIds()).map((id) => kv.getItem(ENTRY_PREFIX + id)));
      const used = stored.reduce((sum, raw) => sum + (raw?.length ?? 0), 0);
      if (used + value.length > OFFICE_RUNTIME_OUTBOX_LIMIT_CHARS) {
        throw new OutboxFullError(`the on-send outbox is full (${used} characters queued)`);
      }
      // The index first: a crash between the writes leaves a dangling id (skipped), never a lost entry.
      const ids = await readIndex();
      if (!ids.includes(entry.id)) await writeIndex([...ids, entry.id]);
      await kv.setItem(ENTRY_PREFIX + entry.id, value);
    },
    get,
    async list() {
      const entries = await Promise.all((await allIds()).map(get));
      return entries
        .filter((entry): entry is OutboxEntry => entry !== undefined)
        .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
    },
    async update(entry) {
      await kv.setItem(ENTRY_PREFIX + entry.id, JSON.stringify(entry));
    },
    async remove(id) {
      await kv.removeItem(ENTRY_PREFIX + id);
      const ids = await readIndex();
      if (ids.includes(id)) await writeIndex(ids.filter((other) => other !== id));
    },
  };
}
