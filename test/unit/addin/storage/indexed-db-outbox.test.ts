import "fake-indexeddb/auto";
import type { IDBPDatabase } from "idb";
import { createIndexedDbOutbox } from "../../../../src/addin/platform/storage/indexed-db-outbox";
import { createIndexedDbCacheStorage } from "../../../../src/addin/platform/storage/indexed-db-cache-storage";
import {
  openTouchpointDb,
  TOUCHPOINT_DB_VERSION,
} from "../../../../src/addin/platform/storage/touchpoint-db";
import { outboxEntry } from "./outbox-fixtures";

let dbNumber = 0;
const freshName = (): string => `touchpoint-test-${++dbNumber}`;

describe("IndexedDB outbox", () => {
  test("keeps queued logs in creation order and forgets a removed one", async () => {
    const outbox = createIndexedDbOutbox(openTouchpointDb({ name: freshName() }));
    await outbox.add(outboxEntry("3"));
    await outbox.add(outboxEntry("1"));
    await outbox.add(outboxEntry("2"));
    expect((await outbox.list()).map((entry) => entry.id)).toEqual(["1", "2", "3"]);
    await outbox.remove("2");
    expect((await outbox.list()).map((entry) => entry.id)).toEqual(["1", "3"]);
    expect(await outbox.get("2")).toBeUndefined();
  });

  test("an update replaces the entry's retry state, keyed by the same id", async () => {
    const outbox = createIndexedDbOutbox(openTouchpointDb({ name: freshName() }));
    await outbox.add(outboxEntry("1"));
    await outbox.update(
      outboxEntry("1", {
        state: "dead",
        attempts: 3,
        lastError: { code: "STORE_VALIDATION", message: "bad", status: 400 },
      }),
    );
    expect(await outbox.get("1")).toMatchObject({ state: "dead", attempts: 3, lastError: { status: 400 } });
    expect(await outbox.list()).toHaveLength(1);
  });

  test("survives closing and reopening the database (the pane was closed)", async () => {
    const name = freshName();
    const first = openTouchpointDb({ name });
    await createIndexedDbOutbox(first).add(outboxEntry("7"));
    (await first).close();
    expect((await createIndexedDbOutbox(openTouchpointDb({ name })).list()).map((entry) => entry.id)).toEqual(
      ["7"],
    );
  });

  test("upgrading a version 1 database keeps the logs it had queued and adds the retry fields", async () => {
    const name = freshName();
    const v1 = await openTouchpointDb({ name, version: 1 });
    expect([...v1.objectStoreNames]).toEqual(["outbox"]);
    // Written exactly as v1 shipped: no state/attempts/notBefore yet.
    const { state: _s, attempts: _a, notBefore: _n, ...shippedInV1 } = outboxEntry("42");
    await (v1 as unknown as IDBPDatabase).put("outbox", shippedInV1);
    v1.close();

    const latest = await openTouchpointDb({ name });
    expect(latest.version).toBe(TOUCHPOINT_DB_VERSION);
    expect([...latest.objectStoreNames].sort()).toEqual(["caches", "outbox"]);
    const kept = await createIndexedDbOutbox(Promise.resolve(latest)).list();
    expect(kept).toEqual([{ ...shippedInV1, state: "pending", attempts: 0, notBefore: 0 }]);
  });

  test("the cache store reads back what it wrote and forgets what it removed", async () => {
    const cache = createIndexedDbCacheStorage(openTouchpointDb({ name: freshName() }));
    await cache.write({ key: "templates", value: { items: [] }, etag: '"v1"', storedAt: 5 });
    expect(await cache.read("templates")).toEqual({
      key: "templates",
      value: { items: [] },
      etag: '"v1"',
      storedAt: 5,
    });
    await cache.remove("templates");
    expect(await cache.read("templates")).toBeUndefined();
  });
});
