import type { ContactStatistics, EntryList, InteractionEntry } from "../../src/contracts";
import { dialects } from "./dialects";
import { emailLog, useStore, type Caller } from "./store-harness";

describe.each(dialects())("the entry list and restore on %s", (_name, dialect) => {
  const store = useStore(dialect);

  const logAt = async (who: Caller, key: string, occurredAt: string, extra: Record<string, unknown> = {}) => {
    const res = await store.log(who, {
      source: { kind: "manual", key, subject: `Call ${key}`, occurredAt },
      templateCode: "OUTGOING",
      contacts: ["CT101"],
      ...extra,
    });
    expect(res.statusCode).toBe(201);
    return res.json().entries as InteractionEntry[];
  };
  const list = async (who: Caller, query: string) => {
    const res = await store.call(who, { method: "GET", url: `/api/v1/interactions${query}` });
    expect(res.statusCode).toBe(200);
    return res.json() as EntryList;
  };
  const keys = (page: EntryList) => page.entries.map((e) => `${e.sourceKey}/${e.contactNo}`);
  const post = (who: Caller, url: string, key?: string) =>
    store.call(who, {
      method: "POST",
      url: `/api/v1${url}`,
      ...(key === undefined ? {} : { headers: { "idempotency-key": key } }),
    });

  async function seed(t: Awaited<ReturnType<typeof store.tenant>>) {
    const colleague = await t.as("maria.ivanova@cronus.example");
    await logAt(t.user, "a", "2026-01-05T10:00:00Z", { contacts: ["CT101", "CT102"] });
    await logAt(t.user, "b", "2026-02-01T10:00:00Z", { templateCode: "BUS", contacts: ["CT201"] });
    await logAt(colleague, "c", "2026-03-01T10:00:00Z", { salespersonCode: "MI", contacts: ["CT102"] });
    await logAt(t.user, "d", "2026-03-02T10:00:00Z", { postponed: true, contacts: ["CT201"] });
    await logAt(colleague, "e", "2026-03-03T10:00:00Z", { postponed: true, contacts: ["CT201"] });
    return colleague;
  }

  it("lists the tenant's entries newest first and narrows them by contact, company, template, group, salesperson and dates", async () => {
    const t = await store.tenant();
    await seed(t);
    expect(keys(await list(t.user, ""))).toEqual(["c/CT102", "b/CT201", "a/CT102", "a/CT101"]);
    expect(keys(await list(t.user, "?contact=CT102"))).toEqual(["c/CT102", "a/CT102"]);
    expect(keys(await list(t.user, "?company=CT100"))).toEqual(["c/CT102", "a/CT102", "a/CT101"]);
    expect(keys(await list(t.user, "?company=CT200&contact=CT201"))).toEqual(["b/CT201"]);
    expect(keys(await list(t.user, "?company=CT200&contact=CT102"))).toEqual([]);
    expect(keys(await list(t.user, "?template=BUS"))).toEqual(["b/CT201"]);
    expect(keys(await list(t.user, "?group=PHONE"))).toEqual(["c/CT102", "a/CT102", "a/CT101"]);
    expect(keys(await list(t.user, "?salesperson=MI"))).toEqual(["c/CT102"]);
    expect(keys(await list(t.user, "?from=2026-02-01&to=2026-03-01"))).toEqual(["c/CT102", "b/CT201"]);
  });

  it("never lists postponed entries, except the caller's own with postponed=true", async () => {
    const t = await store.tenant();
    const colleague = await seed(t);
    expect(keys(await list(t.user, "?contact=CT201"))).toEqual(["b/CT201"]);
    expect(keys(await list(t.user, "?postponed=true"))).toEqual(["d/CT201"]);
    expect(keys(await list(colleague, "?postponed=true"))).toEqual(["e/CT201"]);
  });

  it("lists canceled entries marked, leaves them out with canceled=exclude and lists only them with canceled=only", async () => {
    const t = await store.tenant();
    await seed(t);
    const [b] = (await list(t.user, "?template=BUS")).entries;
    expect((await post(t.user, `/interactions/${b!.entryNo}/cancel`)).statusCode).toBe(200);
    expect((await list(t.user, "?template=BUS")).entries.map((e) => e.canceled)).toEqual([true]);
    expect(keys(await list(t.user, "?canceled=exclude"))).not.toContain("b/CT201");
    expect(keys(await list(t.user, "?canceled=only"))).toEqual(["b/CT201"]);
  });

  it("pages with an opaque keyset cursor, never skipping or repeating an entry, and refuses a forged cursor", async () => {
    const t = await store.tenant();
    for (let i = 0; i < 7; i += 1) await logAt(t.user, `p${i}`, `2026-04-0${1 + (i % 3)}T09:00:00Z`);
    const seen: InteractionEntry[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await list(t.user, `?limit=3${cursor === undefined ? "" : `&cursor=${cursor}`}`);
      seen.push(...page.entries);
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor !== undefined);
    expect(pages).toBe(3);
    expect(new Set(seen.map((e) => e.entryNo)).size).toBe(7);
    const order = seen.map((e) => [e.occurredAt, e.entryNo] as const);
    expect(order).toEqual([...order].sort((x, y) => (x[0] === y[0] ? y[1] - x[1] : x[0] < y[0] ? 1 : -1)));
    const forged = await store.call(t.user, { method: "GET", url: "/api/v1/interactions?cursor=bm9wZQ" });
    expect(forged.json().error.code).toBe("STORE_INVALID_CURSOR");
  });

  it("an unknown contact or company is a 404, and another tenant's entries are never listed", async () => {
    const t = await store.tenant();
    const other = await store.tenant();
    await seed(other);
    const res = await store.call(t.user, { method: "GET", url: "/api/v1/interactions?company=CT999" });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe("STORE_NOT_FOUND");
    expect((await list(t.user, "")).entries).toEqual([]);
  });

  it("restores a canceled entry: it counts again, it is audited, and the same key replays the answer", async () => {
    const t = await store.tenant();
    const [entry] = await logAt(t.user, "r1", "2026-05-01T10:00:00Z");
    const stats = async () =>
      (
        await store.call(t.user, { method: "GET", url: "/api/v1/contacts/CT101/statistics" })
      ).json() as ContactStatistics;
    await post(t.user, `/interactions/${entry!.entryNo}/cancel`);
    expect((await stats()).count).toBe(0);
    const restored = await post(t.user, `/interactions/${entry!.entryNo}/restore`, "restore-1");
    expect(restored.statusCode).toBe(200);
    expect(restored.json()).toMatchObject({ entryNo: entry!.entryNo, canceled: false });
    expect((await stats()).count).toBe(1);
    const replay = await post(t.user, `/interactions/${entry!.entryNo}/restore`, "restore-1");
    expect(replay.statusCode).toBe(200);
    expect(replay.headers["idempotent-replayed"]).toBe("true");
    expect((await stats()).count).toBe(1);
    const audit = await store.call(t.admin, { method: "GET", url: "/api/v1/audit?action=entry.restore" });
    expect(audit.json().items.map((i: { entityId: string }) => i.entityId)).toEqual([String(entry!.entryNo)]);
  });

  it("restoring an entry that is not canceled is a 409 STORE_NOT_CANCELED and changes nothing", async () => {
    const t = await store.tenant();
    const [entry] = await logAt(t.user, "r2", "2026-05-01T10:00:00Z");
    const res = await post(t.user, `/interactions/${entry!.entryNo}/restore`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe("STORE_NOT_CANCELED");
  });

  it("an entry whose logged item is canceled cannot be restored alone (STORE_LOGGED_ITEM_CANCELED)", async () => {
    const t = await store.tenant();
    const logged = (await store.log(t.user, emailLog("<r3@x>", { contacts: ["CT101", "CT102"] }))).json();
    await post(t.user, `/logged-items/${logged.loggedItem.id}/cancel`);
    const res = await post(t.user, `/interactions/${logged.entries[0].entryNo}/restore`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe("STORE_LOGGED_ITEM_CANCELED");
    expect((await list(t.user, "?canceled=exclude")).entries).toEqual([]);
  });

  it("an entry whose item was logged to the contact again since cannot be restored (STORE_LOGGED_AGAIN)", async () => {
    const t = await store.tenant();
    const [first] = (await store.log(t.user, emailLog("<r4@x>", { contacts: ["CT101"] }))).json().entries;
    await post(t.user, `/interactions/${first.entryNo}/cancel`);
    expect((await store.log(t.user, emailLog("<r4@x>", { contacts: ["CT101"] }))).statusCode).toBe(201);
    const res = await post(t.user, `/interactions/${first.entryNo}/restore`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe("STORE_LOGGED_AGAIN");
    expect(keys(await list(t.user, "?canceled=exclude"))).toEqual(["<r4@x>/CT101"]);
  });

  it("only the entry's author, a manager or an administrator may restore it", async () => {
    const t = await store.tenant();
    const [entry] = await logAt(t.user, "r5", "2026-05-01T10:00:00Z");
    await post(t.user, `/interactions/${entry!.entryNo}/cancel`);
    const colleague = await t.as("maria.ivanova@cronus.example");
    const refused = await post(colleague, `/interactions/${entry!.entryNo}/restore`);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe("STORE_NOT_ENTRY_OWNER");
    const manager = await t.as("boss@cronus.example", "manager");
    expect((await post(manager, `/interactions/${entry!.entryNo}/restore`)).statusCode).toBe(200);
  });

  it("restoring an entry of another tenant, or none, is a 404", async () => {
    const t = await store.tenant();
    const other = await store.tenant();
    const [entry] = await logAt(other.user, "r6", "2026-05-01T10:00:00Z");
    await post(other.user, `/interactions/${entry!.entryNo}/cancel`);
    expect((await post(t.user, `/interactions/${entry!.entryNo}/restore`)).statusCode).toBe(404);
  });
});
