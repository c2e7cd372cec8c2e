import "fake-indexeddb/auto";
import type { GroupList, MatchResponse, OpportunityList, TemplateList } from "../../../../src/contracts";
import { fail, ok } from "../../../../src/domain/result";
import { createIndexedDbCacheStorage } from "../../../../src/addin/platform/storage/indexed-db-cache-storage";
import { openTouchpointDb } from "../../../../src/addin/platform/storage/touchpoint-db";
import type { CacheRecord, CacheStoragePort } from "../../../../src/addin/ports/cache-storage-port";
import type { Cached, StoreClientPort, StoreFailure } from "../../../../src/addin/ports/store-client-port";
import { createCachedStoreClient } from "../../../../src/addin/sync/cached-store-client";

const offline: StoreFailure = { code: "ADDIN_OFFLINE", kind: "network", message: "down" };
const templatesV1 = { items: [{ code: "EMAIL" }] } as unknown as TemplateList;
const templatesV2 = { items: [{ code: "EMAIL" }, { code: "MEETINV" }] } as unknown as TemplateList;
const matchOf = (name: string) =>
  ({ results: [{ address: "anna.petrova@fabrikam.example", name }] }) as unknown as MatchResponse;

let dbNumber = 0;
function setup() {
  let now = 0;
  const etagsSent: Array<string | undefined> = [];
  const templateAnswers: Array<Cached<TemplateList> | StoreFailure> = [];
  const matchAnswers: Array<MatchResponse | StoreFailure> = [];
  const opportunityAnswers: Array<OpportunityList | StoreFailure> = [];
  const inner = {
    async templates(etag?: string) {
      etagsSent.push(etag);
      const answer = templateAnswers.shift() ?? offline;
      return "kind" in answer ? fail(answer) : ok(answer);
    },
    async groups() {
      return ok({ notModified: false, body: { items: [] } as unknown as GroupList } as Cached<GroupList>);
    },
    async matchContacts() {
      const answer = matchAnswers.shift() ?? offline;
      return "kind" in answer ? fail(answer) : ok(answer);
    },
    async addNeverLog(entry: unknown) {
      return entry === "refused" ? fail({ ...offline, code: "STORE_VALIDATION" }) : ok(entry);
    },
    async removeNeverLog() {
      return ok(undefined);
    },
    async createContact() {
      return ok({ no: "CT9" });
    },
    async opportunities() {
      const answer = opportunityAnswers.shift() ?? offline;
      return "kind" in answer ? fail(answer) : ok(answer);
    },
  } as unknown as StoreClientPort;
  const cache = createIndexedDbCacheStorage(openTouchpointDb({ name: `cache-test-${++dbNumber}` }));
  const client = createCachedStoreClient(inner, cache, { now: () => now, revalidateAfterMs: 1000 });
  const refreshed: string[] = [];
  client.onRefresh((key) => refreshed.push(key));
  return {
    client,
    etagsSent,
    templateAnswers,
    matchAnswers,
    opportunityAnswers,
    refreshed,
    advance: (ms: number) => (now += ms),
  };
}

