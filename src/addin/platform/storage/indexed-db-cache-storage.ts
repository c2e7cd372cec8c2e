import type { CacheRecord, CacheStoragePort } from "../../ports/cache-storage-port";
import { openTouchpointDb, type TouchpointDb } from "./touchpoint-db";

/** Reference data and recent matches kept across pane openings, in the `caches` store. */
export function createIndexedDbCacheStorage(
  db: Promise<TouchpointDb> = openTouchpointDb(),
): CacheStoragePort {
  let open = false;
  // A database that cannot open (a browser without IndexedDB) never is: each read then fails as it did.
  db.then(
    () => (open = true),
    () => undefined,
  );
  return {
    isOpen: () => open,
    async read<T>(key: string) {
      return (await (await db).get("caches", key)) as CacheRecord<T> | undefined;
    },
    async write(record) {
      await (await db).put("caches", record);
    },
    async remove(key) {
      await (await db).delete("caches", key);
    },
  };
}
