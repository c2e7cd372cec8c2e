import { dialects } from "./dialects";
import { emailLog, useStore } from "./store-harness";

describe.each(dialects())("entry lifecycle and document events on %s", (_name, dialect) => {
  const store = useStore(dialect);

  it("canceling an entry twice is a 409", async () => {
    const t = await store.tenant();
    const entry = (await store.log(t.user, emailLog("<c1@x>", { contacts: ["CT101"] }))).json().entries[0];
    const first = await store.call(t.user, {
      method: "POST",
      url: `/api/v1/interactions/${entry.entryNo}/cancel`,
    });
    expect(first.statusCode).toBe(200);
    expect(first.json().canceled).toBe(true);
    const second = await store.call(t.user, {
      method: "POST",
      url: `/api/v1/interactions/${entry.entryNo}/cancel`,
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe("STORE_ALREADY_CANCELED");
  });

  it("canceling a logged item cancels all its entries, once", async () => {
    const t = await store.tenant();
    const logged = (await store.log(t.user, emailLog("<c2@x>", { contacts: ["CT101", "CT102"] }))).json();
    const url = `/api/v1/logged-items/${logged.loggedItem.id}/cancel`;
    expect((await store.call(t.user, { method: "POST", url })).statusCode).toBe(200);
    const status = (
      await store.call(t.user, { method: "GET", url: "/api/v1/logged-items?source=%3Cc2%40x%3E" })
    ).json();
    expect(status.logged).toBe(false);
    expect(status.loggedItems[0].item.canceled).toBe(true);
    expect(status.loggedItems[0].entries.every((e: { canceled: boolean }) => e.canceled)).toBe(true);
    const again = await store.call(t.user, { method: "POST", url });
    expect(again.statusCode).toBe(409);
  });

  it("evaluates an entry", async () => {
    const t = await store.tenant();
    const entry = (await store.log(t.user, emailLog("<c3@x>", { contacts: ["CT101"] }))).json().entries[0];
    const res = await store.call(t.user, {
      method: "POST",
      url: `/api/v1/interactions/${entry.entryNo}/evaluate`,
      payload: { evaluation: "very_positive" },
    });
    expect(res.statusCode).toBe(200);
    const history = (
      await store.call(t.user, { method: "GET", url: "/api/v1/contacts/CT101/interactions" })
    ).json();
    expect(history.items[0].evaluation).toBe("very_positive");
  });

  it("deleting canceled entries is for admins and removes only canceled ones", async () => {
    const t = await store.tenant();
    const logged = (await store.log(t.user, emailLog("<c4@x>", { contacts: ["CT101", "CT102"] }))).json();
    await store.call(t.user, {
      method: "POST",
      url: `/api/v1/interactions/${logged.entries[0].entryNo}/cancel`,
    });
    const forbidden = await store.call(t.user, { method: "DELETE", url: "/api/v1/interactions/canceled" });
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().error.code).toBe("STORE_ADMIN_ONLY");
    const res = await store.call(t.admin, { method: "DELETE", url: "/api/v1/interactions/canceled" });
    expect(res.json()).toEqual({ deleted: 1 });
    const status = (
      await store.call(t.user, { method: "GET", url: "/api/v1/logged-items?source=%3Cc4%40x%3E" })
    ).json();
    expect(status.loggedItems[0].entries.map((e: { contactNo: string }) => e.contactNo)).toEqual(["CT102"]);
  });

  it("a document event logs one entry with setup's template and dedupes on the document", async () => {
    const t = await store.tenant();
    const event = {
      eventKind: "sales_quote",
      documentType: "sales_quote",
      documentNo: "SQ1001",
      contactNo: "CT201",
      occurredAt: "2026-11-02T09:00:00.000Z",
    };
    const res = await store.call(t.user, { method: "POST", url: "/api/v1/document-events", payload: event });
    expect(res.statusCode).toBe(201);
    expect(res.json().entries[0]).toMatchObject({
      templateCode: "S_QUOTE",
      groupCode: "SALES",
      sourceKind: "document",
      sourceKey: "document:sales_quote:SQ1001",
      documentType: "sales_quote",
      documentNo: "SQ1001",
    });
    const again = await store.call(t.user, {
      method: "POST",
      url: "/api/v1/document-events",
      payload: event,
    });
    expect(again.statusCode).toBe(200);
    expect(again.json().alreadyLogged).toHaveLength(1);
  });

  it.each([
    [{ eventKind: "sales_invoice", contactNo: "CT201" }, "STORE_NO_TEMPLATE_FOR_EVENT"],
    [{ eventKind: "purchase_order", contactNo: "CT201" }, "STORE_NO_TEMPLATE_FOR_EVENT"],
    [{ eventKind: "sales_quote", contactNo: "CT999" }, "STORE_CONTACT_NOT_FOUND"],
  ])("a document event %j is a 422 %s", async (extra, code) => {
    const t = await store.tenant();
    const res = await store.call(t.user, {
      method: "POST",
      url: "/api/v1/document-events",
      payload: { documentType: "x", documentNo: "1", occurredAt: "2026-11-02T09:00:00.000Z", ...extra },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe(code);
  });
});

describe.each(dialects())("reference data on %s", (_name, dialect) => {
  const store = useStore(dialect);

  it.each(["/interaction-groups", "/interaction-templates", "/template-setup"])(
    "%s answers a strong ETag and 304 when it still holds",
    async (path) => {
      const t = await store.tenant();
      const first = await store.call(t.user, { method: "GET", url: `/api/v1${path}` });
      expect(first.statusCode).toBe(200);
      expect(first.json().items.length).toBeGreaterThan(0);
      const etag = first.headers.etag as string;
      expect(etag).toMatch(/^"[^"]+"$/);
      const cached = await store.call(t.user, {
        method: "GET",
        url: `/api/v1${path}`,
        headers: { "if-none-match": etag },
      });
      expect(cached.statusCode).toBe(304);
      expect(cached.body).toBe("");
    },
  );

  it("an admin's template change changes the ETag; users may not change templates", async () => {
    const t = await store.tenant();
    const before = await store.call(t.user, { method: "GET", url: "/api/v1/interaction-templates" });
    const change = {
      groupCode: "PHONE",
      description: "Video call",
      unitCostLcy: 2,
      unitDurationMin: 30,
      informationFlow: "outbound",
      initiatedBy: "us",
      correspondenceType: "none",
      blocked: false,
    };
    const denied = await store.call(t.user, {
      method: "PUT",
      url: "/api/v1/interaction-templates/VIDEO",
      payload: change,
    });
    expect(denied.statusCode).toBe(403);
    const put = await store.call(t.admin, {
      method: "PUT",
      url: "/api/v1/interaction-templates/VIDEO",
      payload: change,
    });
    expect(put.statusCode).toBe(200);
    const after = await store.call(t.user, {
      method: "GET",
      url: "/api/v1/interaction-templates",
      headers: { "if-none-match": before.headers.etag as string },
    });
    expect(after.statusCode).toBe(200);
    expect(after.json().items.map((i: { code: string }) => i.code)).toContain("VIDEO");
    const unknownGroup = await store.call(t.admin, {
      method: "PUT",
      url: "/api/v1/interaction-templates/VIDEO",
      payload: { ...change, groupCode: "NOPE" },
    });
    expect(unknownGroup.json().error.code).toBe("STORE_UNKNOWN_GROUP");
  });

  it("admins set template setup and groups; an unknown template is a 422", async () => {
    const t = await store.tenant();
    const setup = await store.call(t.admin, {
      method: "PUT",
      url: "/api/v1/template-setup/outgoing_call",
      payload: { templateCode: "OUTGOING" },
    });
    expect(setup.json()).toEqual({ eventKind: "outgoing_call", templateCode: "OUTGOING" });
    const bad = await store.call(t.admin, {
      method: "PUT",
      url: "/api/v1/template-setup/outgoing_call",
      payload: { templateCode: "NOPE" },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.code).toBe("STORE_UNKNOWN_TEMPLATE");
    const group = await store.call(t.admin, {
      method: "PUT",
      url: "/api/v1/interaction-groups/EVENTS",
      payload: { description: "Events" },
    });
    expect(group.statusCode).toBe(200);
    const groups = (await store.call(t.user, { method: "GET", url: "/api/v1/interaction-groups" })).json();
    expect(groups.items).toContainEqual({ code: "EVENTS", description: "Events" });
  });

  it("never-log: users manage their own entries, admins the tenant's", async () => {
    const t = await store.tenant();
    const tenantWide = { value: "spam.example", kind: "domain", scope: "tenant" };
    expect(
      (await store.call(t.user, { method: "POST", url: "/api/v1/never-log", payload: tenantWide }))
        .statusCode,
    ).toBe(403);
    const added = await store.call(t.admin, {
      method: "POST",
      url: "/api/v1/never-log",
      payload: tenantWide,
    });
    expect(added.statusCode).toBe(201);
    const mine = await store.call(t.user, {
      method: "POST",
      url: "/api/v1/never-log",
      payload: { value: "Me@Home.example", kind: "address", scope: "user" },
    });
    expect(mine.json()).toMatchObject({ value: "me@home.example", scope: "user" });
    const maria = await t.as("maria.ivanova@cronus.example");
    const mariasList = (await store.call(maria, { method: "GET", url: "/api/v1/never-log" })).json();
    expect(mariasList.items.map((i: { value: string }) => i.value).sort()).toEqual([
      "newsletter.example",
      "spam.example",
    ]);
    const stolen = await store.call(maria, { method: "DELETE", url: `/api/v1/never-log/${mine.json().id}` });
    expect(stolen.statusCode).toBe(404);
    expect(
      (await store.call(t.user, { method: "DELETE", url: `/api/v1/never-log/${mine.json().id}` })).statusCode,
    ).toBe(204);
    expect(
      (await store.call(t.user, { method: "DELETE", url: `/api/v1/never-log/${added.json().id}` }))
        .statusCode,
    ).toBe(403);
    const invalid = await store.call(t.user, {
      method: "POST",
      url: "/api/v1/never-log",
      payload: { value: "no at sign", kind: "address", scope: "user" },
    });
    expect(invalid.statusCode).toBe(400);
  });

  it("internal domains are admin-only and make colleagues internal", async () => {
    const t = await store.tenant();
    expect((await store.call(t.user, { method: "GET", url: "/api/v1/internal-domains" })).statusCode).toBe(
      403,
    );
    const put = await store.call(t.admin, {
      method: "PUT",
      url: "/api/v1/internal-domains",
      payload: { items: ["cronus.example", "Fabrikam.EXAMPLE"] },
    });
    expect(put.json()).toEqual({ items: ["cronus.example", "fabrikam.example"] });
    const match = await store.call(t.user, {
      method: "POST",
      url: "/api/v1/contacts/match",
      payload: { addresses: ["anna.petrova@fabrikam.example"] },
    });
    expect(match.json().results[0].kind).toBe("internal");
  });
});
