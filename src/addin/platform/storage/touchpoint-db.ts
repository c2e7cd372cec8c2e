import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from "idb";
import type { CacheRecord } from "../../ports/cache-storage-port";
import type { OutboxEntry } from "../../ports/outbox-port";

/**
 * The ONE place that knows the IndexedDB schema of the `touchpoint` database. Each version is an
 * explicit, frozen upgrade step; a user may jump several versions at once, so every step runs in order.
 */
export interface TouchpointDbSchema extends DBSchema {
  outbox: { key: string; value: OutboxEntry; indexes: { "by-created": string; "by-state": string } };
  caches: { key: string; value: CacheRecord };
}

export type TouchpointDb = IDBPDatabase<TouchpointDbSchema>;
type UpgradeTransaction = IDBPTransaction<
  TouchpointDbSchema,
  StoreNames<TouchpointDbSchema>[],
  "versionchange"
>;

export const TOUCHPOINT_DB_NAME = "touchpoint";

/** What v1 stored: a log and where it came from, no retry bookkeeping yet. */
interface OutboxEntryV1 {
  id: string;
  request: NonNullable<OutboxEntry["request"]>;
  origin: OutboxEntry["origin"];
  label: string;
  createdAt: string;
  state?: OutboxEntry["state"];
  attempts?: number;
  notBefore?: number;
}

const UPGRADES: ReadonlyArray<(db: TouchpointDb, tx: UpgradeTransaction) => Promise<void> | void> = [
  // v1: the outbox as it first shipped, keyed by the entry id (its Idempotency-Key).
  (db) => {
    db.createObjectStore("outbox", { keyPath: "id" });
  },
  // v2: indexes for the drain and the pending list, the caches store, and retry fields on old entries.
  async (db, tx) => {
    const outbox = tx.objectStore("outbox");
    outbox.createIndex("by-created", "createdAt");
    outbox.createIndex("by-state", "state");
    db.createObjectStore("caches", { keyPath: "key" });
    for (let cursor = await outbox.openCursor(); cursor; cursor = await cursor.continue()) {
      const old = cursor.value as OutboxEntryV1;
      await cursor.update({
        ...old,
        state: old.state ?? "pending",
        attempts: old.attempts ?? 0,
        notBefore: old.notBefore ?? 0,
      });
    }
  },
];

/** The newest schema version this build knows. */
export const TOUCHPOINT_DB_VERSION = UPGRADES.length;

export interface OpenTouchpointDbOptions {
  name?: string;
  /** Tests open an older version to check its upgrade; production always opens the newest. */
  version?: number;
}

/** Opens (creating or upgrading) the add-in's IndexedDB database. */
export function openTouchpointDb(options: OpenTouchpointDbOptions = {}): Promise<TouchpointDb> {
  const version = options.version ?? TOUCHPOINT_DB_VERSION;
  return openDB<TouchpointDbSchema>(options.name ?? TOUCHPOINT_DB_NAME, version, {
    async upgrade(db, oldVersion, newVersion, tx) {
      for (let step = oldVersion; step < (newVersion ?? version); step += 1) {
        const upgrade = UPGRADES[step];
        if (upgrade === undefined) throw new Error(`no upgrade step to touchpoint db version ${step + 1}`);
        await upgrade(db, tx);
      }
    },
  });
}
