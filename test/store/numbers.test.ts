import { Migrator, sql } from "kysely";
import { initialSchema } from "../../src/store/db/migrations/0001-initial-schema";
import { dialects } from "./dialects";
import { frozenDatabase } from "./frozen-database";
import { emailLog, useStore } from "./store-harness";

describe.each(dialects())("contact and entry numbers on %s", (_name, dialect) => {
  const store = useStore(dialect);

  it("20 parallel creates without a number all succeed, each with its own number", async () => {
    const t = await store.tenant();
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        store.call(t.user, {
          method: "POST",
          url: "/api/v1/contacts",
          payload: { type: "person", name: `Parallel ${i}`, email: `parallel${i}@northwind.example` },
        }),
      ),
    );
    expect(answers.map((a) => a.statusCode)).toEqual(Array(20).fill(201));
    const numbers = answers.map((a) => a.json().no as string);
    expect(new Set(numbers).size).toBe(20);
    for (const no of numbers) expect(no).toMatch(/^CT\d{6}$/);
  });

  it("10 parallel creates with one address make one contact; the others are told which one", async () => {
    const t = await store.tenant();
    const answers = await Promise.all(
      Array.from({ length: 10 }, () =>
        store.call(t.user, {
          method: "POST",
          url: "/api/v1/contacts",
          payload: { type: "person", name: "Twice Posted", email: "twice@northwind.example" },
        }),
      ),
    );
    const created = answers.filter((a) => a.statusCode === 201);
    expect(created).toHaveLength(1);
    const refused = answers.filter((a) => a.statusCode === 409);
    expect(refused).toHaveLength(9);
    for (const r of refused) {
      expect(r.json().error.code).toBe("STORE_CONTACT_EMAIL_EXISTS");
      expect(r.json().error.details.contacts[0].no).toBe(created[0]?.json().no);
    }
  });

  it("a generated number skips the numbers contacts were given explicitly", async () => {
    const t = await store.tenant();
    for (const no of ["CT000001", "CT000002", "CT000007"]) {
      const res = await store.call(t.admin, {
        method: "POST",
        url: "/api/v1/contacts",
        payload: { no, type: "person", name: no },
      });
      expect(res.statusCode).toBe(201);
    }
    const generated = await store.call(t.user, {
      method: "POST",
      url: "/api/v1/contacts",
      payload: { type: "person", name: "Next" },
    });
    expect(generated.json().no).toBe("CT000008");
  });

  it("an entry number is never handed out again, even after canceled entries are deleted", async () => {
    const t = await store.tenant();
    const first = (await store.log(t.user, emailLog("<n1@x>", { contacts: ["CT101"] }))).json().entries[0]
      .entryNo as number;
    await store.call(t.user, { method: "POST", url: `/api/v1/interactions/${first}/cancel` });
    const deleted = await store.call(t.admin, { method: "DELETE", url: "/api/v1/interactions/canceled" });
    expect(deleted.json()).toEqual({ deleted: 1 });
    const next = (await store.log(t.user, emailLog("<n2@x>", { contacts: ["CT101"] }))).json().entries[0]
      .entryNo as number;
    expect(next).toBeGreaterThan(first);
    // A client still holding the old number acts on nothing, not on someone else's entry.
    const stale = await store.call(t.user, { method: "POST", url: `/api/v1/interactions/${first}/cancel` });
    expect(stale.statusCode).toBe(404);
  });
});

describe.each(dialects())("an upgraded database on %s", (_name, make) => {
  it("continues numbering after the contacts and entries it already holds", async () => {
    const d = make();
    const first = await d.open(); // creates the PostgreSQL schema; closed at once, migrated below by hand
    await first.close();
    const old = frozenDatabase(d);
    try {
      const migrator = new Migrator({
        db: old,
        provider: { getMigrations: async () => ({ "0001-initial-schema": initialSchema(d.name) }) },
        ...(d.schema === undefined ? {} : { migrationTableSchema: d.schema }),
      });
      const result = await migrator.migrateToLatest();
      expect(result.error).toBeUndefined();
      await sql`insert into contacts (tenant_id, no, type, name, search_name) values ('old', 'CT000041', 'person', 'Old', 'old'), ('old', 'CTX', 'person', 'Odd', 'odd')`.execute(
        old,
      );
      await sql`insert into logged_items (tenant_id, id, source_key, kind, subject, occurred_at, created_by, created_at) values ('old', 'li1', 's', 'email', 's', '2026-01-01T00:00:00.000Z', 'u', '2026-01-01T00:00:00.000Z')`.execute(
        old,
      );
      for (const no of [1, 2, 90]) {
        await sql`insert into interaction_entries (tenant_id, entry_no, logged_item_id, source_key, contact_no, template_code, group_code, description, subject, occurred_at, information_flow, initiated_by, cost_lcy, duration_min, evaluation, attempt_failed, correspondence_type, user_id, email_logged, postponed, canceled, created_at) values ('old', ${no}, 'li1', ${`s${no}`}, 'CT000041', 'EMAIL', 'SYSTEM', 'd', 's', '2026-01-01T00:00:00.000Z', 'outbound', 'us', 0, 0, 'none', 0, 'none', 'u', 1, 0, 1, '2026-01-01T00:00:00.000Z')`.execute(
          old,
        );
      }
    } finally {
      await old.destroy();
    }
    const db = await d.open();
    try {
      expect(await db.migrate()).toEqual([
        "0002-hardening",
        "0003-interaction-statistics",
        "0004-workspace",
        "0005-lifecycle",
        "0006-auto-log-policy",
        "0007-user-setup",
        "0008-sales-links",
        "0009-todos-and-comments",
        "0010-statistics-report-index",
      ]);
      const taken = await db.transaction(async (repos) => ({
        ok: true as const,
        value: {
          contact: await repos.counters.take("old", "contact_no"),
          entry: d.name === "sqlite" ? await repos.counters.take("old", "entry_no") : undefined,
        },
      }));
      expect(taken.ok && taken.value.contact).toBe(42);
      if (d.name === "sqlite") expect(taken.ok && taken.value.entry).toBe(91);
    } finally {
      await db.close();
      await d.dispose();
    }
  });
});
