import { randomUUID } from "node:crypto";
import type { InteractionEntry } from "../../src/contracts";
import { dialects } from "./dialects";
import { emailLog, useStore, type Caller, type StoreHarness } from "./store-harness";
import { tenantRows } from "./tenant-rows";

type Tenant = Awaited<ReturnType<StoreHarness["tenant"]>>;
const ALEX = "alex.rivera@cronus.example";

describe.each(dialects())("user setup and the logging user's salesperson on %s", (_name, dialect) => {
  const store = useStore(dialect);

  const api = (who: Caller, method: "GET" | "PUT" | "POST" | "DELETE", url: string, payload?: object) =>
    store.call(who, {
      method,
      url: `/api/v1${url}`,
      ...(payload === undefined ? {} : { payload }),
      headers: { "idempotency-key": randomUUID() },
    });
  const mapAlex = async (t: Tenant, code = "ZZ") => {
    const res = await api(t.admin, "PUT", `/user-setup/${ALEX}`, { salespersonCode: code });
    expect(res.statusCode).toBe(200);
  };
  const salespeople = (entries: InteractionEntry[]) => entries.map((e) => [e.contactNo, e.salespersonCode]);

  it("an administrator sets, lists, replaces and removes users' salesperson codes, each audited", async () => {
    const t = await store.tenant();
    const put = await api(t.admin, "PUT", "/user-setup/Alex.Rivera@Cronus.example", {
      salespersonCode: "AR",
    });
    expect(put.statusCode).toBe(200);
    expect(put.json()).toMatchObject({
      userId: ALEX,
      salespersonCode: "AR",
      updatedBy: "admin@cronus.example",
    });
    const replaced = await api(t.admin, "PUT", "/user-setup", {
      items: [
        { userId: ALEX, salespersonCode: "JR" },
        { userId: "maria.ivanova@cronus.example", salespersonCode: "MI" },
      ],
    });
    expect(replaced.statusCode).toBe(200);
    const list = (await api(t.admin, "GET", "/user-setup")).json().items as Array<Record<string, string>>;
    expect(list.map((r) => [r.userId, r.salespersonCode])).toEqual([
      [ALEX, "JR"],
      ["maria.ivanova@cronus.example", "MI"],
    ]);
    expect((await api(t.admin, "DELETE", `/user-setup/${ALEX}`)).statusCode).toBe(204);
    expect((await api(t.admin, "DELETE", `/user-setup/${ALEX}`)).json().error.code).toBe("STORE_NOT_FOUND");
    const audit = (await api(t.admin, "GET", "/audit?entity=user_setup")).json().items as Array<{
      action: string;
    }>;
    expect(audit.map((a) => a.action).sort()).toEqual([
      "user_setup.delete",
      "user_setup.put",
      "user_setup.replace",
    ]);
  });

  it("a user or a manager may neither read nor change user setup, and their attempt writes nothing", async () => {
    const t = await store.tenant();
    const manager = await t.as("boss@cronus.example", "manager");
    const before = await tenantRows(store.dialect, t.tenant);
    for (const who of [t.user, manager]) {
      expect((await api(who, "GET", "/user-setup")).json().error.code).toBe("STORE_ADMIN_ONLY");
      const put = await api(who, "PUT", `/user-setup/${ALEX}`, { salespersonCode: "AR" });
      expect([put.statusCode, put.json().error.code]).toEqual([403, "STORE_ADMIN_ONLY"]);
      const all = await api(who, "PUT", "/user-setup", { items: [] });
      expect(all.json().error.code).toBe("STORE_ADMIN_ONLY");
    }
    expect(await tenantRows(store.dialect, t.tenant)).toEqual(before);
  });

  it("a code that is not a Business Central code is a 400, a user listed twice a 422, and neither writes", async () => {
    const t = await store.tenant();
    await mapAlex(t, "AR");
    const before = await tenantRows(store.dialect, t.tenant);
    const bad = await api(t.admin, "PUT", `/user-setup/${ALEX}`, { salespersonCode: "not a code" });
    expect([bad.statusCode, bad.json().error.code]).toEqual([400, "STORE_VALIDATION"]);
    const long = await api(t.admin, "PUT", `/user-setup/${ALEX}`, { salespersonCode: "X".repeat(21) });
    expect(long.statusCode).toBe(400);
    const twice = await api(t.admin, "PUT", "/user-setup", {
      items: [
        { userId: ALEX, salespersonCode: "JR" },
        { userId: ALEX.toUpperCase(), salespersonCode: "OF" },
      ],
    });
    expect([twice.statusCode, twice.json().error.code]).toEqual([422, "STORE_USER_SETUP_DUPLICATE"]);
    expect(twice.json().error.details).toEqual({ duplicates: [ALEX] });
    expect(await tenantRows(store.dialect, t.tenant)).toEqual(before);
  });

  it("POST /interactions writes the logging user's code, not the contact owner's; a code the request names wins", async () => {
    const t = await store.tenant();
    await mapAlex(t);
    const mapped = await store.log(t.user, emailLog("<sp1@x>", { contacts: ["CT101", "CT102"] }));
    expect(salespeople(mapped.json().entries)).toEqual([
      ["CT101", "ZZ"],
      ["CT102", "ZZ"],
    ]);
    const named = await store.log(
      t.user,
      emailLog("<sp2@x>", { contacts: ["CT101"], salespersonCode: "OF" }),
    );
    expect(salespeople(named.json().entries)).toEqual([["CT101", "OF"]]);
    const listed = (await api(t.user, "GET", "/interactions?salesperson=ZZ")).json()
      .entries as InteractionEntry[];
    expect(listed.map((e) => e.sourceKey)).toEqual(["<sp1@x>", "<sp1@x>"]);
  });

  it("a user without a mapping logs with each contact's own salesperson, or none when the contact has none", async () => {
    const t = await store.tenant();
    const maria = await t.as("maria.ivanova@cronus.example");
    await mapAlex(t);
    const res = await store.log(maria, emailLog("<sp3@x>", { contacts: ["CT101", "CT102"] }));
    expect(res.statusCode).toBe(201);
    expect(salespeople(res.json().entries)).toEqual([
      ["CT101", "AR"],
      ["CT102", undefined],
    ]);
  });

  it("a document event carries the logging user's code", async () => {
    const t = await store.tenant();
    await mapAlex(t);
    const res = await api(t.user, "POST", "/document-events", {
      eventKind: "sales_quote",
      documentType: "sales_quote",
      documentNo: "SQ-SP",
      contactNo: "CT201",
      occurredAt: "2026-11-02T09:00:00.000Z",
    });
    expect(res.statusCode).toBe(201);
    expect(salespeople(res.json().entries)).toEqual([["CT201", "ZZ"]]);
  });

  it("a segment log carries the logging user's code unless the segment names its own salesperson", async () => {
    const t = await store.tenant();
    await mapAlex(t);
    await api(t.user, "POST", "/segments", { no: "SPS1", description: "Mine", contacts: ["CT101", "CT201"] });
    await api(t.user, "POST", "/segments", {
      no: "SPS2",
      description: "Jim's",
      salespersonCode: "JR",
      contacts: ["CT102"],
    });
    const mine = await api(t.user, "POST", "/segments/SPS1/log", {
      templateCode: "BUS",
      description: "Letter",
    });
    expect(mine.statusCode).toBe(201);
    expect(salespeople(mine.json().entries)).toEqual([
      ["CT101", "ZZ"],
      ["CT201", "ZZ"],
    ]);
    const his = await api(t.user, "POST", "/segments/SPS2/log", {
      templateCode: "BUS",
      description: "Letter",
    });
    expect(salespeople(his.json().entries)).toEqual([["CT102", "JR"]]);
  });

  it("resuming a draft gives its entries the resuming user's code, mapped after the draft was saved", async () => {
    const t = await store.tenant();
    const saved = await store.log(t.user, emailLog("<sp4@x>", { contacts: ["CT102"], postponed: true }));
    expect(salespeople(saved.json().entries)).toEqual([["CT102", undefined]]);
    await mapAlex(t);
    const resumed = await api(t.user, "POST", `/logged-items/${saved.json().loggedItem.id}/resume`, {});
    expect(resumed.statusCode).toBe(200);
    expect(salespeople(resumed.json().entries)).toEqual([["CT102", "ZZ"]]);
  });

  it("the mapping is the tenant's own: another tenant's user of the same id keeps the contact's code", async () => {
    const t = await store.tenant();
    const other = await store.tenant();
    await mapAlex(t);
    const res = await store.log(other.user, emailLog("<sp5@x>", { contacts: ["CT101"] }));
    expect(salespeople(res.json().entries)).toEqual([["CT101", "AR"]]);
  });
});
