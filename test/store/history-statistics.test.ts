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

  it("statistics count cost and duration in SQL, excluding canceled and postponed entries", async () => {
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
      count: 4,
      costLcy: 4.75,
      durationMin: 42,
      lastInteractionAt: "2026-03-01T09:00:00.000Z",
      lastAttemptAt: "2026-02-20T09:00:00.000Z",
      byTemplate: [
        { templateCode: "BUS", count: 1, costLcy: 2.5, durationMin: 20 },
        { templateCode: "INCOME", count: 1, costLcy: 0, durationMin: 7 },
        { templateCode: "OUTGOING", count: 2, costLcy: 2.25, durationMin: 15 },
      ],
      byMonth: [
        { month: "2026-01", count: 1, costLcy: 1.25, durationMin: 10 },
        { month: "2026-02", count: 2, costLcy: 3.5, durationMin: 25 },
        { month: "2026-03", count: 1, costLcy: 0, durationMin: 7 },
      ],
    });
  });

  it("a contact with no entries has zero statistics and no last dates", async () => {
    const t = await store.tenant();
    const res = await store.call(t.user, { method: "GET", url: "/api/v1/contacts/CT102/statistics" });
    expect(res.json()).toEqual({
      contactNo: "CT102",
      count: 0,
      costLcy: 0,
      durationMin: 0,
      byTemplate: [],
      byMonth: [],
    });
  });
});
