import type { StoreFailure } from "../../../../src/addin/ports/store-client-port";
import { fail, ok } from "../../../../src/domain/result";
import { createManualOnlineManager } from "../../../../src/addin/sync/online-manager";
import { createSyncEngine, type SyncEngineDeps } from "../../../../src/addin/sync/sync-engine";
import { outboxEntry } from "../storage/outbox-fixtures";
import {
  fakeClock,
  fakeTokens,
  flush,
  loggedResponse,
  memoryOutbox,
  noLock,
  scriptedStore,
} from "./sync-fakes";

const offline: StoreFailure = { code: "ADDIN_OFFLINE", kind: "network", message: "down" };
const unavailable: StoreFailure = {
  code: "STORE_UNAVAILABLE",
  kind: "server",
  status: 503,
  message: "busy",
  retryAfterMs: 10_000,
};
const unauthenticated: StoreFailure = {
  code: "ADDIN_UNAUTHENTICATED",
  kind: "auth",
  status: 401,
  message: "expired",
};
const invalid: StoreFailure = {
  code: "STORE_UNKNOWN_TEMPLATE",
  kind: "rejected",
  status: 422,
  message: "no such template",
};

const noContacts: StoreFailure = {
  code: "STORE_NO_CONTACTS",
  kind: "rejected",
  status: 422,
  message: "no contacts",
};

function setup(
  script: Array<StoreFailure | "ok"> = [],
  tokenAnswers: Array<"ok" | "sign-in" | "unavailable"> = [],
) {
  const outbox = memoryOutbox();
  const store = scriptedStore(script);
  const tokens = fakeTokens(tokenAnswers);
  const online = createManualOnlineManager(true);
  const clock = fakeClock(Date.parse("2026-11-24T08:00:00Z"));
  let ids = 0;
  const deps: SyncEngineDeps = {
    outbox,
    store,
    tokens,
    online,
    clock,
    random: () => 0.5,
    lock: noLock,
    newId: () => `new-${++ids}`,
  };
  return { engine: createSyncEngine(deps), outbox, store, tokens, online, clock };
}