describe("cached store client", () => {
  test("opportunities come from cache when offline, and a newer answer refreshes them in the background", async () => {
    const { client, opportunityAnswers, refreshed, advance } = setup();
    const query = { contact: ["CT000003"], open: true };
    const v1 = { items: [{ no: "OP1" }] } as unknown as OpportunityList;
    const v2 = { items: [{ no: "OP1" }, { no: "OP2" }] } as unknown as OpportunityList;
    opportunityAnswers.push(v1);
    expect(await client.opportunities(query)).toEqual(ok(v1));
    advance(5000);
    // Offline now: the cached answer, and the failed refresh keeps it.
    expect(await client.opportunities(query)).toEqual(ok(v1));
    await client.whenIdle();
    opportunityAnswers.push(v2);
    advance(5000);
    expect(await client.opportunities(query)).toEqual(ok(v1));
    await client.whenIdle();
    expect(refreshed).toEqual([`opportunities:${JSON.stringify(query)}`]);
    expect(await client.opportunities(query)).toEqual(ok(v2));
    // Another contact's query was never answered: with nothing cached, offline is said.
    expect(await client.opportunities({ contact: ["CT000005"], open: true })).toEqual(fail(offline));
  });

  test("templates come from the network the first time, then from cache even when offline", async () => {
    const { client, templateAnswers, advance } = setup();
    templateAnswers.push({ notModified: false, etag: '"1"', body: templatesV1 });
    expect(await client.templates()).toEqual(ok({ notModified: false, etag: '"1"', body: templatesV1 }));
    advance(5000);
    expect(await client.templates()).toEqual(ok({ notModified: false, etag: '"1"', body: templatesV1 }));
  });

  test("with no cache and no network the caller gets the failure, not an empty list", async () => {
    const { client } = setup();
    expect(await client.templates()).toEqual(fail(offline));
  });

  test("revalidation sends the cached ETag; a 304 keeps the cache", async () => {
    const { client, templateAnswers, etagsSent, refreshed, advance } = setup();
    templateAnswers.push(
      { notModified: false, etag: '"1"', body: templatesV1 },
      { notModified: true, etag: '"1"' },
    );
    await client.templates();
    advance(2000);
    await client.templates();
    await client.whenIdle();
    expect(etagsSent).toEqual([undefined, '"1"']);
    expect(refreshed).toEqual([]);
    expect(await client.templates()).toEqual(ok({ notModified: false, etag: '"1"', body: templatesV1 }));
  });

  test("a changed resource replaces the cache and tells listeners; the caller's own ETag gets notModified", async () => {
    const { client, templateAnswers, refreshed, advance } = setup();
    templateAnswers.push(
      { notModified: false, etag: '"1"', body: templatesV1 },
      { notModified: false, etag: '"2"', body: templatesV2 },
    );
    await client.templates();
    advance(2000);
    expect(await client.templates('"1"')).toEqual(ok({ notModified: true, etag: '"1"' }));
    await client.whenIdle();
    expect(refreshed).toEqual(["templates"]);
    expect(await client.templates('"1"')).toEqual(ok({ notModified: false, etag: '"2"', body: templatesV2 }));
  });

  test("matches answer stale at once, then fresh after the background refresh", async () => {
    const { client, matchAnswers, refreshed, advance } = setup();
    const addresses = ["Anna.Petrova@fabrikam.example"];
    matchAnswers.push(matchOf("Анна"), matchOf("Анна Петрова"));
    expect(await client.matchContacts(addresses)).toEqual(ok(matchOf("Анна")));
    advance(2000);
    expect(await client.matchContacts(["anna.petrova@fabrikam.example"])).toEqual(ok(matchOf("Анна")));
    await client.whenIdle();
    expect(refreshed).toEqual(["match:anna.petrova@fabrikam.example"]);
    expect(await client.matchContacts(addresses)).toEqual(ok(matchOf("Анна Петрова")));
  });

  test("a failed background refresh keeps answering from cache", async () => {
    const { client, matchAnswers, advance } = setup();
    matchAnswers.push(matchOf("Анна"));
    await client.matchContacts(["anna.petrova@fabrikam.example"]);
    advance(2000);
    expect(await client.matchContacts(["anna.petrova@fabrikam.example"])).toEqual(ok(matchOf("Анна")));
    await client.whenIdle();
    expect(await client.matchContacts(["anna.petrova@fabrikam.example"])).toEqual(ok(matchOf("Анна")));
  });

  test("a never-log entry or a new contact drops every cached match and says so; a refused write keeps them", async () => {
    const { client, matchAnswers, refreshed } = setup();
    const addresses = ["john.smith@fabrikam.example"];
    matchAnswers.push(matchOf("John"), matchOf("John, never logged"), matchOf("John, a contact"));
    await client.matchContacts(addresses);
    expect(await client.matchContacts(addresses)).toEqual(ok(matchOf("John")));

    await client.addNeverLog("refused" as never);
    expect(refreshed).not.toContain("matches");
    expect(await client.matchContacts(addresses)).toEqual(ok(matchOf("John")));

    await client.addNeverLog({ value: "john.smith@fabrikam.example", kind: "address", scope: "user" });
    expect(refreshed).toContain("matches");
    expect(await client.matchContacts(addresses)).toEqual(ok(matchOf("John, never logged")));

    await client.createContact({ type: "person", name: "John" });
    expect(await client.matchContacts(addresses)).toEqual(ok(matchOf("John, a contact")));
  });
});

