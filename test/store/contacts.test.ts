import { dialects } from "./dialects";
import { useStore } from "./store-harness";

describe.each(dialects())("contacts on %s", (_name, dialect) => {
  const store = useStore(dialect);

  it("creates a person from an unknown participant, normalising addresses, and matches it afterwards", async () => {
    const t = await store.tenant();
    const res = await store.call(t.user, {
      method: "POST",
      url: "/api/v1/contacts",
      payload: {
        type: "person",
        name: "New Person",
        companyNo: "CT100",
        email: " New.Person@Northwind.EXAMPLE ",
        alternateEmails: ["np@пример.example"],
      },
    });
    expect(res.statusCode).toBe(201);
    const contact = res.json();
    expect(contact).toMatchObject({
      type: "person",
      companyNo: "CT100",
      companyName: "Fabrikam",
      email: "new.person@northwind.example",
      alternateEmails: ["np@xn--e1afmkfd.example"],
      privacyBlocked: false,
    });
    expect(contact.no).toMatch(/^CT\d{6}$/);
    const match = await store.call(t.user, {
      method: "POST",
      url: "/api/v1/contacts/match",
      payload: { addresses: ["new.person@northwind.example", "NP@пример.example"] },
    });
    expect(match.json().results.map((r: { kind: string }) => r.kind)).toEqual(["email", "alternate"]);
  });

  it("a primary address that belongs to a contact is a 409 naming that contact, and creates nothing", async () => {
    const t = await store.tenant();
    const res = await store.call(t.user, {
      method: "POST",
      url: "/api/v1/contacts",
      payload: { type: "person", name: "Lisa Again", email: " Lisa.Chen@contoso.example" },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe("STORE_CONTACT_EMAIL_EXISTS");
    expect(res.json().error.details.contacts.map((c: { no: string }) => c.no)).toEqual(["CT201"]);
    const search = await store.call(t.user, { method: "GET", url: "/api/v1/contacts?q=Lisa" });
    expect(search.json().items.map((c: { no: string }) => c.no)).toEqual(["CT201"]);
    const match = await store.call(t.user, {
      method: "POST",
      url: "/api/v1/contacts/match",
      payload: { addresses: ["lisa.chen@contoso.example"] },
    });
    expect(match.json().results[0].kind).toBe("email");
  });

  it("with allowDuplicate the same address makes a second contact, which then matches as ambiguous", async () => {
    const t = await store.tenant();
    const res = await store.call(t.user, {
      method: "POST",
      url: "/api/v1/contacts",
      payload: {
        type: "person",
        name: "Lisa Again",
        email: "lisa.chen@contoso.example",
        allowDuplicate: true,
      },
    });
    expect(res.statusCode).toBe(201);
    const match = await store.call(t.user, {
      method: "POST",
      url: "/api/v1/contacts/match",
      payload: { addresses: ["lisa.chen@contoso.example"] },
    });
    expect(match.json().results[0].kind).toBe("ambiguous");
  });

  it("refuses a taken number, an unknown company and an unusable address", async () => {
    const t = await store.tenant();
    const taken = await store.call(t.user, {
      method: "POST",
      url: "/api/v1/contacts",
      payload: { no: "CT101", type: "person", name: "X" },
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.code).toBe("STORE_CONTACT_EXISTS");
    const company = await store.call(t.user, {
      method: "POST",
      url: "/api/v1/contacts",
      payload: { type: "person", name: "X", companyNo: "CT101" },
    });
    expect(company.json().error.code).toBe("STORE_CONTACT_NOT_FOUND");
    const address = await store.call(t.user, {
      method: "POST",
      url: "/api/v1/contacts",
      payload: { type: "person", name: "X", email: "nope" },
    });
    expect(address.statusCode).toBe(400);
  });

  it("edits only the fields given and keeps the rest", async () => {
    const t = await store.tenant();
    const res = await store.call(t.user, {
      method: "PATCH",
      url: "/api/v1/contacts/CT301",
      payload: { jobTitle: "Директор", alternateEmails: ["ivan@roga-kopyta.example"] },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      name: "Иван Сидоров",
      email: "ivan.sidorov@roga-kopyta.example",
      jobTitle: "Директор",
      alternateEmails: ["ivan@roga-kopyta.example"],
    });
    const old = await store.call(t.user, {
      method: "POST",
      url: "/api/v1/contacts/match",
      payload: { addresses: ["ivan.sidorov@gmail.com"] },
    });
    expect(old.json().results[0].kind).toBe("none");
  });

  it("searches by name (any case, Cyrillic too) and by address prefix", async () => {
    const t = await store.tenant();
    const byName = await store.call(t.user, {
      method: "GET",
      url: `/api/v1/contacts?q=${encodeURIComponent("иВАН")}`,
    });
    expect(byName.json().items.map((c: { no: string }) => c.no)).toEqual(["CT301", "CT500"]);
    const byAddress = await store.call(t.user, { method: "GET", url: "/api/v1/contacts?q=lisa.chen@" });
    expect(byAddress.json().items.map((c: { no: string }) => c.no)).toEqual(["CT201"]);
    for (const wildcard of ["%", "_", "\\"]) {
      const res = await store.call(t.user, {
        method: "GET",
        url: `/api/v1/contacts?q=${encodeURIComponent(wildcard)}`,
      });
      expect(res.json().items).toEqual([]);
    }
  });

  it("search is accent-blind (ё as е), finds people by their company's name, and ranks exact address, then name prefix, then the rest", async () => {
    const t = await store.tenant();
    const nos = async (q: string) =>
      (await store.call(t.user, { method: "GET", url: `/api/v1/contacts?q=${encodeURIComponent(q)}` }))
        .json()
        .items.map((c: { no: string }) => c.no);
    // Пётр Иванов by name prefix first, then Анна Петрова, whose name has it inside.
    expect(await nos("ПЕТР")).toEqual(["CT500", "CT101"]);
    expect(await nos("пётр")).toEqual(["CT500", "CT101"]);
    const fabrikam = await nos("fabrikam");
    expect(fabrikam[0]).toBe("CT100");
    expect(new Set(fabrikam.slice(1))).toEqual(new Set(["CT101", "CT102", "CT500"]));
    // A contact whose name is an address (as junk contacts are) comes after those that have the address.
    const named = await store.call(t.user, {
      method: "POST",
      url: "/api/v1/contacts",
      payload: { type: "person", name: "sales@contoso.example", email: "other@contoso.example" },
    });
    expect(named.statusCode).toBe(201);
    expect(await nos("sales@contoso.example")).toEqual(["CT202", "CT203", named.json().no]);
  });

  it("a contact created through the API is found by search at once", async () => {
    const t = await store.tenant();
    const created = await store.call(t.user, {
      method: "POST",
      url: "/api/v1/contacts",
      payload: { type: "person", name: "Зоя Ёлкина", companyNo: "CT300", email: "zoya@roga-kopyta.example" },
    });
    expect(created.statusCode).toBe(201);
    const found = await store.call(t.user, {
      method: "GET",
      url: `/api/v1/contacts?q=${encodeURIComponent("елкина")}`,
    });
    expect(found.json().items.map((c: { no: string }) => c.no)).toEqual([created.json().no]);
  });

  it("reads a contact, and an unknown one is a 404", async () => {
    const t = await store.tenant();
    const res = await store.call(t.user, { method: "GET", url: "/api/v1/contacts/CT100" });
    expect(res.json()).toMatchObject({ no: "CT100", type: "company", domains: ["fabrikam.example"] });
    expect((await store.call(t.user, { method: "GET", url: "/api/v1/contacts/CT999" })).statusCode).toBe(404);
  });
});
