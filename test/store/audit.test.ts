import { join } from "node:path";
import { Client } from "pg";
import SqliteDatabase from "better-sqlite3";
import { fail } from "../../src/domain/result";
import { createContact } from "../../src/store/services/contact-service";
import { dialects } from "./dialects";
import { emailLog, useStore } from "./store-harness";

type Audit = {
  id: string;
  at: string;
  actorId: string;
  actorName?: string;
  action: string;
  entityType: string;
  entityId: string;
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
};

describe.each(dialects())("the audit log on %s", (_name, dialect) => {
  let now = new Date("2026-11-20T10:00:00.000Z");
  const store = useStore(dialect, { now: () => now });
  beforeEach(() => {
    now = new Date("2026-11-20T10:00:00.000Z");
  });

  const audit = async (t: Awaited<ReturnType<typeof store.tenant>>, query = "") => {
    const res = await store.call(t.admin, { method: "GET", url: `/api/v1/audit${query}` });
    expect(res.statusCode).toBe(200);
    return res.json() as { items: Audit[]; nextCursor?: string };
  };

  it("records who changed what, when, and the entity before and after, for every kind of change", async () => {
    const t = await store.tenant();
    const logged = (await store.log(t.user, emailLog("<a1@x>", { contacts: ["CT101", "CT102"] }))).json();
    const [first, second] = logged.entries as Array<{ entryNo: number }>;
    const calls: Array<[typeof t.user, string, string, unknown?]> = [
      [
        t.user,
        "POST",
        "/api/v1/contacts",
        { type: "person", name: "New One", email: "new.one@northwind.example" },
      ],
      [t.user, "PATCH", "/api/v1/contacts/CT102", { jobTitle: "Buyer" }],
      [t.user, "POST", `/api/v1/interactions/${first!.entryNo}/evaluate`, { evaluation: "positive" }],
      [t.user, "POST", `/api/v1/interactions/${first!.entryNo}/cancel`],
      [t.user, "POST", `/api/v1/logged-items/${logged.loggedItem.id}/cancel`],
      [t.admin, "DELETE", "/api/v1/interactions/canceled"],
      [t.admin, "PUT", "/api/v1/interaction-groups/PHONE", { description: "Phone calls" }],
      [t.admin, "PUT", "/api/v1/template-setup/outgoing_call", { templateCode: "OUTGOING" }],
      [t.user, "POST", "/api/v1/never-log", { value: "spam.example", kind: "domain", scope: "user" }],
      [t.admin, "PUT", "/api/v1/internal-domains", { items: ["cronus.example", "cronus.test"] }],
    ];
    for (const [who, method, url, payload] of calls) {
      const res = await store.call(who, {
        method: method as "POST",
        url,
        ...(payload ? { payload: payload as object } : {}),
      });
      expect(res.statusCode).toBeLessThan(300);
    }
    const { items } = await audit(t);
    const byAction = (action: string) => items.filter((i) => i.action === action);
    expect(items.map((i) => i.action).sort()).toEqual(
      [
        "contact.create",
        "contact.update",
        "entry.evaluate",
        "entry.cancel",
        "logged_item.cancel",
        "entries.delete_canceled",
        "group.put",
        "template_setup.put",
        "never_log.add",
        "internal_domains.put",
      ].sort(),
    );
    for (const item of items) expect(item.at).toBe("2026-11-20T10:00:00.000Z");
    const update = byAction("contact.update")[0]!;
    expect(update).toMatchObject({
      actorId: "alex.rivera@cronus.example",
      actorName: "alex.rivera",
      entityType: "contact",
      entityId: "CT102",
    });
    expect(update.before).toMatchObject({ no: "CT102" });
    expect(update.before?.jobTitle).toBeUndefined();
    expect(update.after).toMatchObject({ no: "CT102", jobTitle: "Buyer" });
    expect(byAction("contact.create")[0]!.before).toBeUndefined();
    expect(byAction("entry.evaluate")[0]).toMatchObject({
      entityId: String(first!.entryNo),
      before: { evaluation: "none" },
      after: { evaluation: "positive" },
    });
    expect(byAction("entry.cancel")[0]).toMatchObject({
      before: { canceled: false },
      after: { canceled: true },
    });
    expect(byAction("entries.delete_canceled")[0]).toMatchObject({
      actorId: "admin@cronus.example",
      before: { entryNos: [first!.entryNo, second!.entryNo] },
      after: { deleted: 2 },
    });
    expect(byAction("group.put")[0]).toMatchObject({
      before: { description: "Telephone conversations" },
      after: { description: "Phone calls" },
    });
    expect(byAction("internal_domains.put")[0]).toMatchObject({
      before: { items: ["cronus.example"] },
      after: { items: ["cronus.example", "cronus.test"] },
    });
  });

  it("a new log, a refused change and a read record nothing", async () => {
    const t = await store.tenant();
    const entry = (await store.log(t.admin, emailLog("<a2@x>", { contacts: ["CT101"] }))).json().entries[0];
    await store.call(t.user, { method: "POST", url: `/api/v1/interactions/${entry.entryNo}/cancel` }); // 403
    await store.call(t.user, {
      method: "POST",
      url: "/api/v1/contacts",
      payload: { type: "person", name: "Dup", email: "anna.petrova@fabrikam.example" },
    }); // 409
    await store.call(t.user, { method: "GET", url: "/api/v1/contacts?q=anna" });
    expect((await audit(t)).items).toEqual([]);
  });

  it("an import records each contact it writes and its summary", async () => {
    const t = await store.tenant();
    const res = await store.call(t.admin, {
      method: "POST",
      url: "/api/v1/import/contacts",
      payload: "Name,E-Mail\nImported One,one@northwind.example\nЛиса Чен,lisa.chen@contoso.example\n",
      headers: { "content-type": "text/csv" },
    });
    expect(res.json()).toMatchObject({ imported: 1, updated: 1 });
    const actions = (await audit(t)).items.map((i) => `${i.action} ${i.entityType}`).sort();
    expect(actions).toEqual(["contact.create contact", "contact.update contact", "contacts.import import"]);
  });

  it("the record is written in the change's own transaction: a change rolled back leaves none", async () => {
    const t = await store.tenant();
    const principal = {
      tenantId: t.tenant,
      userId: "alex.rivera@cronus.example",
      userName: "Alex",
      roles: ["user" as const],
    };
    const result = await store.db.transaction(async (repos) => {
      const created = await createContact(repos, principal, { type: "person", name: "Rolled Back" });
      expect(created.ok).toBe(true);
      return fail({ code: "STORE_VALIDATION" as const });
    });
    expect(result.ok).toBe(false);
    expect((await audit(t)).items).toEqual([]);
  });

  it("pages newest first by a keyset cursor, and filters by time, actor, action and entity", async () => {
    const t = await store.tenant();
    for (let i = 0; i < 5; i += 1) {
      now = new Date(Date.UTC(2026, 10, 20, 10, i));
      const who = i % 2 === 0 ? t.user : t.admin;
      await store.call(who, {
        method: "PATCH",
        url: `/api/v1/contacts/CT10${1 + (i % 2)}`,
        payload: { jobTitle: `Title ${i}` },
      });
    }
    const page1 = await audit(t, "?limit=2");
    expect(page1.items.map((i) => i.after?.jobTitle)).toEqual(["Title 4", "Title 3"]);
    const page2 = await audit(t, `?limit=2&cursor=${page1.nextCursor}`);
    expect(page2.items.map((i) => i.after?.jobTitle)).toEqual(["Title 2", "Title 1"]);
    const page3 = await audit(t, `?limit=2&cursor=${page2.nextCursor}`);
    expect(page3.items.map((i) => i.after?.jobTitle)).toEqual(["Title 0"]);
    expect(page3.nextCursor).toBeUndefined();
    expect((await audit(t, "?actor=admin%40cronus.example")).items).toHaveLength(2);
    expect((await audit(t, "?entity=contact&entityId=CT102")).items).toHaveLength(2);
    expect((await audit(t, "?action=contact.create")).items).toHaveLength(0);
    const window = await audit(
      t,
      `?from=${encodeURIComponent("2026-11-20T10:01:00Z")}&to=${encodeURIComponent("2026-11-20T10:03:00Z")}`,
    );
    expect(window.items.map((i) => i.after?.jobTitle)).toEqual(["Title 2", "Title 1"]);
    const bad = await store.call(t.admin, { method: "GET", url: "/api/v1/audit?cursor=bm9wZQ" });
    expect(bad.json().error.code).toBe("STORE_INVALID_CURSOR");
    const huge = await store.call(t.admin, { method: "GET", url: "/api/v1/audit?limit=100000" });
    expect(huge.statusCode).toBe(400);
  });

  it("exports as JSON untouched and as CSV with formula-like cells neutralised", async () => {
    const t = await store.tenant();
    await store.call(t.user, {
      method: "PATCH",
      url: "/api/v1/contacts/CT102",
      payload: { jobTitle: '=HYPERLINK("http://x","y")' },
    });
    const json = await store.call(t.admin, { method: "GET", url: "/api/v1/audit/export?format=json" });
    expect(json.headers["content-disposition"]).toBe('attachment; filename="audit.json"');
    const records = JSON.parse(json.body) as Audit[];
    expect(records).toHaveLength(1);
    expect(records[0]!.after?.jobTitle).toBe('=HYPERLINK("http://x","y")');
    const csv = await store.call(t.admin, {
      method: "GET",
      url: "/api/v1/audit/export?format=csv&action=contact.update",
    });
    const lines = csv.body
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\n");
    expect(lines[0]).toBe("At,Actor,Actor Name,Action,Entity,Entity Id,Before,After");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain("contact.update");
    expect(lines[1]).not.toMatch(/,=/);
  });

  it("the database itself refuses to change or delete a record", async () => {
    const t = await store.tenant();
    await store.call(t.user, { method: "PATCH", url: "/api/v1/contacts/CT102", payload: { jobTitle: "x" } });
    for (const statement of ["update audit_log set actor_id = 'someone else'", "delete from audit_log"]) {
      if (store.dialect.name === "sqlite") {
        const db = new SqliteDatabase(join(store.dialect.dataDir, "touchpoint.sqlite"));
        try {
          expect(() => db.prepare(statement).run()).toThrow(/append-only/);
        } finally {
          db.close();
        }
      } else {
        const client = new Client({
          connectionString: process.env.TOUCHPOINT_TEST_DATABASE_URL,
          options: `-c search_path=${store.dialect.schema}`,
        });
        await client.connect();
        try {
          await expect(client.query(statement)).rejects.toThrow(/append-only/);
        } finally {
          await client.end();
        }
      }
    }
    expect((await audit(t)).items).toHaveLength(1);
  });
});
