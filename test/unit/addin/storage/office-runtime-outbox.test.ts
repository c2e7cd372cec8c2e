import "fake-indexeddb/auto";
import { adoptQueuedLogs } from "../../../../src/addin/sync/adopt-queued-logs";
import { createIndexedDbOutbox } from "../../../../src/addin/platform/storage/indexed-db-outbox";
import {
  createOfficeRuntimeOutbox,
  OFFICE_RUNTIME_OUTBOX_LIMIT_CHARS,
  OutboxFullError,
} from "../../../../src/addin/platform/storage/office-runtime-outbox";
import { openTouchpointDb } from "../../../../src/addin/platform/storage/touchpoint-db";
import { memoryKeyValueStorage, outboxEntry } from "./outbox-fixtures";

describe("OfficeRuntime.storage outbox", () => {
  test("stores each entry as a string under its own key with an index of ids", async () => {
    const storage = memoryKeyValueStorage();
    const outbox = createOfficeRuntimeOutbox(storage);
    await outbox.add(outboxEntry("2"));
    await outbox.add(outboxEntry("1"));
    expect(JSON.parse(storage.map.get("touchpoint.outbox.index") ?? "[]")).toEqual(["2", "1"]);
    expect((await outbox.list()).map((entry) => entry.id)).toEqual(["1", "2"]);
    await outbox.remove("2");
    expect(JSON.parse(storage.map.get("touchpoint.outbox.index") ?? "[]")).toEqual(["1"]);
    expect([...storage.map.keys()].some((key) => key.endsWith(".2"))).toBe(false);
  });

  test("an entry lost from the index by a concurrent rewrite is still listed", async () => {
    const storage = memoryKeyValueStorage();
    const outbox = createOfficeRuntimeOutbox(storage);
    await outbox.add(outboxEntry("1"));
    await outbox.add(outboxEntry("2"));
    storage.map.set("touchpoint.outbox.index", JSON.stringify(["1"]));
    expect((await outbox.list()).map((entry) => entry.id)).toEqual(["1", "2"]);
  });

  test("refuses an entry beyond the storage budget instead of corrupting what is queued", async () => {
    const storage = memoryKeyValueStorage();
    const outbox = createOfficeRuntimeOutbox(storage);
    await outbox.add(outboxEntry("1"));
    const huge = outboxEntry("2", { label: "x".repeat(OFFICE_RUNTIME_OUTBOX_LIMIT_CHARS) });
    await expect(outbox.add(huge)).rejects.toBeInstanceOf(OutboxFullError);
    expect((await outbox.list()).map((entry) => entry.id)).toEqual(["1"]);
  });

  test("the taskpane adopts logs the on-send runtime queued, keeping their ids (Idempotency-Keys)", async () => {
    const onSendQueue = createOfficeRuntimeOutbox(memoryKeyValueStorage());
    const taskpaneQueue = createIndexedDbOutbox(openTouchpointDb({ name: "adopt-test" }));
    await onSendQueue.add(outboxEntry("5", { origin: "on-send" }));
    await onSendQueue.add(outboxEntry("6", { origin: "on-send" }));
    await taskpaneQueue.add(outboxEntry("6", { origin: "on-send" }));

    expect(await adoptQueuedLogs(onSendQueue, taskpaneQueue)).toBe(2);
    expect((await taskpaneQueue.list()).map((entry) => [entry.id, entry.origin])).toEqual([
      ["5", "on-send"],
      ["6", "on-send"],
    ]);
    expect(await onSendQueue.list()).toEqual([]);
  });
});
