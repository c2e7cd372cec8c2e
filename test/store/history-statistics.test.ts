import { dialects } from "./dialects";
import { useStore, type Caller } from "./store-harness";

describe.each(dialects())("history and statistics on %s", (_name, dialect) => {
  const store = useStore(dialect);

  const logAt = async (who: Caller, key: string, occurredAt: string, extra: Record<string, unknown> = {}) => {
    const res = await store.log(who, {
      source: { kind: "manual", key, subject: `Call ${key}`, occurredAt },
      templateCode: "OUTGOING",
      contacts: ["CT101"],
      ...extra,
    });
    expect(res.statusCode).toBe(201);
    return res.json().entries[0] as { entryNo: number };
  };

  const history = (who: Caller, query: string) =>
    store.call(who, { method: "GET", url: `/api/v1/contacts/CT101/interactions${query}` });

  it("pages newest first with an opaque cursor, never skipping or repeating an entry", async () => {
    const t = await store.tenant();
    // Two entries share a timestamp: the entry number breaks the tie.
    const times = [
      "2026-01-05T10:00:00Z",
      "2026-03-01T10:00:00Z",
      "2026-03-01T10:00:00Z",
      "2026-02-10T08:00:00Z",
      "2025-12-31T23:59:59Z",
    ];
    for (const [i, at] of times.entries()) await logAt(t.user, `h${i}`, at);
    const seen: Array<{ entryNo: number; occurredAt: string }> = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const res = await history(t.user, `?limit=2${cursor === undefined ? "" : `&cursor=${cursor}`}`);
      expect(res.statusCode).toBe(200);
      const page = res.json();
      seen.push(...page.items);
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor !== undefined);
    expect(pages).toBe(3);
    expect(seen.map((e) => e.occurredAt)).toEqual([
      "2026-03-01T10:00:00.000Z",
      "2026-03-01T10:00:00.000Z",
      "2026-02-10T08:00:00.000Z",
      "2026-01-05T10:00:00.000Z",
      "2025-12-31T23:59:59.000Z",
    ]);
    expect(seen[0]!.entryNo).toBeGreaterThan(seen[1]!.entryNo);
    expect(new Set(seen.map((e) => e.entryNo)).size).toBe(5);
  });

  it("filters by template and by group", async () => {
    const t = await store.tenant();
    await logAt(t.user, "f1", "2026-01-01T00:00:00Z");
    await logAt(t.user, "f2", "2026-01-02T00:00:00Z", { templateCode: "BUS" });
    const byTemplate = (await history(t.user, "?template=BUS")).json();
    expect(byTemplate.items.map((e: { templateCode: string }) => e.templateCode)).toEqual(["BUS"]);
    const byGroup = (await history(t.user, "?group=PHONE")).json();
    expect(byGroup.items.map((e: { templateCode: string }) => e.templateCode)).toEqual(["OUTGOING"]);
  });

  it.each(["not-a-cursor", "W10", Buffer.from('["yesterday",1]').toString("base64url")])(
    "an invalid cursor %s is a 400",
    async (cursor) => {
      const t = await store.tenant();
      const res = await history(t.user, `?cursor=${cursor}`);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe("STORE_INVALID_CURSOR");
    },
  );

  it("statistics count entries, failed attempts, cost and duration, excluding canceled and postponed entries", async () => {
    const t = await store.tenant();
    await logAt(t.user, "s1", "2026-01-10T09:00:00Z", { costLcy: 1.25, durationMin: 10 });
    await logAt(t.user, "s2", "2026-02-11T09:00:00Z", { costLcy: 2.5, durationMin: 20, templateCode: "BUS" });
    await logAt(t.user, "s3", "2026-02-20T09:00:00Z", { attemptFailed: true, costLcy: 1, durationMin: 5 });
    await logAt(t.user, "s4", "2026-03-01T09:00:00Z", { templateCode: "INCOME", costLcy: 0, durationMin: 7 });
    await logAt(t.user, "s5", "2026-04-01T09:00:00Z", { postponed: true, costLcy: 100, durationMin: 100 });
    const canceled = await logAt(t.user, "s6", "2026-05-01T09:00:00Z", { costLcy: 100, durationMin: 100 });
    await store.call(t.user, { method: "POST", url: `/api/v1/interactions/${canceled.entryNo}/cancel` });

    const res = await store.call(t.user, { method: "GET", url: "/api/v1/contacts/CT101/statistics" });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      contactNo: "CT101",
      scope: "contact",
      count: 4,
      failed: 1,
      costLcy: 4.75,
      durationMin: 42,
      lastInteractionAt: "2026-03-01T09:00:00.000Z",
      lastAttemptAt: "2026-02-20T09:00:00.000Z",
      byTemplate: [
        { templateCode: "BUS", count: 1, failed: 0, costLcy: 2.5, durationMin: 20 },
        { templateCode: "INCOME", count: 1, failed: 0, costLcy: 0, durationMin: 7 },
        { templateCode: "OUTGOING", count: 2, failed: 1, costLcy: 2.25, durationMin: 15 },
      ],
      byGroup: [
        { groupCode: "LETTER", count: 1, failed: 0, costLcy: 2.5, durationMin: 20 },
        { groupCode: "PHONE", count: 3, failed: 1, costLcy: 2.25, durationMin: 22 },
      ],
      byMonth: [
        { month: "2026-01", count: 1, failed: 0, costLcy: 1.25, durationMin: 10 },
        { month: "2026-02", count: 2, failed: 1, costLcy: 3.5, durationMin: 25 },
        { month: "2026-03", count: 1, failed: 0, costLcy: 0, durationMin: 7 },
      ],
    });
  });

  it("a contact with no entries has zero statistics and no last dates", async () => {
    const t = await store.tenant();
    const res = await store.call(t.user, { method: "GET", url: "/api/v1/contacts/CT102/statistics" });
    expect(res.json()).toEqual({
      contactNo: "CT102",
      scope: "contact",
      count: 0,
      failed: 0,
      costLcy: 0,
      durationMin: 0,
      byTemplate: [],
      byGroup: [],
      byMonth: [],
    });
  });

  it("lists neither postponed entries, nor canceled ones when canceled=exclude; canceled=only lists just those", async () => {
    const t = await store.tenant();
    await logAt(t.user, "p1", "2026-01-01T00:00:00Z");
    await logAt(t.user, "p2", "2026-01-02T00:00:00Z", { postponed: true });
    const canceled = await logAt(t.user, "p3", "2026-01-03T00:00:00Z");
    await store.call(t.user, { method: "POST", url: `/api/v1/interactions/${canceled.entryNo}/cancel` });
    const keys = async (query: string) =>
      (await history(t.user, query)).json().items.map((e: { sourceKey: string }) => e.sourceKey);
    expect(await keys("")).toEqual(["p3", "p1"]);
    expect(await keys("?canceled=exclude")).toEqual(["p1"]);
    expect(await keys("?canceled=only")).toEqual(["p3"]);
  });

  it("filters by a date range of UTC days, both ends inclusive", async () => {
    const t = await store.tenant();
    await logAt(t.user, "d1", "2026-01-31T23:59:59Z");
    await logAt(t.user, "d2", "2026-02-01T00:00:00Z");
    await logAt(t.user, "d3", "2026-02-28T23:59:59Z");
    await logAt(t.user, "d4", "2026-03-01T00:00:00Z");
    const res = await history(t.user, "?from=2026-02-01&to=2026-02-28");
    expect(res.json().items.map((e: { sourceKey: string }) => e.sourceKey)).toEqual(["d3", "d2"]);
    const stats = await store.call(t.user, {
      method: "GET",
      url: "/api/v1/contacts/CT101/statistics?from=2026-02-01&to=2026-02-28",
    });
    expect(stats.json()).toMatchObject({ count: 2, lastInteractionAt: "2026-02-28T23:59:59.000Z" });
  });

  it("a company's history and statistics take in every entry of its people and its own, each row naming its person", async () => {
    const t = await store.tenant();
    await logAt(t.user, "c1", "2026-01-01T00:00:00Z", { contacts: ["CT101"], costLcy: 1 });
    await logAt(t.user, "c2", "2026-01-02T00:00:00Z", { contacts: ["CT102", "CT201"], costLcy: 2 });
    await logAt(t.user, "c3", "2026-01-03T00:00:00Z", { contacts: ["CT100"], costLcy: 4 });
    const page = (
      await store.call(t.user, { method: "GET", url: "/api/v1/contacts/CT100/interactions" })
    ).json();
    expect(
      page.items.map((e: { contactNo: string; contactName: string }) => [e.contactNo, e.contactName]),
    ).toEqual([
      ["CT100", "Fabrikam"],
      ["CT102", "John Smith"],
      ["CT101", "Анна Петрова"],
    ]);
    const company = (
      await store.call(t.user, { method: "GET", url: "/api/v1/contacts/CT100/statistics" })
    ).json();
    const people = await Promise.all(
      ["CT101", "CT102"].map(async (no) =>
        (await store.call(t.user, { method: "GET", url: `/api/v1/contacts/${no}/statistics` })).json(),
      ),
    );
    expect(company).toMatchObject({ scope: "company", count: 3, costLcy: 7 });
    expect(people.map((p) => p.scope)).toEqual(["contact", "contact"]);
    expect(company.count).toBe(people[0].count + people[1].count + 1);
  });

  it("the report splits active entries by template, group or salesperson over a date range, for managers and administrators", async () => {
    const t = await store.tenant();
    await logAt(t.user, "r1", "2026-01-10T00:00:00Z", { costLcy: 1, salespersonCode: "AR" });
    await logAt(t.user, "r2", "2026-01-11T00:00:00Z", {
      attemptFailed: true,
      costLcy: 1,
      salespersonCode: "AR",
    });
    await logAt(t.user, "r3", "2026-01-12T00:00:00Z", {
      templateCode: "BUS",
      costLcy: 8,
      salespersonCode: "MI",
    });
    await logAt(t.user, "r4", "2026-02-12T00:00:00Z", { templateCode: "BUS", costLcy: 8 });
    const report = (by: string) =>
      store.call(t.admin, {
        method: "GET",
        url: `/api/v1/statistics?by=${by}&from=2026-01-01&to=2026-01-31`,
      });
    expect((await report("template")).json()).toEqual({
      by: "template",
      from: "2026-01-01",
      to: "2026-01-31",
      items: [
        {
          key: "BUS",
          description: "Business letter",
          count: 1,
          failed: 0,
          costLcy: 8,
          durationMin: 30,
          successRate: 1,
        },
        {
          key: "OUTGOING",
          description: "Outgoing phone call",
          count: 2,
          failed: 1,
          costLcy: 2,
          durationMin: 30,
          successRate: 0.5,
        },
      ],
      totals: { count: 3, failed: 1, costLcy: 10, durationMin: 60, successRate: 2 / 3 },
    });
    expect(
      (await report("salesperson")).json().items.map((i: { key: string; count: number }) => [i.key, i.count]),
    ).toEqual([
      ["AR", 2],
      ["MI", 1],
    ]);
    expect((await report("group")).json().items.map((i: { key: string }) => i.key)).toEqual([
      "LETTER",
      "PHONE",
    ]);
    const asUser = await store.call(t.user, { method: "GET", url: "/api/v1/statistics?by=template" });
    expect(asUser.statusCode).toBe(403);
    expect(asUser.json().error.code).toBe("STORE_MANAGER_ONLY");
    const manager = await t.as("olga.manager@cronus.example", "manager");
    const asManager = await store.call(manager, { method: "GET", url: "/api/v1/statistics?by=template" });
    expect(asManager.statusCode).toBe(200);
  });
});