describe("cached store client before and after its cache opens", () => {
  /** A cache the test opens, and whose reads or writes it can hold until it releases them. */
  function controlledCache() {
    const records = new Map<string, CacheRecord>();
    let open = false;
    let releaseWrites: () => void = () => undefined;
    let writesHeld = Promise.resolve();
    let readsHeld = Promise.resolve();
    const state = { writes: 0 };
    const cache: CacheStoragePort = {
      isOpen: () => open,
      async read<T>(key: string) {
        await readsHeld;
        return records.get(key) as CacheRecord<T> | undefined;
      },
      async write(record) {
        await writesHeld;
        state.writes += 1;
        records.set(record.key, record);
      },
      async remove(key) {
        records.delete(key);
      },
    };
    return {
      cache,
      records,
      state,
      open: () => (open = true),
      holdWrites: () => (writesHeld = new Promise((resolve) => (releaseWrites = resolve))),
      holdReads: () => (readsHeld = new Promise(() => undefined)),
      releaseWrites: () => releaseWrites(),
    };
  }
  const storeAnswering = (match: MatchResponse | StoreFailure) =>
    ({
      async matchContacts() {
        return "kind" in match ? fail(match) : ok(match);
      },
      async templates() {
        return "kind" in match
          ? fail(match)
          : ok({ notModified: false, etag: '"1"', body: templatesV1 } as Cached<TemplateList>);
      },
    }) as unknown as StoreClientPort;

  test("while the cache opens, the first reads are answered by the network without waiting for the cache", async () => {
    const { cache, holdReads } = controlledCache();
    holdReads();
    const client = createCachedStoreClient(storeAnswering(matchOf("Анна")), cache, { now: () => 0 });
    expect(await client.matchContacts(["anna.petrova@fabrikam.example"])).toEqual(ok(matchOf("Анна")));
    expect(await client.templates()).toEqual(ok({ notModified: false, etag: '"1"', body: templatesV1 }));
  });

  test("while the cache opens and the store cannot be reached, the cached answer is given", async () => {
    const { cache, records } = controlledCache();
    records.set("match:anna.petrova@fabrikam.example", {
      key: "match:anna.petrova@fabrikam.example",
      value: matchOf("Анна"),
      storedAt: 0,
    });
    const client = createCachedStoreClient(storeAnswering(offline), cache, { now: () => 0 });
    expect(await client.matchContacts(["anna.petrova@fabrikam.example"])).toEqual(ok(matchOf("Анна")));
    expect(await client.templates()).toEqual(fail(offline));
  });

  test("while the cache opens, a cached copy shows before a slow network answers; a different fresh one is told to listeners", async () => {
    const { cache, records, open } = controlledCache();
    records.set("templates", { key: "templates", value: templatesV1, etag: '"1"', storedAt: 0 });
    records.set("match:anna.petrova@fabrikam.example", {
      key: "match:anna.petrova@fabrikam.example",
      value: matchOf("Анна"),
      storedAt: 0,
    });
    let answer: () => void = () => undefined;
    const network = new Promise<void>((resolve) => (answer = resolve));
    const store = {
      async templates() {
        await network;
        return ok({ notModified: false, etag: '"2"', body: templatesV2 } as Cached<TemplateList>);
      },
      async matchContacts() {
        await network;
        return ok(matchOf("Анна Петрова"));
      },
    } as unknown as StoreClientPort;
    const client = createCachedStoreClient(store, cache, { now: () => 0 });
    const refreshed: string[] = [];
    client.onRefresh((key) => refreshed.push(key));
    expect(await client.templates()).toEqual(ok({ notModified: false, etag: '"1"', body: templatesV1 }));
    expect(await client.matchContacts(["anna.petrova@fabrikam.example"])).toEqual(ok(matchOf("Анна")));
    answer();
    await client.whenIdle();
    expect(refreshed.sort()).toEqual(["match:anna.petrova@fabrikam.example", "templates"]);
    open();
    expect(await client.templates()).toEqual(ok({ notModified: false, etag: '"2"', body: templatesV2 }));
    expect(await client.matchContacts(["anna.petrova@fabrikam.example"])).toEqual(
      ok(matchOf("Анна Петрова")),
    );
  });

  test("while the cache opens, a cache that cannot be read is said in the console and the network's answer given", async () => {
    const { cache } = controlledCache();
    cache.read = async () => {
      throw new Error("IndexedDB refused");
    };
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      const offlineClient = createCachedStoreClient(storeAnswering(offline), cache, { now: () => 0 });
      expect(await offlineClient.templates()).toEqual(fail(offline));
      expect(warn).toHaveBeenCalledWith("Touchpoint: the cache could not be read", expect.any(Error));
    } finally {
      warn.mockRestore();
    }
  });

  test("a fresh answer is given before it is written to the cache, and read from memory until it is", async () => {
    const { cache, state, open, holdWrites, releaseWrites } = controlledCache();
    open();
    holdWrites();
    let asked = 0;
    const store = {
      async matchContacts() {
        asked += 1;
        return ok(matchOf("Анна"));
      },
    } as unknown as StoreClientPort;
    const client = createCachedStoreClient(store, cache, { now: () => 0 });
    expect(await client.matchContacts(["anna.petrova@fabrikam.example"])).toEqual(ok(matchOf("Анна")));
    expect(state.writes).toBe(0);
    expect(await client.matchContacts(["anna.petrova@fabrikam.example"])).toEqual(ok(matchOf("Анна")));
    expect(asked).toBe(1);
    let idle = false;
    const waiting = client.whenIdle().then(() => (idle = true));
    await Promise.resolve();
    expect(idle).toBe(false);
    releaseWrites();
    await waiting;
    expect(state.writes).toBeGreaterThan(0);
  });
});
