import type { OutboxEntry, OutboxPort } from "../../ports/outbox-port";
import { openTouchpointDb, type TouchpointDb } from "./touchpoint-db";

/** The taskpane's durable outbox: one IndexedDB record per log, written before the UI confirms. */
export function createIndexedDbOutbox(db: Promise<TouchpointDb> = openTouchpointDb()): OutboxPort {
  return {
    async add(entry: OutboxEntry) {
      // `put`, not `add`: adopting an entry twice (from the on-send queue) must not fail.
      await (await db).put("outbox", entry);
    },
    async get(id) {
      return (await db).get("outbox", id);
    },
    async list() {
      return (await db).getAllFromIndex("outbox", "by-created");
    },
    async update(entry) {
      await (await db).put("outbox", entry);
    },
    async remove(id) {
      await (await db).delete("outbox", id);
    },
  };
}
