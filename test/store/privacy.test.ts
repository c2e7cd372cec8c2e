import type { ContactStatistics, InteractionEntry } from "../../src/contracts";
import { dialects } from "./dialects";
import { emailLog, useStore, type Caller } from "./store-harness";

const document = (extra: Record<string, unknown> = {}) => ({
  eventKind: "sales_quote",
  documentType: "sales_quote",
  documentNo: "SQ1",
  contactNo: "CT201",
  occurredAt: "2026-10-05T08:30:00.000Z",
  ...extra,
});

describe.each(dialects())("the store enforces privacy on every write path on %s", (_name, dialect) => {
  const store = useStore(dialect);

  const get = async (who: Caller, url: string) => store.call(who, { method: "GET", url: `/api/v1${url}` });
  const history = async (who: Caller, no: string): Promise<InteractionEntry[]> =>
    (await get(who, `/contacts/${no}/interactions?canceled=include`)).json().items;
  it("POST /interactions naming a privacy-blocked contact is a 422 STORE_CONTACT_PRIVACY_BLOCKED and writes nothing", async () => {
    const t = await store.tenant();
    const res = await store.log(t.user, emailLog("<p1@x>", { contacts: ["CT101", "CT204"] }));
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toMatchObject({
      code: "STORE_CONTACT_PRIVACY_BLOCKED",
      details: { contacts: ["CT204"] },
    });
    expect(await history(t.user, "CT101")).toEqual([]);
    expect((await get(t.user, "/logged-items?source=%3Cp1%40x%3E")).json().logged).toBe(false);
  });

  it("POST /interactions naming a contact whose address is on the caller's never-log list is a 422 STORE_CONTACT_NEVER_LOG", async () => {
    const t = await store.tenant();
    const listed = await store.call(t.user, {
      method: "POST",
      url: "/api/v1/never-log",
      payload: { value: "john.smith@fabrikam.example", kind: "address", scope: "user" },
    });
    expect(listed.statusCode).toBe(201);
    const res = await store.log(t.user, emailLog("<p2@x>", { contacts: ["CT102"] }));
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toMatchObject({
      code: "STORE_CONTACT_NEVER_LOG",
      details: { contacts: ["CT102"] },
    });
    expect(await history(t.user, "CT102")).toEqual([]);
    // Another user's list is not this user's: the admin may still log John.
    expect((await store.log(t.admin, emailLog("<p2b@x>", { contacts: ["CT102"] }))).statusCode).toBe(201);
  });

  it("a tenant never-log domain refuses a contact of that domain named by number", async () => {
    const t = await store.tenant();
    const listed = await store.call(t.admin, {
      method: "POST",
      url: "/api/v1/never-log",
      payload: { value: "contoso.example", kind: "domain", scope: "tenant" },
    });
    expect(listed.statusCode).toBe(201);
    const res = await store.log(t.user, emailLog("<p3@x>", { contacts: ["CT201"] }));
    expect(res.json().error.code).toBe("STORE_CONTACT_NEVER_LOG");
  });

  it("a privacy-blocked participant is skipped, never logged, when the store matches the participants", async () => {
    const t = await store.tenant();
    const res = await store.log(
      t.user,
      emailLog("<p4@x>", {
        participants: [
          { email: "anna.petrova@fabrikam.example", role: "to" },
          { email: "private.person@contoso.example", role: "cc" },
        ],
      }),
    );
    expect(res.statusCode).toBe(201);
    expect(res.json().entries.map((e: InteractionEntry) => e.contactNo)).toEqual(["CT101"]);
    expect(res.json().skipped).toEqual([
      { address: "private.person@contoso.example", reason: "privacy_blocked" },
    ]);
  });

  it("POST /document-events refuses a privacy-blocked contact, and a never-log address the document went to", async () => {
    const t = await store.tenant();
    const blocked = await store.call(t.user, {
      method: "POST",
      url: "/api/v1/document-events",
      payload: document({ contactNo: "CT204" }),
    });
    expect(blocked.statusCode).toBe(422);
    expect(blocked.json().error.code).toBe("STORE_CONTACT_PRIVACY_BLOCKED");
    const neverLog = await store.call(t.user, {
      method: "POST",
      url: "/api/v1/document-events",
      payload: document({ email: "billing@news.newsletter.example" }),
    });
    expect(neverLog.statusCode).toBe(422);
    expect(neverLog.json().error.code).toBe("STORE_CONTACT_NEVER_LOG");
    expect(await history(t.user, "CT204")).toEqual([]);
    expect(await history(t.user, "CT201")).toEqual([]);
  });
});

