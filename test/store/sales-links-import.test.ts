import { randomUUID } from "node:crypto";
import type { CampaignList, OpportunityList, SalesLinkImportResponse } from "../../src/contracts";
import { dialects } from "./dialects";
import { useStore, type Caller } from "./store-harness";
import { tenantRows } from "./tenant-rows";

const OPPORTUNITIES_CSV = [
  "No.,Description,Contact No.,Contact Company No.,Salesperson Code,Status,Sales Cycle Stage,Sales Cycle Stage Description",
  "OP001,Fabrikam fleet renewal,CT101,,AR,In Progress,2,Qualification",
  "OP002,Fabrikam service plan,CT100,,,Not Started,,",
  "OP003,Contoso pilot,CT201,CT200,AR,Won,5,Closing",
  "OP004,Рога и копыта — поставка,CT301,,,Lost,3,Proposal",
].join("\r\n");

const CAMPAIGNS_JSON = {
  campaigns: [
    { no: "CP1001", description: "Spring fair", startingDate: "2026-11-01", endingDate: "2026-12-31" },
    { no: "CP1002", description: "Summer webinar", startingDate: "2026-06-01", endingDate: "2026-06-30" },
    { no: "CP1003", description: "Always on", status: "ACTIVE" },
  ],
};

describe.each(dialects())("opportunities and campaigns on %s", (name, dialect) => {
  const store = useStore(dialect);
  const api = (who: Caller, method: "GET" | "POST", url: string, payload?: string | object, type?: string) =>
    store.call(who, {
      method,
      url: `/api/v1${url}`,
      ...(payload === undefined ? {} : { payload }),
      headers: {
        ...(type === undefined ? {} : { "content-type": type }),
        ...(method === "POST" ? { "idempotency-key": randomUUID() } : {}),
      },
    });

  it("imports opportunities from a CSV with Business Central's captions, and a re-import changes nothing and says so", async () => {
    const t = await store.tenant();
    const first = await api(t.admin, "POST", "/opportunities/import", OPPORTUNITIES_CSV, "text/csv");
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ format: "csv", imported: 4, updated: 0, unchanged: 0, changed: true });
    const before = await tenantRows(store.dialect, t.tenant);
    const again = await api(t.admin, "POST", "/opportunities/import", OPPORTUNITIES_CSV, "text/csv");
    expect(again.json()).toEqual({ format: "csv", imported: 0, updated: 0, unchanged: 4, changed: false });
    const after = await tenantRows(store.dialect, t.tenant);
    expect({ ...after, idempotency_keys: null }).toEqual({ ...before, idempotency_keys: null });
    const one = await api(t.user, "GET", "/opportunities/OP001");
    expect(one.json()).toEqual({
      no: "OP001",
      description: "Fabrikam fleet renewal",
      contactNo: "CT101",
      contactCompanyNo: "CT100",
      salespersonCode: "AR",
      status: "in_progress",
      salesCycleStage: 2,
      salesCycleStageDescription: "Qualification",
    });
  });

  it("imports campaigns as JSON idempotently and updates only the row that changed", async () => {
    const t = await store.tenant();
    const first = await api(t.admin, "POST", "/campaigns/import", CAMPAIGNS_JSON);
    expect(first.json()).toEqual({ format: "json", imported: 3, updated: 0, unchanged: 0, changed: true });
    const before = await tenantRows(store.dialect, t.tenant);
    const again = await api(t.admin, "POST", "/campaigns/import", CAMPAIGNS_JSON);
    expect(again.json()).toMatchObject({ imported: 0, updated: 0, unchanged: 3, changed: false });
    const after = await tenantRows(store.dialect, t.tenant);
    expect(after.campaigns).toEqual(before.campaigns);
    expect(after.audit_log).toEqual(before.audit_log);
    const edited = structuredClone(CAMPAIGNS_JSON);
    (edited.campaigns[2] as { description: string }).description = "Always on (EU)";
    const third = await api(t.admin, "POST", "/campaigns/import", edited);
    expect(third.json()).toMatchObject({ imported: 0, updated: 1, unchanged: 2, changed: true });
  });

  it("refuses a file with an unknown contact, a repeated number or an unknown status, naming each row, and writes nothing", async () => {
    const t = await store.tenant();
    const before = await tenantRows(store.dialect, t.tenant);
    const csv = [
      "No.,Description,Contact No.,Status",
      "OP010,Fine,CT101,Won",
      "OP011,Nobody,CT999,Won",
      "OP010,Repeat,CT101,Won",
    ].join("\n");
    const refused = await api(t.admin, "POST", "/opportunities/import", csv, "text/csv");
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.code).toBe("STORE_IMPORT_INVALID");
    expect(refused.json().error.details.rejected).toEqual([
      { row: 2, reason: "Contact CT999 does not exist." },
      { row: 3, reason: "No. OP010 repeats row 1." },
    ]);
    const badStatus = await api(
      t.admin,
      "POST",
      "/opportunities/import",
      "No.,Description,Contact No.,Status\nOP012,Odd,CT101,Maybe",
      "text/csv",
    );
    expect(badStatus.statusCode).toBe(422);
    expect(badStatus.json().error.details.rejected[0].row).toBe(1);
    const unknownColumn = await api(t.admin, "POST", "/campaigns/import", "No.,Budget\nCP1,10", "text/csv");
    expect(unknownColumn.statusCode).toBe(422);
    const after = await tenantRows(store.dialect, t.tenant);
    expect({ ...after, idempotency_keys: null }).toEqual({ ...before, idempotency_keys: null });
  });

  it("lets only an administrator import", async () => {
    const t = await store.tenant();
    const res = await api(t.user, "POST", "/campaigns/import", CAMPAIGNS_JSON);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe("STORE_ADMIN_ONLY");
  });

  it("lists a contact's open opportunities with its company's, and campaigns current on a day", async () => {
    const t = await store.tenant();
    await api(t.admin, "POST", "/opportunities/import", OPPORTUNITIES_CSV, "text/csv");
    await api(t.admin, "POST", "/campaigns/import", CAMPAIGNS_JSON);
    const open = await api(t.user, "GET", "/opportunities?contact=CT102&open=true");
    expect((open.json() as OpportunityList).items.map((o) => o.no).sort()).toEqual(["OP001", "OP002"]);
    const two = await api(t.user, "GET", "/opportunities?contact=CT102&contact=CT201");
    expect((two.json() as OpportunityList).items.map((o) => o.no).sort()).toEqual([
      "OP001",
      "OP002",
      "OP003",
    ]);
    const won = await api(t.user, "GET", "/opportunities?status=won");
    expect((won.json() as OpportunityList).items.map((o) => o.no)).toEqual(["OP003"]);
    const unknown = await api(t.user, "GET", "/opportunities?contact=CT999");
    expect(unknown.statusCode).toBe(404);
    const current = await api(t.user, "GET", "/campaigns?current=true&on=2026-12-01");
    expect((current.json() as CampaignList).items.map((c) => c.no)).toEqual(["CP1001", "CP1003"]);
    const all = await api(t.user, "GET", "/campaigns");
    expect((all.json() as CampaignList).items).toHaveLength(3);
    expect((await api(t.user, "GET", "/campaigns/CP9")).statusCode).toBe(404);
  });

  it(`keeps each tenant's opportunities to itself (${name})`, async () => {
    const a = await store.tenant();
    const b = await store.tenant();
    const res = (await api(a.admin, "POST", "/opportunities/import", OPPORTUNITIES_CSV, "text/csv")).json();
    expect((res as SalesLinkImportResponse).imported).toBe(4);
    expect((await api(b.user, "GET", "/opportunities")).json()).toEqual({ items: [] });
    expect((await api(b.user, "GET", "/opportunities/OP001")).statusCode).toBe(404);
  });
});
