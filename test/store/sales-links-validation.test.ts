import { randomUUID } from "node:crypto";
import type { EntryList, InteractionEntry, OpportunityList } from "../../src/contracts";
import { dialects } from "./dialects";
import { emailLog, useStore, type Caller } from "./store-harness";
import { tenantRows } from "./tenant-rows";

const OPPORTUNITIES = [
  { no: "OP001", description: "Anna's fleet", contactNo: "CT101", status: "in_progress", salesCycleStage: 2 },
  { no: "OP002", description: "Fabrikam plan", contactNo: "CT100", status: "not_started" },
  { no: "OP003", description: "Contoso pilot", contactNo: "CT201", status: "in_progress" },
];
const CAMPAIGNS = [{ no: "CP1001", description: "Spring fair" }];

describe.each(dialects())("opportunity and campaign links on every write on %s", (_name, dialect) => {
  const store = useStore(dialect);
  const post = (who: Caller, url: string, payload: object) =>
    store.call(who, {
      method: "POST",
      url: `/api/v1${url}`,
      payload,
      headers: { "idempotency-key": randomUUID() },
    });
  const get = async (who: Caller, url: string) =>
    (await store.call(who, { method: "GET", url: `/api/v1${url}` })).json();
  const tenant = async () => {
    const t = await store.tenant();
    expect((await post(t.admin, "/opportunities/import", { opportunities: OPPORTUNITIES })).statusCode).toBe(
      200,
    );
    expect((await post(t.admin, "/campaigns/import", { campaigns: CAMPAIGNS })).statusCode).toBe(200);
    return t;
  };
  /** The call is refused with the code, and the tenant's rows are exactly as before it. */
  const expectRefused = async (
    t: { tenant: string },
    call: () => ReturnType<typeof post>,
    code: string,
  ): Promise<void> => {
    const before = await tenantRows(store.dialect, t.tenant);
    const res = await call();
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe(code);
    expect(await tenantRows(store.dialect, t.tenant)).toEqual(before);
  };

  it("POST /interactions refuses an unknown opportunity or campaign number and writes nothing", async () => {
    const t = await tenant();
    const log = (extra: object) => store.log(t.user, emailLog("<v1@x>", { contacts: ["CT101"], ...extra }));
    await expectRefused(t, () => log({ opportunityNo: "NOSUCHOPP" }), "STORE_UNKNOWN_OPPORTUNITY");
    await expectRefused(t, () => log({ campaignNo: "NOSUCHCAMPAIGN" }), "STORE_UNKNOWN_CAMPAIGN");
  });

  it("POST /interactions refuses another company's opportunity and writes nothing", async () => {
    const t = await tenant();
    await expectRefused(
      t,
      () => store.log(t.user, emailLog("<v2@x>", { contacts: ["CT101"], opportunityNo: "OP003" })),
      "STORE_OPPORTUNITY_NOT_OF_CONTACTS",
    );
  });

  it("accepts an opportunity of one of the entry's contacts, or of their company, and stores the campaign flags", async () => {
    const t = await tenant();
    const own = await store.log(
      t.user,
      emailLog("<v3@x>", {
        contacts: ["CT101", "CT201"],
        opportunityNo: "OP003",
        campaignNo: "CP1001",
        campaignTarget: true,
        campaignResponse: true,
      }),
    );
    expect(own.statusCode).toBe(201);
    expect(own.json().entries.map((e: InteractionEntry) => [e.contactNo, e.opportunityNo])).toEqual([
      ["CT101", "OP003"],
      ["CT201", "OP003"],
    ]);
    const byCompany = await store.log(
      t.user,
      emailLog("<v4@x>", { contacts: ["CT102"], opportunityNo: "OP002" }),
    );
    expect(byCompany.statusCode).toBe(201);
    expect(byCompany.json().entries[0]).toMatchObject({ campaignTarget: false, campaignResponse: false });
    const listed = (await get(t.user, "/interactions?campaign=CP1001")) as EntryList;
    expect(listed.entries.map((e) => [e.contactNo, e.campaignTarget, e.campaignResponse])).toEqual([
      ["CT201", true, true],
      ["CT101", true, true],
    ]);
    const byOpportunity = (await get(t.user, "/interactions?opportunity=OP002")) as EntryList;
    expect(byOpportunity.entries.map((e) => e.contactNo)).toEqual(["CT102"]);
    expect(((await get(t.user, "/interactions?opportunity=OP001")) as EntryList).entries).toEqual([]);
  });

  it("POST /document-events refuses an unknown campaign and another contact's opportunity, and links a valid one", async () => {
    const t = await tenant();
    const event = (extra: object) =>
      post(t.user, "/document-events", {
        eventKind: "sales_quote",
        documentType: "Sales Quote",
        documentNo: "SQ1001",
        contactNo: "CT201",
        occurredAt: "2026-11-02T09:00:00.000Z",
        ...extra,
      });
    await expectRefused(t, () => event({ campaignNo: "NOSUCHCAMPAIGN" }), "STORE_UNKNOWN_CAMPAIGN");
    await expectRefused(t, () => event({ opportunityNo: "OP001" }), "STORE_OPPORTUNITY_NOT_OF_CONTACTS");
    const linked = await event({ opportunityNo: "OP003", campaignNo: "CP1001", campaignResponse: true });
    expect(linked.statusCode).toBe(201);
    expect(linked.json().entries[0]).toMatchObject({ opportunityNo: "OP003", campaignResponse: true });
  });

  it("a segment log refuses an unknown campaign and writes nothing; a known one goes on every line", async () => {
    const t = await tenant();
    const made = await post(t.user, "/segments", {
      no: "SM001",
      description: "Fair",
      contacts: ["CT101", "CT201"],
    });
    expect(made.statusCode).toBe(201);
    const log = (campaignNo: string) =>
      post(t.user, "/segments/SM001/log", {
        templateCode: "BUS",
        description: "Invitation",
        campaignNo,
        campaignTarget: true,
      });
    await expectRefused(t, () => log("NOSUCHCAMPAIGN"), "STORE_UNKNOWN_CAMPAIGN");
    const logged = await log("CP1001");
    expect(logged.json().entries.map((e: InteractionEntry) => [e.campaignNo, e.campaignTarget])).toEqual([
      ["CP1001", true],
      ["CP1001", true],
    ]);
  });

  it("resuming a draft refuses another contact's opportunity and writes nothing; its own is set on every entry", async () => {
    const t = await tenant();
    const draft = await store.log(t.user, emailLog("<v5@x>", { contacts: ["CT101"], postponed: true }));
    const id = draft.json().loggedItem.id as string;
    const resume = (payload: object) => post(t.user, `/logged-items/${id}/resume`, payload);
    await expectRefused(t, () => resume({ opportunityNo: "OP003" }), "STORE_OPPORTUNITY_NOT_OF_CONTACTS");
    await expectRefused(t, () => resume({ opportunityNo: "NOSUCHOPP" }), "STORE_UNKNOWN_OPPORTUNITY");
    const resumed = await resume({ opportunityNo: "OP001", campaignNo: "CP1001", campaignTarget: true });
    expect(resumed.statusCode).toBe(200);
    expect(resumed.json().entries[0]).toMatchObject({
      opportunityNo: "OP001",
      campaignNo: "CP1001",
      campaignTarget: true,
      postponed: false,
    });
  });

  it("answers when an item's conversation was last logged to each opportunity, and when each was last active", async () => {
    const t = await tenant();
    const conversationLog = (
      key: string,
      occurredAt: string,
      opportunityNo: string,
      conversationId: string,
    ) =>
      store.log(t.user, {
        source: { kind: "email", key, subject: "Fleet", occurredAt, conversationId },
        contacts: ["CT101"],
        opportunityNo,
      });
    expect((await conversationLog("<c1@x>", "2026-11-01T10:00:00.000Z", "OP001", "conv-A")).statusCode).toBe(
      201,
    );
    expect((await conversationLog("<c2@x>", "2026-11-05T10:00:00.000Z", "OP002", "conv-B")).statusCode).toBe(
      201,
    );
    const list = (await get(
      t.user,
      "/opportunities?contact=CT101&open=true&conversation=conv-A",
    )) as OpportunityList;
    expect(list.items.map((o) => [o.no, o.lastInteractionAt, o.conversationLoggedAt])).toEqual([
      ["OP002", "2026-11-05T10:00:00.000Z", undefined],
      ["OP001", "2026-11-01T10:00:00.000Z", "2026-11-01T10:00:00.000Z"],
    ]);
  });
});
