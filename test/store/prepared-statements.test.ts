import { Client } from "pg";
import { dialects, useMigratedDatabase, type TestDialect } from "./dialects";

// On PostgreSQL the store names its statements, so each connection parses and plans them once. A
// migration run by another store process can change a table under a prepared `select *`: the statement
// is prepared afresh and retried (a transaction it aborted is retried whole), so no caller sees it.
const onPostgres = dialects().filter(([name]) => name === "postgres");
const TENANT = "t-prepared";

(onPostgres.length === 0 ? describe.skip : describe)("prepared statements on postgres", () => {
  const store = useMigratedDatabase(() => (onPostgres[0] as [string, () => TestDialect])[1]());

  it("answers repeated calls with their own parameters", async () => {
    await store.db.transaction(async (repos) => {
      await repos.exclusions.addNeverLog(TENANT, {
        id: "a",
        value: "a.example",
        kind: "domain",
        scope: "tenant",
      });
      await repos.exclusions.addNeverLog(TENANT, {
        id: "b",
        value: "b.example",
        kind: "domain",
        scope: "tenant",
      });
      return { ok: true as const, value: undefined };
    });
    for (let i = 0; i < 30; i += 1) {
      const tenant = i % 2 === 0 ? TENANT : "t-other";
      const found = await store.db.repositories.exclusions.neverLogFor(tenant, "");
      expect(found.length).toBe(tenant === TENANT ? 2 : 0);
    }
  });

  async function alterTemplatesElsewhere(column: string): Promise<void> {
    const admin = new Client({ connectionString: process.env.TOUCHPOINT_TEST_DATABASE_URL });
    await admin.connect();
    try {
      await admin.query(
        `alter table ${store.dialect.schema}.interaction_templates add column ${column} text`,
      );
    } finally {
      await admin.end();
    }
  }

  it("answers every call after another process changed a table under a prepared statement", async () => {
    const read = () => store.db.repositories.referenceData.template(TENANT, "EMAIL");
    await expect(read()).resolves.toBeUndefined();
    await alterTemplatesElsewhere("note");
    // The pool hands out the idle connection used last, which holds the stale plan.
    for (let i = 0; i < 3; i += 1) await expect(read()).resolves.toBeUndefined();
  });

  it("answers a transaction whose statement's plan went stale, by running it once more", async () => {
    let runs = 0;
    const readInTransaction = () =>
      store.db.transaction(async (repos) => {
        runs += 1;
        return { ok: true as const, value: await repos.referenceData.template(TENANT, "EMAIL") };
      });
    await expect(readInTransaction()).resolves.toEqual({ ok: true, value: undefined });
    await alterTemplatesElsewhere("remark");
    runs = 0;
    await expect(readInTransaction()).resolves.toEqual({ ok: true, value: undefined });
    expect(runs).toBe(2);
  });
});
