import { dialects, useMigratedDatabase } from "./dialects";

// The reads and the counter every log makes are compiled once per shape (the lengths of their lists) and
// then run with each call's own arguments: no call may see another's values, whatever the order of shapes.
const TENANT = "t-prepared-query";
const OTHER = "t-prepared-query-other";

describe.each(dialects())("queries compiled once per shape (%s)", (_name, make) => {
  const store = useMigratedDatabase(make);

  beforeAll(async () => {
    await store.db.transaction(async (repos) => {
      for (const [tenant, value] of [
        [TENANT, "a.example"],
        [TENANT, "b.example"],
        [TENANT, "c.example"],
        [OTHER, "a.example"],
      ] as const)
        await repos.exclusions.addNeverLog(tenant, { id: value, value, kind: "domain", scope: "tenant" });
      await repos.exclusions.addNeverLog(TENANT, {
        id: "u",
        value: "u.example",
        kind: "domain",
        scope: "user",
        userId: "alex",
      });
      return { ok: true as const, value: undefined };
    });
  });

  it("a list read answers each call from its own values, as lists of other lengths come and go", async () => {
    const matching = async (tenant: string, user: string, values: string[]) =>
      (await store.db.repositories.exclusions.neverLogMatching(tenant, user, values))
        .map((r) => r.value)
        .sort();
    for (let round = 0; round < 2; round += 1) {
      expect(await matching(TENANT, "alex", ["a.example"])).toEqual(["a.example"]);
      expect(await matching(TENANT, "alex", ["b.example", "x.example", "u.example"])).toEqual([
        "b.example",
        "u.example",
      ]);
      expect(await matching(TENANT, "maria", ["u.example", "c.example"])).toEqual(["c.example"]);
      expect(await matching(OTHER, "alex", ["c.example"])).toEqual([]);
      expect(await matching(OTHER, "alex", ["a.example", "a.example"])).toEqual(["a.example"]);
      expect(await matching(TENANT, "alex", ["c.example"])).toEqual(["c.example"]);
    }
  });

  it("the counter hands out the count each call asks for, in every transaction", async () => {
    const taken: number[] = [];
    for (const count of [1, 3, 1, 5, 2]) {
      await store.db.transaction(async (repos) => {
        taken.push(await repos.counters.take(TENANT, "prepared", count));
        return { ok: true as const, value: undefined };
      });
    }
    expect(taken).toEqual([1, 4, 5, 10, 12]);
  });
});
