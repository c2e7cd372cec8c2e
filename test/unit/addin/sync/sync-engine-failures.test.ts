import type { StoreFailure } from "../../../../src/addin/ports/store-client-port";
import { fail, ok } from "../../../../src/domain/result";
import { outboxEntry } from "../storage/outbox-fixtures";
import { invalid, log, noContacts, offline, setup, unauthenticated, unavailable } from "./sync-engine-setup";
import { flush, loggedResponse } from "./sync-fakes";

describe("sync engine: failures, backoff and the network", () => {
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
});