describe.each(dialects())("document events on %s", (_name, dialect) => {
  const store = useStore(dialect);

  it("an entry takes the document's date from the request, not the time it was recorded", async () => {
    const t = await store.tenant();
    const res = await store.call(t.user, {
      method: "POST",
      url: "/api/v1/document-events",
      payload: document(),
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().entries[0].occurredAt).toBe("2026-10-05T08:30:00.000Z");
    expect(res.json().loggedItem.occurredAt).toBe("2026-10-05T08:30:00.000Z");
  });

  it.each([
    ["without the document's date", { occurredAt: undefined }],
    ["for an event that is not a document", { eventKind: "email" }],
  ])("a document event %s is a 400 STORE_VALIDATION", async (_what, change) => {
    const t = await store.tenant();
    const res = await store.call(t.user, {
      method: "POST",
      url: "/api/v1/document-events",
      payload: JSON.parse(JSON.stringify(document(change))) as object,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe("STORE_VALIDATION");
  });

  it.each([
    ["a source of kind document", { kind: "document", key: "anything" }],
    ["a source of kind segment", { kind: "segment", key: "anything" }],
    ["an email keyed in the document namespace", { kind: "email", key: "document:sales_quote:SQ1" }],
  ])("POST /interactions with %s is a 422 STORE_SOURCE_KEY_RESERVED", async (_what, source) => {
    const t = await store.tenant();
    const res = await store.log(t.user, {
      source: { ...source, subject: "x", occurredAt: "2026-11-20T10:00:00.000Z" },
      contacts: ["CT201"],
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe("STORE_SOURCE_KEY_RESERVED");
  });

  it("a document's key never meets an email's: the document is logged after an email with its number as key", async () => {
    const t = await store.tenant();
    expect((await store.log(t.user, emailLog("sales_quote:SQ1", { contacts: ["CT201"] }))).statusCode).toBe(
      201,
    );
    const res = await store.call(t.user, {
      method: "POST",
      url: "/api/v1/document-events",
      payload: document(),
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().alreadyLogged).toEqual([]);
    expect(res.json().entries[0].sourceKey).toBe("document:sales_quote:SQ1");
  });
});

describe.each(dialects())("a contact's data export and erasure on %s", (_name, dialect) => {
  const store = useStore(dialect);

  const get = async (who: Caller, url: string) => store.call(who, { method: "GET", url: `/api/v1${url}` });

  async function loggedAnna(t: Awaited<ReturnType<typeof store.tenant>>) {
    const a = (
      await store.log(t.user, emailLog("<e1@x>", { contacts: ["CT101", "CT102"], costLcy: 12 }))
    ).json();
    const b = (await store.log(t.user, emailLog("<e2@x>", { contacts: ["CT101"], durationMin: 40 }))).json();
    await store.call(t.user, { method: "POST", url: `/api/v1/interactions/${b.entries[0].entryNo}/cancel` });
    return { shared: a, own: b };
  }

  it("exports every entry of the contact, drafts and canceled ones too, as JSON with the contact", async () => {
    const t = await store.tenant();
    await loggedAnna(t);
    const draft = await store.log(t.user, emailLog("<e3@x>", { contacts: ["CT101"], postponed: true }));
    expect(draft.statusCode).toBe(201);
    const res = await get(t.admin, "/contacts/CT101/export?format=json");
    expect(res.statusCode).toBe(200);
    const body = res.json() as {
      contact: { no: string; email: string };
      entries: Array<Record<string, unknown>>;
    };
    expect(body.contact).toMatchObject({ no: "CT101", email: "anna.petrova@fabrikam.example" });
    expect(body.entries.map((e) => [e["Contact No."], e.Canceled, e.Postponed])).toEqual([
      ["CT101", false, false],
      ["CT101", true, false],
      ["CT101", false, true],
    ]);
  });

  it("exports the contact's entries as CSV with Business Central's captions, and only for admins", async () => {
    const t = await store.tenant();
    await loggedAnna(t);
    const csv = await get(t.admin, "/contacts/CT101/export?format=csv");
    expect(csv.headers["content-type"]).toContain("text/csv");
    const lines = csv.body
      .replace(/^\uFEFF/, "")
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toMatch(/^Entry No\.,Contact No\.,/);
    expect(lines).toHaveLength(3);
    expect(lines.slice(1).every((line) => line.split(",")[1] === "CT101")).toBe(true);
    const denied = await get(t.user, "/contacts/CT101/export");
    expect(denied.statusCode).toBe(403);
    expect(denied.json().error.code).toBe("STORE_ADMIN_ONLY");
  });

  it("erasing removes the contact's personal data and anonymises its entries; counts and costs stay", async () => {
    const t = await store.tenant();
    const { shared } = await loggedAnna(t);
    const before = (await get(t.user, "/contacts/CT101/statistics")).json() as ContactStatistics;
    const company = (await get(t.user, "/contacts/CT100/statistics")).json() as ContactStatistics;
    const res = await store.call(t.admin, { method: "POST", url: "/api/v1/contacts/CT101/erase" });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      contactNo: "CT101",
      entriesAnonymised: 2,
      loggedItemsAnonymised: 1,
      commentLinesRemoved: 0,
      followUpsAnonymised: 0,
    });
    const contact = (await get(t.user, "/contacts/CT101")).json();
    expect(contact).toMatchObject({
      no: "CT101",
      name: "Erased contact",
      alternateEmails: [],
      privacyBlocked: true,
    });
    expect(contact.email).toBeUndefined();
    const match = await store.call(t.user, {
      method: "POST",
      url: "/api/v1/contacts/match",
      payload: { addresses: ["anna.petrova@fabrikam.example"] },
    });
    // The address is gone: it matches only Anna's company by its domain now.
    expect(match.json().results[0]).toMatchObject({ kind: "domain", contacts: [{ no: "CT100" }] });
    const entries = (await get(t.user, "/contacts/CT101/interactions?canceled=include")).json().items;
    expect(entries.map((e: InteractionEntry) => [e.subject, e.description])).toEqual([
      ["", ""],
      ["", ""],
    ]);
    expect((await get(t.user, "/contacts/CT101/statistics")).json()).toEqual(before);
    expect((await get(t.user, "/contacts/CT100/statistics")).json()).toEqual(company);
    // John shared the first email: his entry and the logged item keep their subject.
    const john = (await get(t.user, "/contacts/CT102/interactions")).json().items;
    expect(john[0].subject).toBe("Quarterly review");
    expect(shared.loggedItem.subject).toBe("Quarterly review");
    const audit = (await get(t.admin, "/audit?action=contact.erase")).json();
    expect(audit.items).toHaveLength(1);
    expect(audit.items[0]).toMatchObject({ action: "contact.erase", entityId: "CT101" });
    expect(JSON.stringify(audit.items[0])).not.toContain("anna.petrova");
    const again = await store.log(t.user, emailLog("<e9@x>", { contacts: ["CT101"] }));
    expect(again.json().error.code).toBe("STORE_CONTACT_PRIVACY_BLOCKED");
  });

  it("erasing is refused while the contact has open drafts, and changes nothing", async () => {
    const t = await store.tenant();
    await store.log(t.user, emailLog("<d1@x>", { contacts: ["CT102"], postponed: true }));
    const res = await store.call(t.admin, { method: "POST", url: "/api/v1/contacts/CT102/erase" });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe("STORE_CONTACT_HAS_DRAFTS");
    expect((await get(t.user, "/contacts/CT102")).json().name).toBe("John Smith");
  });

  it("only administrators erase", async () => {
    const t = await store.tenant();
    const res = await store.call(t.user, { method: "POST", url: "/api/v1/contacts/CT102/erase" });
    expect(res.statusCode).toBe(403);
    expect((await get(t.user, "/contacts/CT102")).json().name).toBe("John Smith");
  });
});
