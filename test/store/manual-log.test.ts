import { dialects } from "./dialects";
import { useStore } from "./store-harness";
import { tenantRows } from "./tenant-rows";

/** A call to John Smith as the pane's New interaction sends it. */
const call = (extra: Record<string, unknown> = {}, source: Record<string, unknown> = {}) => ({
  source: {
    kind: "manual",
    key: "manual:6f1c1b9e-5d7a-4a59-9b0e-0b8e0b7f0c11",
    subject: "Called about the renewal",
    occurredAt: "2026-11-24T09:15:00.000+01:00",
    ...source,
  },
  templateCode: "OUTGOING",
  contacts: ["CT102"],
  ...extra,
});

describe.each(dialects())("a manual interaction (New interaction) on %s", (_name, dialect) => {
  const store = useStore(dialect);

  it("writes one entry with the date, the description and every field the form sets, over the template's defaults", async () => {
    const t = await store.tenant();
    const res = await store.log(
      t.user,
      call({
        description: "Renewal: wants a quote",
        informationFlow: "inbound",
        initiatedBy: "them",
        correspondenceType: "hard_copy",
        costLcy: 3.5,
        durationMin: 25,
        evaluation: "positive",
        attemptFailed: true,
      }),
    );
    expect(res.statusCode).toBe(201);
    expect(res.json().entries).toEqual([
      expect.objectContaining({
        contactNo: "CT102",
        templateCode: "OUTGOING",
        groupCode: "PHONE",
        sourceKind: "manual",
        description: "Renewal: wants a quote",
        occurredAt: "2026-11-24T08:15:00.000Z",
        informationFlow: "inbound",
        initiatedBy: "them",
        correspondenceType: "hard_copy",
        costLcy: 3.5,
        durationMin: 25,
        evaluation: "positive",
        attemptFailed: true,
        emailLogged: false,
      }),
    ]);
  });

  it("logged from a company's card, the entry is the company's own and counts in its statistics", async () => {
    const t = await store.tenant();
    const res = await store.log(t.user, call({ contacts: ["CT200"], templateCode: "BUS" }));
    expect(res.json().entries).toEqual([
      expect.objectContaining({ contactNo: "CT200", contactCompanyNo: "CT200", templateCode: "BUS" }),
    ]);
    const stats = await store.call(t.user, { method: "GET", url: "/api/v1/contacts/CT200/statistics" });
    expect(stats.json()).toMatchObject({ scope: "company", count: 1 });
  });

  it("takes the template's flow, initiator, cost and duration when the form leaves them", async () => {
    const t = await store.tenant();
    const res = await store.log(t.user, call({ templateCode: "INCOME" }));
    expect(res.json().entries[0]).toMatchObject({
      informationFlow: "inbound",
      initiatedBy: "them",
      costLcy: 0,
      durationMin: 15,
      evaluation: "none",
      attemptFailed: false,
      description: "Called about the renewal",
    });
  });

  it.each([
    [
      "participants instead of contacts",
      422,
      "STORE_MANUAL_CONTACTS_ONLY",
      call({ contacts: undefined, participants: [{ email: "john.smith@fabrikam.example", role: "to" }] }),
    ],
    [
      "participants beside contacts",
      422,
      "STORE_MANUAL_CONTACTS_ONLY",
      call({ participants: [{ email: "lisa.chen@contoso.example", role: "to" }] }),
    ],
    ["no contact at all", 422, "STORE_MANUAL_CONTACTS_ONLY", call({ contacts: undefined })],
    ["an unknown contact", 422, "STORE_CONTACT_NOT_FOUND", call({ contacts: ["CT999"] })],
    ["a privacy-blocked contact", 422, "STORE_CONTACT_PRIVACY_BLOCKED", call({ contacts: ["CT204"] })],
    ["an unknown template", 422, "STORE_UNKNOWN_TEMPLATE", call({ templateCode: "NOPE" })],
    ["a blocked template", 422, "STORE_TEMPLATE_BLOCKED", call({ templateCode: "OLD" })],
    ["no template", 422, "STORE_NO_TEMPLATE_FOR_EVENT", call({ templateCode: undefined })],
    ["a date that is not a date", 400, "STORE_VALIDATION", call({}, { occurredAt: "yesterday" })],
    ["a negative cost", 400, "STORE_VALIDATION", call({ costLcy: -1 })],
    ["a cost that is not a number", 400, "STORE_VALIDATION", call({ costLcy: "five" })],
    ["a duration over a year", 400, "STORE_VALIDATION", call({ durationMin: 525601 })],
    ["an unknown evaluation", 400, "STORE_VALIDATION", call({ evaluation: "great" })],
    ["an unknown information flow", 400, "STORE_VALIDATION", call({ informationFlow: "sideways" })],
    ["an unknown initiator", 400, "STORE_VALIDATION", call({ initiatedBy: "nobody" })],
    ["an unknown correspondence type", 400, "STORE_VALIDATION", call({ correspondenceType: "fax" })],
    ["attempt failed that is not a flag", 400, "STORE_VALIDATION", call({ attemptFailed: "yes" })],
    ["a description over 100 characters", 400, "STORE_VALIDATION", call({ description: "x".repeat(101) })],
    ["an unknown field", 400, "STORE_VALIDATION", call({ priority: "high" })],
  ])("%s is refused with %i %s and writes nothing", async (_what, status, code, body) => {
    const t = await store.tenant();
    const before = await tenantRows(store.dialect, t.tenant);
    const res = await store.log(t.user, JSON.parse(JSON.stringify(body)));
    expect([res.statusCode, res.json().error.code]).toEqual([status, code]);
    expect(await tenantRows(store.dialect, t.tenant)).toEqual(before);
  });

  it("a repeat under the same key answers the first entry and writes nothing more", async () => {
    const t = await store.tenant();
    const first = await store.log(t.user, call(), "manual-key-1");
    const after = await tenantRows(store.dialect, t.tenant);
    const again = await store.log(t.user, call(), "manual-key-1");
    expect(again.statusCode).toBe(first.statusCode);
    expect(again.body).toBe(first.body);
    expect(await tenantRows(store.dialect, t.tenant)).toEqual(after);
  });
});
