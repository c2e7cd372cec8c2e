import { fail, ok } from "../../src/domain/result";
import { dialects, useMigratedDatabase } from "./dialects";

const TENANT = "t-concurrent";
const entry = (i: number) => ({
  id: `nl-${i}`,
  value: `blocked${i}.example`,
  kind: "domain" as const,
  scope: "tenant" as const,
});

describe.each(dialects())("concurrent transactions on %s", (_name, make) => {
  const store = useMigratedDatabase(make);

  it("commits every successful write of a burst, and a failed or throwing one leaves nothing behind", async () => {
    const outcomes = await Promise.allSettled(
      Array.from({ length: 60 }, (_, i) =>
        store.db.transaction(async (repos) => {
          await repos.exclusions.addNeverLog(TENANT, entry(i));
          if (i % 10 === 3) return fail({ code: "STORE_VALIDATION" });
          if (i % 10 === 7) throw new Error(`bug in job ${i}`);
          return ok(i);
        }),
      ),
    );
    const stored = new Set((await store.db.repositories.exclusions.neverLogFor(TENANT, "")).map((e) => e.id));
    outcomes.forEach((outcome, i) => {
      if (i % 10 === 3) {
        expect(outcome).toEqual({
          status: "fulfilled",
          value: { ok: false, error: { code: "STORE_VALIDATION" } },
        });
        expect(stored.has(`nl-${i}`)).toBe(false);
      } else if (i % 10 === 7) {
        expect(outcome.status).toBe("rejected");
        expect(stored.has(`nl-${i}`)).toBe(false);
      } else {
        expect(outcome).toEqual({ status: "fulfilled", value: { ok: true, value: i } });
        expect(stored.has(`nl-${i}`)).toBe(true);
      }
    });
  });

  it("each write of a burst sees its own writes, and all of them land", async () => {
    const total = async () => (await store.db.repositories.exclusions.neverLogFor(TENANT, "")).length;
    const start = await total();
    const seen = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        store.db.transaction(async (repos) => {
          const before = (await repos.exclusions.neverLogFor(TENANT, "")).length;
          await repos.exclusions.addNeverLog(TENANT, { ...entry(1000 + i), value: `later${i}.example` });
          const after = (await repos.exclusions.neverLogFor(TENANT, "")).length;
          return ok(after - before);
        }),
      ),
    );
    // Other writers may commit in between on PostgreSQL (read committed); never fewer than its own.
    for (const r of seen) expect(r.ok && r.value >= 1).toBe(true);
    expect(await total()).toBe(start + 20);
  });
});
