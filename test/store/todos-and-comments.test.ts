import { randomUUID } from "node:crypto";
import type { CommentLine, InteractionEntry, Todo } from "../../src/contracts";
import { dialects } from "./dialects";
import { emailLog, useStore, type Caller } from "./store-harness";

describe.each(dialects())("to-dos and comment lines on %s", (_name, dialect) => {
  const store = useStore(dialect, { now: () => new Date("2026-11-20T10:00:00.000Z") });

  const post = (who: Caller, url: string, payload: object, key = randomUUID()) =>
    store.call(who, { method: "POST", url: `/api/v1${url}`, payload, headers: { "idempotency-key": key } });
  const get = (who: Caller, url: string) => store.call(who, { method: "GET", url: `/api/v1${url}` });
  const logOne = async (who: Caller, key: string, contacts = ["CT101"]) =>
    (await store.log(who, emailLog(key, { contacts }))).json().entries as InteractionEntry[];
  const audited = async (admin: Caller, action: string) =>
    (await get(admin, `/audit?action=${action}`)).json().items as Array<{ entityId: string }>;

  it("creates a follow-up on an entry, numbers it from the tenant's counter and writes its To-do No. on the entry", async () => {
    const t = await store.tenant();
    const [entry] = await logOne(t.user, "<t1@x>");
    const res = await post(t.user, "/todos", {
      description: "Send the quote",
      dueDate: "2026-11-27",
      entryNo: entry!.entryNo,
    });
    expect(res.statusCode).toBe(201);
    const todo = res.json() as Todo;
    expect(todo).toMatchObject({
      no: "TD000001",
      description: "Send the quote",
      dueDate: "2026-11-27",
      contactNo: "CT101",
      entryNo: entry!.entryNo,
      assignedTo: "alex.rivera@cronus.example",
      open: true,
    });
    const history = (await get(t.user, "/contacts/CT101/interactions")).json().items as InteractionEntry[];
    expect(history.find((e) => e.entryNo === entry!.entryNo)?.todoNo).toBe("TD000001");
    const [second] = await logOne(t.user, "<t2@x>");
    const next = await post(t.user, "/todos", {
      description: "Call",
      dueDate: "2026-11-28",
      entryNo: second!.entryNo,
    });
    expect((next.json() as Todo).no).toBe("TD000002");
    expect((await audited(t.admin, "todo.create")).map((a) => a.entityId).sort()).toEqual([
      "TD000001",
      "TD000002",
    ]);
  });

  it("links a follow-up by the logged source's key to the item's first active entry, keeping the salesperson given", async () => {
    const t = await store.tenant();
    const entries = await logOne(t.user, "<t3@x>", ["CT101", "CT102"]);
    const res = await post(t.user, "/todos", {
      description: "Follow up",
      dueDate: "2026-12-01",
      salespersonCode: "MI",
      sourceKey: "<t3@x>",
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      entryNo: entries[0]!.entryNo,
      salespersonCode: "MI",
      contactNo: "CT101",
    });
  });

  it("refuses a follow-up without exactly one of entryNo and sourceKey, on an unknown entry or source, or a second on one entry, changing nothing", async () => {
    const t = await store.tenant();
    const [entry] = await logOne(t.user, "<t4@x>");
    const base = { description: "x", dueDate: "2026-12-01" };
    const neither = await post(t.user, "/todos", base);
    expect([neither.statusCode, neither.json().error.code]).toEqual([422, "STORE_TODO_TARGET"]);
    const both = await post(t.user, "/todos", { ...base, entryNo: entry!.entryNo, sourceKey: "<t4@x>" });
    expect(both.json().error.code).toBe("STORE_TODO_TARGET");
    const unknown = await post(t.user, "/todos", { ...base, entryNo: 999_999 });
    expect([unknown.statusCode, unknown.json().error.code]).toEqual([404, "STORE_NOT_FOUND"]);
    const noSource = await post(t.user, "/todos", { ...base, sourceKey: "<never@x>" });
    expect([noSource.statusCode, noSource.json().error.code]).toEqual([422, "STORE_TODO_TARGET"]);
    const badDate = await post(t.user, "/todos", { ...base, dueDate: "tomorrow", entryNo: entry!.entryNo });
    expect(badDate.json().error.code).toBe("STORE_VALIDATION");
    const long = await post(t.user, "/todos", {
      ...base,
      description: "x".repeat(101),
      entryNo: entry!.entryNo,
    });
    expect(long.json().error.code).toBe("STORE_VALIDATION");
    expect((await post(t.user, "/todos", { ...base, entryNo: entry!.entryNo })).statusCode).toBe(201);
    const twice = await post(t.user, "/todos", { ...base, entryNo: entry!.entryNo });
    expect([twice.statusCode, twice.json().error.code]).toEqual([409, "STORE_ENTRY_HAS_TODO"]);
    expect((await get(t.user, "/todos")).json().items).toHaveLength(1);
  });

  it("answers a repeated Idempotency-Key with the first follow-up and creates no second", async () => {
    const t = await store.tenant();
    const [entry] = await logOne(t.user, "<t5@x>");
    const key = randomUUID();
    const body = { description: "Once", dueDate: "2026-12-01", entryNo: entry!.entryNo };
    const first = await post(t.user, "/todos", body, key);
    const again = await post(t.user, "/todos", body, key);
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual(first.json());
    expect((await get(t.user, "/todos")).json().items).toHaveLength(1);
  });

  it("lets only the entry's owner or a manager set a follow-up, and only the assignee or a manager complete it", async () => {
    const t = await store.tenant();
    const [entry] = await logOne(t.user, "<t6@x>");
    const other = await t.as("maria.ivanova@cronus.example");
    const refused = await post(other, "/todos", {
      description: "x",
      dueDate: "2026-12-01",
      entryNo: entry!.entryNo,
    });
    expect([refused.statusCode, refused.json().error.code]).toEqual([403, "STORE_NOT_ENTRY_OWNER"]);
    const todo = (
      await post(t.user, "/todos", { description: "x", dueDate: "2026-12-01", entryNo: entry!.entryNo })
    ).json() as Todo;
    const notYours = await post(other, `/todos/${todo.no}/complete`, {});
    expect(notYours.json().error.code).toBe("STORE_NOT_ENTRY_OWNER");
    const othersList = await get(other, "/todos?assignedTo=alex.rivera%40cronus.example");
    expect(othersList.json().error.code).toBe("STORE_MANAGER_ONLY");
    const manager = await t.as("olga.manager@cronus.example", "manager");
    expect((await get(manager, "/todos?assignedTo=alex.rivera%40cronus.example")).json().items).toHaveLength(
      1,
    );
    const done = await post(manager, `/todos/${todo.no}/complete`, {});
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ open: false, closedBy: "olga.manager@cronus.example" });
    const twice = await post(t.user, `/todos/${todo.no}/complete`, {});
    expect([twice.statusCode, twice.json().error.code]).toEqual([409, "STORE_TODO_CLOSED"]);
    expect((await audited(t.admin, "todo.complete")).map((a) => a.entityId)).toEqual([todo.no]);
  });

  it("lists my open follow-ups soonest due first, and a contact's follow-ups of every user", async () => {
    const t = await store.tenant();
    const [a] = await logOne(t.user, "<t7@x>");
    const [b] = await logOne(t.user, "<t8@x>", ["CT102"]);
    const other = await t.as("maria.ivanova@cronus.example");
    const [c] = await logOne(other, "<t9@x>");
    const late = (
      await post(t.user, "/todos", { description: "late", dueDate: "2026-12-09", entryNo: a!.entryNo })
    ).json();
    const soon = (
      await post(t.user, "/todos", { description: "soon", dueDate: "2026-12-02", entryNo: b!.entryNo })
    ).json();
    const hers = (
      await post(other, "/todos", { description: "hers", dueDate: "2026-12-05", entryNo: c!.entryNo })
    ).json();
    await post(t.user, `/todos/${late.no}/complete`, {});
    const mine = (await get(t.user, "/todos?assignedTo=me&open=true")).json().items as Todo[];
    expect(mine.map((x) => x.no)).toEqual([soon.no]);
    const all = (await get(t.user, "/todos?assignedTo=me")).json().items as Todo[];
    expect(all.map((x) => x.no)).toEqual([soon.no, late.no]);
    const contact = (await get(t.user, "/todos?contact=CT101&open=true")).json().items as Todo[];
    expect(contact.map((x) => x.no)).toEqual([hers.no]);
    expect(contact[0]!.contactName).toBeDefined();
  });

  it("keeps dated comment lines by their user under an entry, numbered 10000 apart, and audits each", async () => {
    const t = await store.tenant();
    const [entry] = await logOne(t.user, "<c1@x>");
    const url = `/interactions/${entry!.entryNo}/comments`;
    const first = await post(t.user, url, { comment: "Asked for a discount" });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      lineNo: 10000,
      date: "2026-11-20",
      userId: "alex.rivera@cronus.example",
    });
    await post(t.user, url, { comment: "Agreed 5 %", date: "2026-11-21" });
    const lines = (await get(t.user, url)).json().items as CommentLine[];
    expect(lines.map((l) => [l.lineNo, l.date, l.comment])).toEqual([
      [10000, "2026-11-20", "Asked for a discount"],
      [20000, "2026-11-21", "Agreed 5 %"],
    ]);
    expect(await audited(t.admin, "entry.comment")).toHaveLength(2);
  });

  it("refuses an empty, overlong or foreign comment and one on an unknown entry, and answers a repeated key once", async () => {
    const t = await store.tenant();
    const [entry] = await logOne(t.user, "<c2@x>");
    const url = `/interactions/${entry!.entryNo}/comments`;
    expect((await post(t.user, url, { comment: "" })).json().error.code).toBe("STORE_VALIDATION");
    expect((await post(t.user, url, { comment: "x".repeat(81) })).json().error.code).toBe("STORE_VALIDATION");
    const other = await t.as("maria.ivanova@cronus.example");
    expect((await post(other, url, { comment: "mine" })).json().error.code).toBe("STORE_NOT_ENTRY_OWNER");
    const missing = await post(t.user, "/interactions/999999/comments", { comment: "x" });
    expect([missing.statusCode, missing.json().error.code]).toEqual([404, "STORE_NOT_FOUND"]);
    const key = randomUUID();
    await post(t.user, url, { comment: "once" }, key);
    await post(t.user, url, { comment: "once" }, key);
    expect((await get(other, url)).json().items.map((l: CommentLine) => l.comment)).toEqual(["once"]);
    const elsewhere = await store.tenant();
    expect((await get(elsewhere.user, url)).statusCode).toBe(404);
  });

  it("deleting canceled entries deletes their comment lines and unlinks their follow-ups, which stay open", async () => {
    const t = await store.tenant();
    const [entry] = await logOne(t.user, "<c3@x>");
    await post(t.user, `/interactions/${entry!.entryNo}/comments`, { comment: "gone soon" });
    const todo = (
      await post(t.user, "/todos", { description: "stays", dueDate: "2026-12-01", entryNo: entry!.entryNo })
    ).json() as Todo;
    await post(t.user, `/interactions/${entry!.entryNo}/cancel`, {});
    expect(
      (await store.call(t.admin, { method: "DELETE", url: "/api/v1/interactions/canceled" })).statusCode,
    ).toBe(200);
    expect(await store.db.repositories.todos.comments(t.tenant, [entry!.entryNo])).toEqual([]);
    const [left] = (await get(t.user, "/todos?open=true")).json().items as Todo[];
    expect(left).toMatchObject({ no: todo.no, open: true });
    expect(left!.entryNo).toBeUndefined();
  });
  it("erasing a contact removes the comment lines on its entries and blanks its follow-ups' descriptions, keeping their dates", async () => {
    const t = await store.tenant();
    const [anna] = await logOne(t.user, "<c4@x>");
    const [john] = await logOne(t.user, "<c5@x>", ["CT102"]);
    await post(t.user, `/interactions/${anna!.entryNo}/comments`, {
      comment: "Anna asked about her invoice",
    });
    await post(t.user, `/interactions/${john!.entryNo}/comments`, { comment: "John stays" });
    await post(t.user, "/todos", {
      description: "Call Anna back",
      dueDate: "2026-12-01",
      entryNo: anna!.entryNo,
    });
    const erased = await store.call(t.admin, { method: "POST", url: "/api/v1/contacts/CT101/erase" });
    expect(erased.json()).toMatchObject({ commentLinesRemoved: 1, followUpsAnonymised: 1 });
    expect((await get(t.user, `/interactions/${anna!.entryNo}/comments`)).json().items).toEqual([]);
    const johns = (await get(t.user, `/interactions/${john!.entryNo}/comments`)).json()
      .items as CommentLine[];
    expect(johns.map((c) => c.comment)).toEqual(["John stays"]);
    const [todo] = (await get(t.user, "/todos?open=true")).json().items as Todo[];
    expect(todo).toMatchObject({ description: "", dueDate: "2026-12-01", contactNo: "CT101", open: true });
  });

  it("answers GET /me with the caller and the roles the store authorizes them by", async () => {
    const t = await store.tenant();
    const manager = await t.as("olga.manager@cronus.example", "manager");
    expect((await get(t.user, "/me")).json()).toEqual({
      userId: "alex.rivera@cronus.example",
      userName: "alex.rivera",
      roles: ["user"],
    });
    expect((await get(manager, "/me")).json().roles).toEqual(["user", "manager"]);
  });
});
