import { dialects } from "./dialects";
import { emailLog, useStore } from "./store-harness";

describe.each(dialects())("tenant isolation on %s", (_name, dialect) => {
  const store = useStore(dialect);

  /** Tenant A holds a private contact, an entry, a canceled entry, a template and never-log entries. */
  const twoTenants = async () => {
    const a = await store.tenant();
    const b = await store.tenant();
    await store.call(a.user, {
      method: "POST",
      url: "/api/v1/contacts",
      payload: { no: "CTA1", type: "person", name: "Only In A", email: "only.a@secret-a.example" },
    });
    const logged = (
      await store.log(a.user, emailLog("<a-only@x>", { contacts: ["CTA1", "CT102"] }), "shared-key")
    ).json();
    await store.call(a.user, {
      method: "POST",
      url: `/api/v1/interactions/${logged.entries[1].entryNo}/cancel`,
    });
    const neverLog = (
      await store.call(a.user, {
        method: "POST",
        url: "/api/v1/never-log",
        payload: { value: "a@private.example", kind: "address", scope: "user" },
      })
    ).json();
    await store.call(a.admin, {
      method: "POST",
      url: "/api/v1/never-log",
      payload: { value: "a-tenant.example", kind: "domain", scope: "tenant" },
    });
    await store.call(a.admin, {
      method: "PUT",
      url: "/api/v1/interaction-templates/AONLY",
      payload: {
        groupCode: "PHONE",
        description: "A only",
        unitCostLcy: 0,
        unitDurationMin: 0,
        informationFlow: "none",
        initiatedBy: "none",
        correspondenceType: "none",
        blocked: false,
      },
    });
    return {
      a,
      b,
      entryNo: logged.entries[0].entryNo as number,
      loggedItemId: logged.loggedItem.id as string,
      neverLogId: neverLog.id as string,
    };
  };

  it("another tenant's contact, entry and logged item answer 404, never 403", async () => {
    const { b, entryNo, loggedItemId, neverLogId } = await twoTenants();
    const calls: Array<[string, string, object?]> = [
      ["GET", "/api/v1/contacts/CTA1"],
      ["PATCH", "/api/v1/contacts/CTA1", { name: "Stolen" }],
      ["GET", "/api/v1/contacts/CTA1/interactions"],
      ["GET", "/api/v1/contacts/CTA1/statistics"],
      ["POST", `/api/v1/interactions/${entryNo}/cancel`],
      ["POST", `/api/v1/interactions/${entryNo}/evaluate`, { evaluation: "negative" }],
      ["POST", `/api/v1/logged-items/${loggedItemId}/cancel`],
      ["DELETE", `/api/v1/never-log/${neverLogId}`],
    ];
    for (const [method, url, payload] of calls) {
      const res = await store.call(b.user, { method: method as "GET", url, ...(payload ? { payload } : {}) });
      expect({ method, url, status: res.statusCode }).toEqual({ method, url, status: 404 });
    }
  });

  it("another tenant's contact cannot be logged to or used in a document event", async () => {
    const { b } = await twoTenants();
    const log = await store.log(b.user, emailLog("<b@x>", { contacts: ["CTA1"] }));
    expect(log.json().error.code).toBe("STORE_CONTACT_NOT_FOUND");
    const doc = await store.call(b.user, {
      method: "POST",
      url: "/api/v1/document-events",
      payload: {
        eventKind: "sales_quote",
        documentType: "q",
        documentNo: "1",
        contactNo: "CTA1",
        occurredAt: "2026-11-02T09:00:00.000Z",
      },
    });
    expect(doc.json().error.code).toBe("STORE_CONTACT_NOT_FOUND");
  });

  it("lists, matches, searches and source status never leak another tenant's data", async () => {
    const { a, b } = await twoTenants();
    const search = await store.call(b.user, { method: "GET", url: "/api/v1/contacts?q=only" });
    expect(search.json().items).toEqual([]);
    const match = await store.call(b.user, {
      method: "POST",
      url: "/api/v1/contacts/match",
      payload: { addresses: ["only.a@secret-a.example", "x@a-tenant.example"] },
    });
    expect(match.json().results.map((r: { kind: string }) => r.kind)).toEqual(["none", "none"]);
    const status = await store.call(b.user, {
      method: "GET",
      url: "/api/v1/logged-items?source=%3Ca-only%40x%3E",
    });
    expect(status.json()).toEqual({ sourceKey: "<a-only@x>", logged: false, loggedItems: [] });
    const templates = await store.call(b.user, { method: "GET", url: "/api/v1/interaction-templates" });
    expect(templates.json().items.map((i: { code: string }) => i.code)).not.toContain("AONLY");
    const neverLog = await store.call(b.user, { method: "GET", url: "/api/v1/never-log" });
    expect(neverLog.json().items.map((i: { value: string }) => i.value)).toEqual(["newsletter.example"]);
    const history = await store.call(b.user, { method: "GET", url: "/api/v1/contacts/CT102/interactions" });
    expect(history.json().items).toEqual([]);
    // Same contact number in both tenants, but only A's entry exists.
    const aHistory = await store.call(a.user, { method: "GET", url: "/api/v1/contacts/CT102/interactions" });
    expect(aHistory.json().items).toHaveLength(1);
  });

  it("an idempotency key is per tenant, and deleting canceled entries touches only the caller's tenant", async () => {
    const { a, b } = await twoTenants();
    const reused = await store.log(b.user, emailLog("<b-own@x>", { contacts: ["CT101"] }), "shared-key");
    expect(reused.statusCode).toBe(201);
    const deleted = await store.call(b.admin, { method: "DELETE", url: "/api/v1/interactions/canceled" });
    expect(deleted.json()).toEqual({ deleted: 0 });
    const aStatus = await store.call(a.user, {
      method: "GET",
      url: "/api/v1/logged-items?source=%3Ca-only%40x%3E",
    });
    expect(aStatus.json().loggedItems[0].entries).toHaveLength(2);
  });
});
