import { fail, ok } from "../../src/domain/result";
import { dialects, useMigratedDatabase } from "./dialects";

const onSqlite = dialects().filter(([name]) => name === "sqlite");
const entry = (tenant: string, id: string) => ({
  id,
  value: `${id}.example`,
  kind: "domain" as const,
  scope: "tenant" as const,
});

describe.each(onSqlite)("SQLite's group commit (%s)", (_name, make) => {
  // A wide time budget: these tests compose batches by queueing jobs in one turn, on a busy machine too.
  const store = useMigratedDatabase(() => {
    const dialect = make();
    return { ...dialect, open: (options = {}) => dialect.open({ writeBatchBudgetMs: 60_000, ...options }) };
  });

  it("jobs of one batch share a transaction, and a failing or throwing one rolls back only its own savepoint", async () => {
    const tenant = "t-batch";
    const seenByReaders: boolean[] = [];
    const jobs = [
      store.db.transaction(async (repos) =>
        ok(await repos.exclusions.addNeverLog(tenant, entry(tenant, "a"))),
      ),
      store.db.transaction(async (repos) => {
        await repos.exclusions.addNeverLog(tenant, entry(tenant, "b"));
        return fail({ code: "STORE_VALIDATION" as const });
      }),
      store.db.transaction(async (repos) => {
        await repos.exclusions.addNeverLog(tenant, entry(tenant, "c"));
        throw new Error("a bug in job c");
      }),
      store.db.transaction(async (repos) => {
        await repos.exclusions.addNeverLog(tenant, entry(tenant, "d"));
        // Same batch: a's write is in this transaction, not committed, so a reader cannot see it yet.
        seenByReaders.push((await store.db.repositories.exclusions.neverLogById(tenant, "a")) !== undefined);
        const inThisTransaction = (await repos.exclusions.neverLogById(tenant, "a")) !== undefined;
        return ok(inThisTransaction);
      }),
    ];
    const outcomes = await Promise.allSettled(jobs);
    expect(outcomes.map((o) => o.status)).toEqual(["fulfilled", "fulfilled", "rejected", "fulfilled"]);
    expect(outcomes[3]).toEqual({ status: "fulfilled", value: { ok: true, value: true } });
    expect(seenByReaders).toEqual([false]);
    const stored = (await store.db.repositories.exclusions.neverLogFor(tenant, "")).map((e) => e.id).sort();
    expect(stored).toEqual(["a", "d"]);
  });

  it("a read completes while a write batch is held open", async () => {
    const tenant = "t-held";
    let release = () => undefined as void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let writing = () => undefined as void;
    const started = new Promise<void>((resolve) => (writing = resolve));
    const held = store.db.transaction(async (repos) => {
      await repos.exclusions.addNeverLog(tenant, entry(tenant, "held"));
      writing();
      await gate;
      return ok(undefined);
    });
    await started;
    const read = await Promise.race([
      store.db.repositories.exclusions.neverLogFor(tenant, "").then((rows) => rows.map((r) => r.id)),
      new Promise<string>((resolve) => setTimeout(() => resolve("the read waited for the batch"), 2000)),
    ]);
    expect(read).toEqual([]); // answered, from before the batch (which has not committed)
    release();
    await held;
    expect((await store.db.repositories.exclusions.neverLogFor(tenant, "")).map((r) => r.id)).toEqual([
      "held",
    ]);
  });
});