const log = (id: string) => {
  const { request, label } = outboxEntry(id);
  return { id, request, origin: "taskpane" as const, label };
};

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

  test("a network failure keeps the entry, counts the attempt and backs off; it is sent when due", async () => {
    const { engine, outbox, store, clock } = setup([offline]);
    await engine.enqueue(log("a"));
    expect(await engine.drainNow()).toEqual([{ id: "a", status: "retrying", notBefore: clock.now() + 500 }]);
    expect(outbox.entries.get("a")).toMatchObject({
      state: "pending",
      attempts: 1,
      lastError: { code: "ADDIN_OFFLINE" },
    });

    expect(await engine.drainNow()).toEqual([]);
    clock.advance(500);
    expect(await engine.drainNow()).toEqual([expect.objectContaining({ status: "logged" })]);
    expect(store.calls.map((call) => call.key)).toEqual(["a", "a"]);
  });

  test("a 503 with Retry-After waits exactly that long and stops the drain for the other entries", async () => {
    const { engine, outbox, store, clock } = setup([unavailable]);
    await outbox.add(outboxEntry("1"));
    await outbox.add(outboxEntry("2"));
    await engine.drainNow();
    expect(store.calls).toHaveLength(1);
    expect(outbox.entries.get("1")?.notBefore).toBe(clock.now() + 10_000);
    await engine.drainNow();
    expect(store.calls.map((call) => call.key)).toEqual(["1", "2"]);
  });

  test("a 401 refreshes the token once and resends with the same key", async () => {
    const { engine, store, tokens, outbox } = setup([unauthenticated]);
    await engine.enqueue(log("a"));
    expect(await engine.drainNow()).toEqual([expect.objectContaining({ status: "logged" })]);
    expect(tokens.requests).toEqual([undefined, { forceRefresh: true }]);
    expect(store.calls.map((call) => call.key)).toEqual(["a", "a"]);
    expect(outbox.entries.size).toBe(0);
  });

  test("still 401 after the refresh: stops draining and waits for sign-in, keeping every entry", async () => {
    const { engine, store, tokens, outbox } = setup(
      [unauthenticated, unauthenticated],
      ["ok", "ok", "sign-in"],
    );
    await outbox.add(outboxEntry("1"));
    await outbox.add(outboxEntry("2"));
    expect(await engine.drainNow()).toEqual([{ id: "1", status: "waiting-for-sign-in" }]);
    expect(store.calls).toHaveLength(2);
    expect((await engine.snapshot()).waitingForSignIn).toBe(true);
    expect(outbox.entries.size).toBe(2);

    // A drain while waiting asks silently for a token first and sends nothing without one.
    expect(await engine.drainNow()).toEqual([]);
    expect(store.calls).toHaveLength(2);
    expect(tokens.requests.at(-1)).toBeUndefined();

    expect(await engine.signedIn()).toHaveLength(2);
    expect((await engine.snapshot()).waitingForSignIn).toBe(false);
    expect(outbox.entries.size).toBe(0);
  });

  test("a sign-in service out of reach (offline) backs off like the network instead of asking to sign in", async () => {
    const { engine, store, outbox } = setup([], ["unavailable"]);
    await engine.enqueue(log("a"));
    expect(await engine.drainNow()).toEqual([expect.objectContaining({ id: "a", status: "retrying" })]);
    expect(store.calls).toHaveLength(0);
    expect((await engine.snapshot()).waitingForSignIn).toBe(false);
    expect(outbox.entries.get("a")).toMatchObject({
      attempts: 1,
      lastError: { code: "ADDIN_AUTH_UNAVAILABLE" },
    });
  });

  test("a rejected log goes to the dead-letter list, stays visible, and the rest still drain", async () => {
    const { engine, outbox, store } = setup([invalid]);
    await outbox.add(outboxEntry("1"));
    await outbox.add(outboxEntry("2"));
    expect((await engine.drainNow()).map((outcome) => outcome.status)).toEqual(["dead", "logged"]);
    const snapshot = await engine.snapshot();
    expect(snapshot.entries).toEqual([
      expect.objectContaining({
        id: "1",
        state: "dead",
        lastError: expect.objectContaining({ code: "STORE_UNKNOWN_TEMPLATE", status: 422 }),
      }),
    ]);
    expect((await engine.drainNow()).find((outcome) => outcome.id === "1")).toBeUndefined();
    // Nothing expires silently: later drains leave it there.
    await engine.drainNow();
    expect(store.calls).toHaveLength(2);
    expect(outbox.entries.has("1")).toBe(true);
  });

  test("an on-send log in which the store found no contact (STORE_NO_CONTACTS) is dropped as skipped, not dead-lettered", async () => {
    const { engine, outbox } = setup([noContacts]);
    await outbox.add(outboxEntry("1", { origin: "on-send" }));
    const outcomes = await engine.drainNow();
    expect(outcomes).toEqual([{ id: "1", status: "skipped", code: "STORE_NO_CONTACTS" }]);
    expect(outbox.entries.size).toBe(0);
  });

  test("a log from the pane refused with STORE_NO_CONTACTS stays dead-lettered for the user", async () => {
    const { engine, outbox } = setup([noContacts]);
    await outbox.add(outboxEntry("1"));
    const outcomes = await engine.drainNow();
    expect(outcomes[0]).toMatchObject({ id: "1", status: "dead", code: "STORE_NO_CONTACTS" });
    expect(outbox.entries.get("1")?.state).toBe("dead");
  });

  test("a dead entry retried unchanged keeps its Idempotency-Key", async () => {
    const { engine, outbox, store } = setup([invalid]);
    await outbox.add(outboxEntry("1"));
    await engine.drainNow();
    await engine.retry("1");
    await flush();
    expect(store.calls.map((call) => call.key)).toEqual(["1", "1"]);
    expect(outbox.entries.size).toBe(0);
  });

  test("a dead entry retried with a fixed request is sent under a new key (the old key would be a 409 mismatch)", async () => {
    const { engine, outbox, store } = setup([invalid]);
    await outbox.add(outboxEntry("1"));
    await engine.drainNow();
    const original = outboxEntry("1").request;
    if (original === undefined) throw new Error("a log entry carries its request");
    const fixed = { ...original, templateCode: "EMAIL" };
    await engine.retry("1", fixed);
    await flush();
    expect(store.calls.map((call) => call.key)).toEqual(["1", "new-1"]);
    expect(store.calls[1]?.request.templateCode).toBe("EMAIL");
    expect(outbox.entries.size).toBe(0);
  });

  test("a discarded dead entry is gone and never sent", async () => {
    const { engine, outbox, store } = setup([invalid]);
    await outbox.add(outboxEntry("1"));
    await engine.drainNow();
    await engine.discard("1");
    await engine.drainNow();
    expect(store.calls).toHaveLength(1);
    expect(outbox.entries.size).toBe(0);
  });

  test("offline: nothing is sent; the online event drains", async () => {
    const { engine, online, store, outbox } = setup();
    online.setOnline(false);
    const stop = engine.start();
    await engine.enqueue(log("a"));
    await flush();
    expect(store.calls).toHaveLength(0);
    online.setOnline(true);
    await flush();
    await flush();
    expect(store.calls.map((call) => call.key)).toEqual(["a"]);
    expect(outbox.entries.size).toBe(0);
    stop();
  });

  test("when the network returns, entries that failed for lack of it go at once, ignoring their backoff", async () => {
    const { engine, online, store, outbox } = setup([offline, offline, offline]);
    await engine.enqueue(log("a"));
    for (let i = 0; i < 3; i += 1) {
      await outbox.update({ ...(await outbox.get("a"))!, notBefore: 0 });
      await engine.drainNow();
    }
    expect(outbox.entries.get("a")?.notBefore).toBeGreaterThan(Date.parse("2026-11-24T08:00:00Z"));
    const stop = engine.start();
    await flush();
    online.setOnline(false);
    online.setOnline(true);
    for (let i = 0; i < 5; i += 1) await flush();
    expect(store.calls).toHaveLength(4);
    expect(outbox.entries.size).toBe(0);
    stop();
  });

  test("a network that drops and returns while a send is in flight has that send retried at once, not after its backoff", async () => {
    const { engine, online, store, outbox } = setup();
    let release: (failure: StoreFailure | "ok") => void = () => undefined;
    const logInteraction = store.logInteraction;
    store.logInteraction = async (request, key) => {
      if (store.calls.length > 0) return logInteraction(request, key);
      store.calls.push({ key, request });
      const answer = await new Promise<StoreFailure | "ok">((resolve) => (release = resolve));
      return answer === "ok" ? ok(loggedResponse) : fail(answer);
    };
    await engine.enqueue(log("a"));
    const stop = engine.start();
    for (let i = 0; i < 5; i += 1) await flush();
    expect(store.calls).toHaveLength(1);
    online.setOnline(false);
    online.setOnline(true);
    release(offline);
    for (let i = 0; i < 10; i += 1) await flush();
    expect(store.calls.map((call) => call.key)).toEqual(["a", "a"]);
    expect(outbox.entries.size).toBe(0);
    stop();
  });

  test("while started, a backed-off entry is retried by the timer without another trigger", async () => {
    const { engine, store, clock, outbox } = setup([offline, offline]);
    await engine.enqueue(log("a"));
    const stop = engine.start();
    for (let i = 0; i < 5; i += 1) await flush();
    expect(store.calls).toHaveLength(1);
    for (const ms of [500, 1000]) {
      clock.advance(ms);
      for (let i = 0; i < 5; i += 1) await flush();
    }
    expect(store.calls).toHaveLength(3);
    expect(outbox.entries.size).toBe(0);
    stop();
    expect(clock.pending()).toBe(0);
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
