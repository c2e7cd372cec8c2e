import { Client } from "pg";
import { dialects, useMigratedDatabase, type TestDialect } from "./dialects";

// On PostgreSQL the store names its statements, so each connection parses and plans them once. A
// migration run by another store process can change a table under a prepared `select *`: that statement
// fails once, with PostgreSQL's error, and is prepared afresh on the next call.
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

  it("recovers from a table changed under a prepared statement by another process", async () => {
    const read = () => store.db.repositories.referenceData.template(TENANT, "EMAIL");
    await expect(read()).resolves.toBeUndefined();
    const admin = new Client({ connectionString: process.env.TOUCHPOINT_TEST_DATABASE_URL });
    await admin.connect();
    try {
      await admin.query(`alter table ${store.dialect.schema}.interaction_templates add column note text`);
    } finally {
      await admin.end();
    }
    // The next call on the connection that prepared it fails (the pool hands out the idle connection
    // used last); every call after that is prepared again and answers.
    await expect(read()).rejects.toThrow(/cached plan must not change result type/);
    for (let i = 0; i < 3; i += 1) await expect(read()).resolves.toBeUndefined();
  });
});
