import type { InjectOptions } from "fastify";
import { dialects } from "./dialects";
import { emailLog, useStore, type Caller, type StoreHarness } from "./store-harness";
import { tenantRows } from "./tenant-rows";

type Tenant = Awaited<ReturnType<StoreHarness["tenant"]>>;

describe.each(dialects())("who may change what on %s", (_name, dialect) => {
  const store = useStore(dialect);

  /** An entry and its logged item, written by the admin (someone other than the plain user). */
  const adminsLog = async (t: Tenant) =>
    (await store.log(t.admin, emailLog(`<adm-${Math.random()}@x>`, { contacts: ["CT101"] }))).json() as {
      entries: Array<{ entryNo: number }>;
      loggedItem: { id: string };
    };

  const forbidden = async (t: Tenant, who: Caller, request: InjectOptions, code: string, because: RegExp) => {
    const before = await tenantRows(store.dialect, t.tenant);
    const res = await store.call(who, request);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe(code);
    expect(res.json().error.message).toMatch(because);
    expect(await tenantRows(store.dialect, t.tenant)).toEqual(before);
  };

  it.each([
    ["cancel", (no: number) => ({ method: "POST", url: `/api/v1/interactions/${no}/cancel` })],
    [
      "evaluate",
      (no: number) => ({
        method: "POST",
        url: `/api/v1/interactions/${no}/evaluate`,
        payload: { evaluation: "negative" },
      }),
    ],
  ] as const)("a user may not %s another user's entry: 403, and nothing changes", async (_what, request) => {
    const t = await store.tenant();
    const { entries } = await adminsLog(t);
    await forbidden(
      t,
      t.user,
      request(entries[0]!.entryNo) as InjectOptions,
      "STORE_NOT_ENTRY_OWNER",
      /manager or an administrator/,
    );
  });

  it("a user may not cancel another user's logged item", async () => {
    const t = await store.tenant();
    const { loggedItem } = await adminsLog(t);
    await forbidden(
      t,
      t.user,
      { method: "POST", url: `/api/v1/logged-items/${loggedItem.id}/cancel` },
      "STORE_NOT_ENTRY_OWNER",
      /another user's entries/,
    );
  });

  it("a user cancels and evaluates their own entries", async () => {
    const t = await store.tenant();
    const own = (await store.log(t.user, emailLog("<own@x>", { contacts: ["CT101", "CT102"] }))).json();
    const evaluated = await store.call(t.user, {
      method: "POST",
      url: `/api/v1/interactions/${own.entries[0].entryNo}/evaluate`,
      payload: { evaluation: "positive" },
    });
    expect(evaluated.statusCode).toBe(200);
    expect(
      (
        await store.call(t.user, {
          method: "POST",
          url: `/api/v1/interactions/${own.entries[0].entryNo}/cancel`,
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (await store.call(t.user, { method: "POST", url: `/api/v1/logged-items/${own.loggedItem.id}/cancel` }))
        .statusCode,
    ).toBe(200);
  });

  it.each(["manager", "admin"] as const)("a %s cancels and evaluates anyone's entries", async (role) => {
    const t = await store.tenant();
    const lead = await t.as("lead@cronus.example", role);
    const theirs = (
      await store.log(t.user, emailLog(`<${role}@x>`, { contacts: ["CT101", "CT102"] }))
    ).json();
    expect(
      (
        await store.call(lead, {
          method: "POST",
          url: `/api/v1/interactions/${theirs.entries[0].entryNo}/evaluate`,
          payload: { evaluation: "neutral" },
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (
        await store.call(lead, {
          method: "POST",
          url: `/api/v1/interactions/${theirs.entries[0].entryNo}/cancel`,
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (await store.call(lead, { method: "POST", url: `/api/v1/logged-items/${theirs.loggedItem.id}/cancel` }))
        .statusCode,
    ).toBe(200);
  });

  it("only an administrator changes a contact's privacy flag (create or edit); anyone edits the rest", async () => {
    const t = await store.tenant();
    const manager = await t.as("lead@cronus.example", "manager");
    await forbidden(
      t,
      t.user,
      { method: "PATCH", url: "/api/v1/contacts/CT101", payload: { privacyBlocked: true } },
      "STORE_ADMIN_ONLY",
      /privacy flag/,
    );
    await forbidden(
      t,
      manager,
      { method: "PATCH", url: "/api/v1/contacts/CT204", payload: { privacyBlocked: false } },
      "STORE_ADMIN_ONLY",
      /privacy flag/,
    );
    await forbidden(
      t,
      t.user,
      {
        method: "POST",
        url: "/api/v1/contacts",
        payload: { type: "person", name: "Hidden", privacyBlocked: true },
      },
      "STORE_ADMIN_ONLY",
      /privacy flag/,
    );
    // Saying what it already is changes nothing, so it is no privacy change.
    expect(
      (
        await store.call(t.user, {
          method: "PATCH",
          url: "/api/v1/contacts/CT101",
          payload: { privacyBlocked: false, jobTitle: "CFO" },
        })
      ).statusCode,
    ).toBe(200);
    const admin = await store.call(t.admin, {
      method: "PATCH",
      url: "/api/v1/contacts/CT101",
      payload: { privacyBlocked: true },
    });
    expect(admin.statusCode).toBe(200);
    expect(admin.json().privacyBlocked).toBe(true);
  });

  it.each<[string, (t: Tenant) => InjectOptions]>([
    ["delete canceled entries", () => ({ method: "DELETE", url: "/api/v1/interactions/canceled" })],
    [
      "import contacts",
      () => ({ method: "POST", url: "/api/v1/import/contacts", payload: { contacts: [{ name: "X" }] } }),
    ],
    ["export", () => ({ method: "GET", url: "/api/v1/export" })],
    ["read the audit log", () => ({ method: "GET", url: "/api/v1/audit" })],
    [
      "change a group",
      () => ({ method: "PUT", url: "/api/v1/interaction-groups/X", payload: { description: "x" } }),
    ],
    [
      "change template setup",
      () => ({ method: "PUT", url: "/api/v1/template-setup/email", payload: { templateCode: null } }),
    ],
    [
      "change the internal domains",
      () => ({ method: "PUT", url: "/api/v1/internal-domains", payload: { items: [] } }),
    ],
    ["read the user setup", () => ({ method: "GET", url: "/api/v1/user-setup" })],
    [
      "set a user's salesperson code",
      () => ({
        method: "PUT",
        url: "/api/v1/user-setup/x@cronus.example",
        payload: { salespersonCode: "X" },
      }),
    ],
    ["replace the user setup", () => ({ method: "PUT", url: "/api/v1/user-setup", payload: { items: [] } })],
    [
      "remove a user's salesperson code",
      () => ({ method: "DELETE", url: "/api/v1/user-setup/x@cronus.example" }),
    ],
    [
      "add to the tenant's never-log list",
      () => ({
        method: "POST",
        url: "/api/v1/never-log",
        payload: { value: "x.example", kind: "domain", scope: "tenant" },
      }),
    ],
    [
      "remove from the tenant's never-log list",
      (t) => ({ method: "DELETE", url: `/api/v1/never-log/nl-${t.tenant}` }),
    ],
  ])("only an administrator may %s (a manager may not)", async (_what, request) => {
    const t = await store.tenant();
    const manager = await t.as("lead@cronus.example", "manager");
    for (const who of [t.user, manager])
      await forbidden(t, who, request(t), "STORE_ADMIN_ONLY", /administrator/);
  });
});
