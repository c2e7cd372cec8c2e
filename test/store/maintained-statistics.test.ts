import fc from "fast-check";
import type { ContactStatistics, InteractionEntry } from "../../src/contracts";
import { dialects } from "./dialects";
import { useStore, type Caller } from "./store-harness";

/** Contacts of the demo tenant the operations log to: people of two companies, and a company itself. */
const CONTACTS = ["CT101", "CT102", "CT201", "CT100", "CT301"];
const COMPANIES = ["CT100", "CT200", "CT300"];
const TEMPLATES = ["BUS", "OUTGOING", "INCOME", "EMAIL"];
const DAY = 86_400_000;
const START = Date.parse("2025-12-20T00:00:00Z");

const logOp = fc.record({
  type: fc.constant("log" as const),
  contacts: fc.subarray(CONTACTS, { minLength: 1, maxLength: 3 }),
  template: fc.constantFrom(...TEMPLATES),
  day: fc.integer({ min: 0, max: 80 }),
  failed: fc.boolean(),
  postponed: fc.boolean(),
  cost: fc.integer({ min: 0, max: 500 }).map((c) => c / 4),
  salesperson: fc.constantFrom(undefined, "AR", "MI"),
  // Now and then the source of an earlier log again: contacts it already has are skipped, the rest written.
  again: fc.option(fc.nat(), { freq: 3 }),
});
const op = fc.oneof(
  { weight: 5, arbitrary: logOp },
  { weight: 2, arbitrary: fc.record({ type: fc.constant("cancel" as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant("cancelItem" as const), pick: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant("restore" as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant("deleteCanceled" as const) }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant("resume" as const), pick: fc.nat() }) },
);

type Bucket = { count: number; failed: number; costLcy: number; durationMin: number };
const round = (n: number) => Math.round(n * 1e6) / 1e6;

/** The recount: every bucket the store should keep, computed from the entries themselves. */
function recount(entries: InteractionEntry[]): Map<string, Bucket> {
  const out = new Map<string, Bucket>();
  for (const e of entries) {
    if (e.postponed) continue;
    const dims: Array<[string, string | undefined, boolean]> = [
      ["contact", e.contactNo, true],
      ["company", e.contactCompanyNo, true],
      ["template", e.templateCode, false],
      ["group", e.groupCode, false],
      ["salesperson", e.salespersonCode, false],
    ];
    for (const [dimension, key, byTemplate] of dims) {
      if (key === undefined) continue;
      for (const [grain, period] of [
        ["month", e.occurredAt.slice(0, 7)],
        ["day", e.occurredAt.slice(0, 10)],
      ]) {
        const id = [
          dimension,
          key,
          grain,
          period,
          byTemplate ? e.templateCode : "",
          byTemplate ? e.groupCode : "",
          e.canceled ? 1 : 0,
        ].join("|");
        const b = out.get(id) ?? { count: 0, failed: 0, costLcy: 0, durationMin: 0 };
        b.count += 1;
        b.failed += e.attemptFailed ? 1 : 0;
        b.costLcy = round(b.costLcy + e.costLcy);
        b.durationMin = round(b.durationMin + e.durationMin);
        out.set(id, b);
      }
    }
  }
  return out;
}

describe.each(dialects())("maintained statistics on %s", (_name, dialect) => {
  const store = useStore(dialect);

  /** Every entry of the tenant's demo contacts, canceled included (postponed ones are never listed). */
  async function allEntries(who: Caller): Promise<InteractionEntry[]> {
    const byNo = new Map<number, InteractionEntry>();
    for (const no of [...CONTACTS, ...COMPANIES]) {
      const res = await store.call(who, {
        method: "GET",
        url: `/api/v1/contacts/${no}/interactions?limit=200&canceled=include`,
      });
      expect(res.statusCode).toBe(200);
      for (const e of res.json().items as InteractionEntry[]) byNo.set(e.entryNo, e);
    }
    return [...byNo.values()];
  }

  async function run(
    t: Awaited<ReturnType<typeof store.tenant>>,
    ops: Array<typeof op extends fc.Arbitrary<infer T> ? T : never>,
  ) {
    const written: InteractionEntry[] = [];
    let n = 0;
    let deletedAny = false;
    for (const step of ops) {
      if (step.type === "log") {
        n += 1;
        const key = step.again === null || n === 1 ? n : 1 + (step.again % (n - 1));
        const res = await store.log(t.user, {
          source: {
            kind: "manual",
            key: `stats-${key}`,
            subject: `Call ${n}`,
            occurredAt: new Date(START + step.day * DAY + n * 60_000).toISOString(),
          },
          templateCode: step.template,
          contacts: step.contacts,
          attemptFailed: step.failed,
          postponed: step.postponed,
          costLcy: step.cost,
          ...(step.salesperson === undefined ? {} : { salespersonCode: step.salesperson }),
        });
        expect(res.statusCode).toBe(key === n ? 201 : res.json().entries.length > 0 ? 201 : 200);
        written.push(...(res.json().entries as InteractionEntry[]));
      } else if (step.type === "resume") {
        const entry = written[step.pick % Math.max(written.length, 1)];
        if (entry === undefined) continue;
        const res = await store.call(t.user, {
          method: "POST",
          url: `/api/v1/logged-items/${entry.loggedItemId}/resume`,
          payload: { costLcy: 3.25 },
        });
        // Only a draft resumes; a logged (or canceled, or deleted) item answers a conflict or not found.
        expect([200, 404, 409]).toContain(res.statusCode);
      } else if (step.type === "cancel" || step.type === "cancelItem" || step.type === "restore") {
        const entry = written[step.pick % Math.max(written.length, 1)];
        if (entry === undefined) continue;
        const url =
          step.type === "cancelItem"
            ? `/api/v1/logged-items/${entry.loggedItemId}/cancel`
            : `/api/v1/interactions/${entry.entryNo}/${step.type}`;
        const res = await store.call(t.user, { method: "POST", url });
        // Canceled twice, or restored while active or under a canceled item, is a conflict; once canceled
        // entries were deleted, a gone entry is not found.
        expect(deletedAny ? [200, 404, 409] : [200, 409]).toContain(res.statusCode);
      } else {
        const res = await store.call(t.admin, { method: "DELETE", url: "/api/v1/interactions/canceled" });
        expect(res.statusCode).toBe(200);
        deletedAny = true;
      }
    }
  }

  it("after any sequence of logs (some of an earlier source again), resumes, cancels, restores and deletes, every maintained bucket equals a recount of the entries", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 14 }), async (ops) => {
        const t = await store.tenant();
        await run(t, ops);
        const expected = recount(await allEntries(t.user));
        const kept = new Map(
          (await store.db.repositories.statistics.buckets(t.tenant)).map((b) => [
            [b.dimension, b.dimension_key, b.grain, b.period, b.template_code, b.group_code, b.canceled].join(
              "|",
            ),
            { count: b.count, failed: b.failed, costLcy: b.costLcy, durationMin: b.durationMin },
          ]),
        );
        expect(Object.fromEntries(kept)).toEqual(Object.fromEntries(expected));
      }),
      { numRuns: 12 },
    );
  }, 120_000);

  it("a contact's and a company's statistics, under any template and date filter, equal the sum of the entries History lists", async () => {
    const t = await store.tenant();
    await run(t, fc.sample(fc.array(op, { minLength: 40, maxLength: 40 }), { numRuns: 1, seed: 7 })[0] ?? []);
    const entries = await allEntries(t.user);
    const filter = fc.record({
      no: fc.constantFrom(...CONTACTS, ...COMPANIES),
      template: fc.constantFrom(undefined, ...TEMPLATES),
      from: fc.option(fc.integer({ min: 0, max: 85 }), { nil: undefined }),
      span: fc.integer({ min: 0, max: 70 }),
      canceled: fc.constantFrom("exclude" as const, "include" as const, "only" as const),
    });
    await fc.assert(
      fc.asyncProperty(filter, async (f) => {
        const day = (d: number) => new Date(START + d * DAY).toISOString().slice(0, 10);
        const from = f.from === undefined ? undefined : day(f.from);
        const to = f.from === undefined ? undefined : day(f.from + f.span);
        const query = new URLSearchParams({
          canceled: f.canceled,
          ...(f.template === undefined ? {} : { template: f.template }),
          ...(from === undefined ? {} : { from }),
          ...(to === undefined ? {} : { to }),
        });
        const res = await store.call(t.user, {
          method: "GET",
          url: `/api/v1/contacts/${f.no}/statistics?${query.toString()}`,
        });
        expect(res.statusCode).toBe(200);
        const stats = res.json() as ContactStatistics;
        const company = COMPANIES.includes(f.no);
        const counted = entries.filter(
          (e) =>
            (company ? e.contactCompanyNo === f.no : e.contactNo === f.no) &&
            (f.template === undefined || e.templateCode === f.template) &&
            (from === undefined || e.occurredAt.slice(0, 10) >= from) &&
            (to === undefined || e.occurredAt.slice(0, 10) <= to) &&
            (f.canceled === "include" || e.canceled === (f.canceled === "only")),
        );
        expect(stats.scope).toBe(company ? "company" : "contact");
        expect({
          count: stats.count,
          failed: stats.failed,
          costLcy: stats.costLcy,
          durationMin: stats.durationMin,
        }).toEqual({
          count: counted.length,
          failed: counted.filter((e) => e.attemptFailed).length,
          costLcy: round(counted.reduce((s, e) => s + e.costLcy, 0)),
          durationMin: round(counted.reduce((s, e) => s + e.durationMin, 0)),
        });
        expect(stats.byMonth.reduce((s, m) => s + m.count, 0)).toBe(counted.length);
      }),
      { numRuns: 60 },
    );
  }, 120_000);
  it("the report per group, template and salesperson over any date range equals a recount of the active entries", async () => {
    const t = await store.tenant();
    await run(
      t,
      fc.sample(fc.array(op, { minLength: 40, maxLength: 40 }), { numRuns: 1, seed: 11 })[0] ?? [],
    );
    const entries = (await allEntries(t.user)).filter((e) => !e.canceled);
    const keyOf = { group: "groupCode", template: "templateCode", salesperson: "salespersonCode" } as const;
    const range = fc.record({
      by: fc.constantFrom("group" as const, "template" as const, "salesperson" as const),
      from: fc.option(fc.integer({ min: 0, max: 85 }), { nil: undefined }),
      span: fc.integer({ min: 0, max: 70 }),
    });
    await fc.assert(
      fc.asyncProperty(range, async (r) => {
        const day = (d: number) => new Date(START + d * DAY).toISOString().slice(0, 10);
        const from = r.from === undefined ? undefined : day(r.from);
        const to = r.from === undefined ? undefined : day(r.from + r.span);
        const query = new URLSearchParams({ by: r.by, ...(from ? { from } : {}), ...(to ? { to } : {}) });
        const res = await store.call(t.admin, {
          method: "GET",
          url: `/api/v1/statistics?${query.toString()}`,
        });
        expect(res.statusCode).toBe(200);
        const expected = new Map<string, Bucket>();
        for (const e of entries) {
          const key = e[keyOf[r.by]];
          const d = e.occurredAt.slice(0, 10);
          if (key === undefined || (from !== undefined && d < from) || (to !== undefined && d > to)) continue;
          const b = expected.get(key) ?? { count: 0, failed: 0, costLcy: 0, durationMin: 0 };
          expected.set(key, {
            count: b.count + 1,
            failed: b.failed + (e.attemptFailed ? 1 : 0),
            costLcy: round(b.costLcy + e.costLcy),
            durationMin: round(b.durationMin + e.durationMin),
          });
        }
        const items = res.json().items as Array<Bucket & { key: string; successRate: number }>;
        expect(
          Object.fromEntries(
            items.map((i) => [
              i.key,
              { count: i.count, failed: i.failed, costLcy: i.costLcy, durationMin: i.durationMin },
            ]),
          ),
        ).toEqual(Object.fromEntries(expected));
        for (const i of items) expect(i.successRate).toBeCloseTo((i.count - i.failed) / i.count, 9);
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
