import { createManualOnlineManager } from "../../../../src/addin/sync/online-manager";
import { createSyncEngine } from "../../../../src/addin/sync/sync-engine";
import { outboxEntry } from "../storage/outbox-fixtures";
import { invalid, log, setup } from "./sync-engine-setup";
import { fakeClock, fakeTokens, loggedResponse, memoryOutbox, noLock, scriptedStore } from "./sync-fakes";

describe("sync engine", () => {
  test("a queued log is stored before anything is sent, then sent once with its id as Idempotency-Key and deleted", async () => {
    const { engine, outbox, store } = setup();
    await engine.enqueue(log("a"));
    expect(store.calls).toHaveLength(0);
    expect((await engine.snapshot()).pending).toBe(1);

    expect(await engine.drainNow()).toEqual([expect.objectContaining({ id: "a", status: "logged" })]);
    expect(store.calls.map((call) => call.key)).toEqual(["a"]);
    expect(outbox.entries.size).toBe(0);
    expect((await engine.snapshot()).logged?.map((item) => item.id)).toEqual(["a"]);
  });

  test("the snapshot carries each waiting log's request and names, and each logged one's answer", async () => {
    const { engine } = setup();
    await engine.enqueue({ ...log("a"), names: { CT000011: "Анна Петрова" } });
    const waiting = (await engine.snapshot()).entries[0];
    expect(waiting).toMatchObject({
      id: "a",
      request: log("a").request,
      names: { CT000011: "Анна Петрова" },
    });
    await engine.drainNow();
    const [logged] = (await engine.snapshot()).logged ?? [];
    expect(logged?.response).toEqual(loggedResponse);
  });

  test("an entry action is queued like a log, sent under its id as Idempotency-Key, and deleted after a 2xx", async () => {
    const { engine, outbox, store } = setup();
    const action = { kind: "evaluate" as const, entryNo: 7, evaluation: "positive" as const };
    await engine.enqueue({ id: "act-1", action, origin: "taskpane", label: "Prices" });
    expect(store.actions).toHaveLength(0);
    expect((await engine.snapshot()).entries[0]).toMatchObject({ id: "act-1", action });
    expect(await engine.drainNow()).toEqual([expect.objectContaining({ id: "act-1", status: "done" })]);
    expect(store.actions).toEqual([{ key: "act-1", action }]);
    expect(store.calls).toHaveLength(0);
    expect(outbox.entries.size).toBe(0);
  });

  test("a refused entry action is dead-lettered, kept for the user, not retried on its own", async () => {
    const { engine, outbox, store } = setup([invalid]);
    await engine.enqueue({
      id: "act-2",
      action: { kind: "restore", entryNo: 9 },
      origin: "taskpane",
      label: "x",
    });
    expect(await engine.drainNow()).toEqual([expect.objectContaining({ id: "act-2", status: "dead" })]);
    await engine.drainNow();
    expect(store.actions).toHaveLength(1);
    expect(outbox.entries.get("act-2")?.state).toBe("dead");
  });

  test("sends the oldest entries first", async () => {
    const { engine, outbox, store } = setup();
    await outbox.add(outboxEntry("3"));
    await outbox.add(outboxEntry("1"));
    await outbox.add(outboxEntry("2"));
    await engine.drainNow();
    expect(store.calls.map((call) => call.key)).toEqual(["1", "2", "3"]);
  });

  test("after the oldest entry succeeds alone, the rest go a few at a time, each exactly once", async () => {
    const { engine, outbox, store } = setup();
    let inFlight = 0;
    let widest = 0;
    const send = store.logInteraction;
    store.logInteraction = async (request, key) => {
      inFlight += 1;
      widest = Math.max(widest, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 1));
      inFlight -= 1;
      return send(request, key);
    };
    for (let i = 10; i < 30; i += 1) await outbox.add(outboxEntry(String(i)));
    await engine.drainNow();
    expect(store.calls[0]?.key).toBe("10");
    expect([...store.calls.map((call) => call.key)].sort()).toEqual(
      Array.from({ length: 20 }, (_, i) => String(10 + i)),
    );
    expect(widest).toBe(4);
    expect(outbox.entries.size).toBe(0);
  });

  test("an entry left 'sending' by a runtime that closed mid-request is sent again with the same key", async () => {
    const { engine, outbox, store } = setup();
    await outbox.add(outboxEntry("1", { state: "sending", attempts: 1 }));
    await engine.drainNow();
    expect(store.calls.map((call) => call.key)).toEqual(["1"]);
    expect(outbox.entries.size).toBe(0);
  });

  test("when another runtime holds the drain lock this one sends nothing", async () => {
    const outbox = memoryOutbox();
    const store = scriptedStore();
    await outbox.add(outboxEntry("1"));
    const engine = createSyncEngine({
      outbox,
      store,
      tokens: fakeTokens(),
      online: createManualOnlineManager(true),
      clock: fakeClock(),
      random: () => 0.5,
      lock: { withLock: async () => ({ acquired: false }) },
      newId: () => "x",
    });
    expect(await engine.drainNow()).toEqual([]);
    expect(store.calls).toHaveLength(0);
  });

  test("subscribers see the pending count and per-entry state change", async () => {
    const { engine } = setup([invalid]);
    const seen: Array<[number, string[]]> = [];
    engine.subscribe((snapshot) =>
      seen.push([snapshot.pending, snapshot.entries.map((entry) => entry.state)]),
    );
    await engine.enqueue(log("a"));
    await engine.drainNow();
    expect(seen).toContainEqual([1, ["pending"]]);
    expect(seen).toContainEqual([1, ["sending"]]);
    expect(seen.at(-1)).toEqual([1, ["dead"]]);
  });
});

describe("sync engine with the on-send queue", () => {
  test("logs queued by the on-send runtime are adopted and sent with their own ids", async () => {
    const outbox = memoryOutbox();
    const onSend = memoryOutbox();
    const store = scriptedStore();
    await onSend.add(outboxEntry("s1", { origin: "on-send" }));
    const engine = createSyncEngine({
      outbox,
      adoptFrom: [onSend],
      store,
      tokens: fakeTokens(),
      online: createManualOnlineManager(true),
      clock: fakeClock(),
      random: () => 0.5,
      lock: noLock,
      newId: () => "x",
    });
    await engine.drainNow();
    expect(store.calls.map((call) => call.key)).toEqual(["s1"]);
    expect(onSend.entries.size + outbox.entries.size).toBe(0);
  });
});
