import { randomUUID } from "node:crypto";
import { dialects } from "./dialects";
import { emailLog, useStore } from "./store-harness";

describe.each(dialects())("POST /interactions on %s", (_name, dialect) => {
  const store = useStore(dialect);

  it("writes one logged item and one entry per contact with the template's defaults", async () => {
    const t = await store.tenant();
    const res = await store.log(t.user, emailLog("<m1@x>", { contacts: ["CT101", "CT201"] }));
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.loggedItem).toMatchObject({
      sourceKind: "email",
      sourceKey: "<m1@x>",
      createdBy: "alex.rivera@cronus.example",
    });
    expect(body.entries).toHaveLength(2);
    expect(body.entries[0]).toMatchObject({
      contactNo: "CT101",
      contactCompanyNo: "CT100",
      templateCode: "EMAIL",
      groupCode: "SYSTEM",
      description: "Quarterly review",
      subject: "Quarterly review",
      occurredAt: "2026-11-20T10:00:00.000Z",
      informationFlow: "outbound",
      initiatedBy: "us",
      costLcy: 8,
      durationMin: 1,
      correspondenceType: "email",
      salespersonCode: "AR",
      emailLogged: true,
      canceled: false,
      loggedItemId: body.loggedItem.id,
    });
    expect(body.entries[1].entryNo).toBeGreaterThan(body.entries[0].entryNo);
    expect(body.alreadyLogged).toEqual([]);
  });

  it("takes explicit values over template defaults and cuts the description to 100 characters", async () => {
    const t = await store.tenant();
    const long = "x".repeat(150);
    const res = await store.log(t.user, {
      source: { kind: "manual", key: "call-1", subject: long, occurredAt: "2026-11-20T12:30:00+03:00" },
      templateCode: "OUTGOING",
      contacts: ["CT102"],
      costLcy: 2.75,
      durationMin: 12.5,
      informationFlow: "inbound",
      initiatedBy: "them",
      evaluation: "positive",
      attemptFailed: true,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().entries[0]).toMatchObject({
      description: "x".repeat(100),
      occurredAt: "2026-11-20T09:30:00.000Z",
      costLcy: 2.75,
      durationMin: 12.5,
      informationFlow: "inbound",
      initiatedBy: "them",
      evaluation: "positive",
      attemptFailed: true,
      emailLogged: false,
    });
  });

  it("a meeting without a template uses template setup and its start and end for the duration", async () => {
    const t = await store.tenant();
    const res = await store.log(t.user, {
      source: {
        kind: "meeting",
        key: "uid-1",
        subject: "Demo",
        occurredAt: "2026-11-20T10:00:00Z",
        endAt: "2026-11-20T11:30:00Z",
      },
      contacts: ["CT201"],
    });
    expect(res.json().entries[0]).toMatchObject({ templateCode: "MEETINV", durationMin: 90 });
  });

  it("matches participants itself: exact and alternate only, reporting unmatched and excluded", async () => {
    const t = await store.tenant();
    const res = await store.log(
      t.user,
      emailLog("<m2@x>", {
        participants: [
          { email: "alex.rivera@cronus.example", role: "from" },
          { email: "Anna.Petrova@fabrikam.example", role: "to" },
          { email: "ivan.sidorov@gmail.com", role: "cc" },
          { email: "sales@contoso.example", role: "to" },
          { email: "someone@adatum.example", role: "to" },
          { email: "new.person@northwind.example", role: "to" },
          { email: "private.person@contoso.example", role: "to" },
          { email: "x@newsletter.example", role: "to" },
        ],
      }),
    );
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.entries.map((e: { contactNo: string }) => e.contactNo).sort()).toEqual(["CT101", "CT301"]);
    expect(body.unmatched).toEqual([
      "sales@contoso.example",
      "someone@adatum.example",
      "new.person@northwind.example",
    ]);
    expect(body.excluded).toEqual(["private.person@contoso.example", "x@newsletter.example"]);
    expect(body.skipped).toEqual([
      { address: "sales@contoso.example", reason: "ambiguous" },
      { address: "someone@adatum.example", reason: "domain" },
      { address: "new.person@northwind.example", reason: "none" },
      { address: "private.person@contoso.example", reason: "privacy_blocked" },
      { address: "x@newsletter.example", reason: "never_log" },
    ]);
  });

  it("names the template it logged with, by code and description", async () => {
    const t = await store.tenant();
    const res = await store.log(t.user, emailLog("<named-template@x>", { contacts: ["CT101"] }));
    expect(res.json().template).toEqual({ code: "EMAIL", description: "Emails" });
  });

  it("says which contact numbers it could not find, and why each participant matched nobody", async () => {
    const t = await store.tenant();
    const missing = await store.log(t.user, emailLog("<why-1@x>", { contacts: ["CT101", "CT998", "CT999"] }));
    expect(missing.json().error).toMatchObject({
      code: "STORE_CONTACT_NOT_FOUND",
      details: { missing: ["CT998", "CT999"] },
    });
    const nobody = await store.log(
      t.user,
      emailLog("<why-2@x>", {
        participants: [
          { email: "sales@contoso.example", role: "to" },
          { email: "not an address", role: "cc" },
        ],
      }),
    );
    expect(nobody.json().error).toMatchObject({
      code: "STORE_NO_CONTACTS",
      details: {
        skipped: [
          { address: "sales@contoso.example", reason: "ambiguous" },
          { address: "not an address", reason: "invalid" },
        ],
      },
    });
  });

  it("the same key and body replays the first answer without writing again", async () => {
    const t = await store.tenant();
    const key = randomUUID();
    const first = await store.log(t.user, emailLog("<m3@x>", { contacts: ["CT101"] }), key);
    const again = await store.log(t.user, emailLog("<m3@x>", { contacts: ["CT101"] }), key);
    expect(again.statusCode).toBe(first.statusCode);
    expect(again.json()).toEqual(first.json());
    expect(again.headers["idempotent-replayed"]).toBe("true");
    const status = await store.call(t.user, {
      method: "GET",
      url: `/api/v1/logged-items?source=${encodeURIComponent("<m3@x>")}`,
    });
    expect(status.json().loggedItems).toHaveLength(1);
  });

  it("the same key with another body is a 409 and writes nothing", async () => {
    const t = await store.tenant();
    const key = randomUUID();
    await store.log(t.user, emailLog("<m4@x>", { contacts: ["CT101"] }), key);
    const other = await store.log(t.user, emailLog("<m4@x>", { contacts: ["CT102"] }), key);
    expect(other.statusCode).toBe(409);
    expect(other.json().error.code).toBe("STORE_IDEMPOTENCY_MISMATCH");
    const status = await store.call(t.user, {
      method: "GET",
      url: `/api/v1/logged-items?source=${encodeURIComponent("<m4@x>")}`,
    });
    expect(status.json().loggedItems[0].entries.map((e: { contactNo: string }) => e.contactNo)).toEqual([
      "CT101",
    ]);
  });

  it("a second user logging the same message gets no second entry, and learns who logged it", async () => {
    const t = await store.tenant();
    await store.log(t.user, emailLog("<m5@x>", { contacts: ["CT101"] }));
    const maria = await t.as("maria.ivanova@cronus.example");
    const res = await store.log(maria, emailLog("<m5@x>", { contacts: ["CT101", "CT102"] }));
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.entries.map((e: { contactNo: string }) => e.contactNo)).toEqual(["CT102"]);
    expect(body.alreadyLogged).toEqual([
      expect.objectContaining({ contactNo: "CT101", loggedBy: "alex.rivera@cronus.example" }),
    ]);

    const onlyDupes = await store.log(maria, emailLog("<m5@x>", { contacts: ["CT101"] }));
    expect(onlyDupes.statusCode).toBe(200);
    expect(onlyDupes.json().entries).toEqual([]);
    expect(onlyDupes.json().loggedItem).toBeUndefined();
  });

  it("after a cancel the same source may be logged again for that contact", async () => {
    const t = await store.tenant();
    const first = (await store.log(t.user, emailLog("<m6@x>", { contacts: ["CT101"] }))).json();
    const cancel = await store.call(t.user, {
      method: "POST",
      url: `/api/v1/interactions/${first.entries[0].entryNo}/cancel`,
    });
    expect(cancel.statusCode).toBe(200);
    const second = await store.log(t.user, emailLog("<m6@x>", { contacts: ["CT101"] }));
    expect(second.json().entries).toHaveLength(1);
  });

  it.each([
    [{ contacts: ["CT999"] }, 422, "STORE_CONTACT_NOT_FOUND"],
    [{ participants: [{ email: "new.person@northwind.example", role: "to" }] }, 422, "STORE_NO_CONTACTS"],
    [{ participants: [{ email: "sales@contoso.example", role: "to" }] }, 422, "STORE_NO_CONTACTS"],
    [{ contacts: ["CT101"], templateCode: "NOPE" }, 422, "STORE_UNKNOWN_TEMPLATE"],
    [{ contacts: ["CT101"], templateCode: "OLD" }, 422, "STORE_TEMPLATE_BLOCKED"],
  ])("%j is refused with %i %s and leaves no key behind", async (extra, status, code) => {
    const t = await store.tenant();
    const key = randomUUID();
    const res = await store.log(t.user, emailLog("<bad@x>", extra), key);
    expect(res.statusCode).toBe(status);
    expect(res.json().error.code).toBe(code);
    const retry = await store.log(t.user, emailLog("<bad@x>", { contacts: ["CT101"] }), key);
    expect(retry.statusCode).toBe(201);
  });

  it("a manual source without a template has no template from setup", async () => {
    const t = await store.tenant();
    const res = await store.log(t.user, {
      source: { kind: "manual", key: "m", subject: "s", occurredAt: "2026-11-20T10:00:00Z" },
      contacts: ["CT101"],
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe("STORE_NO_TEMPLATE_FOR_EVENT");
  });

  it("refuses a log without an Idempotency-Key", async () => {
    const t = await store.tenant();
    const res = await store.call(t.user, {
      method: "POST",
      url: "/api/v1/interactions",
      payload: emailLog("k", { contacts: ["CT101"] }),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe("STORE_IDEMPOTENCY_KEY_REQUIRED");
  });
});
