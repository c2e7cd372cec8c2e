import { readFileSync } from "node:fs";
import { join } from "node:path";
import { dialects } from "../dialects";
import { emailLog, useStore } from "../store-harness";

const vcards = readFileSync(join(__dirname, "../../fixtures/contacts/people.vcf"), "utf8");

describe.each(dialects())("import and export routes on %s", (_name, dialect) => {
  const store = useStore(dialect);

  const importAs = (
    who: Awaited<ReturnType<typeof store.tenant>>["admin"],
    type: string,
    payload: string | object,
  ) =>
    store.call(who, {
      method: "POST",
      url: "/api/v1/import/contacts",
      headers: { "content-type": type },
      payload: typeof payload === "string" ? payload : JSON.stringify(payload),
    });

  it("imports vCards: updates known people found by address, leaves unchanged ones, reports rejects", async () => {
    const t = await store.tenant();
    const res = await importAs(t.admin, "text/vcard", vcards);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      format: "vcard",
      imported: 0,
      updated: 2,
      unchanged: 2,
      companiesCreated: 0,
      rejected: [
        { row: 28, reason: "card has no name (FN, N or ORG)" },
        { row: 32, reason: '"bad mail@@example" is not an email address' },
      ],
    });
    const anna = await store.call(t.user, { method: "GET", url: "/api/v1/contacts/CT101" });
    expect(anna.json()).toMatchObject({
      jobTitle: "Buyer",
      alternateEmails: ["anna.home@example.org"],
      companyNo: "CT100",
    });
    const match = await store.call(t.user, {
      method: "POST",
      url: "/api/v1/contacts/match",
      payload: { addresses: ["lisa@home.example"] },
    });
    expect(match.json().results[0]).toMatchObject({ kind: "alternate", contacts: [{ name: "Lisa Chen" }] });
  });

  it("imports a Business Central CSV and a JSON list; a known No. updates that contact", async () => {
    const t = await store.tenant();
    const csv =
      "No.;Name;Type;Company No.;E-Mail;Job Title\nCT900;Northwind;Company;;;\nCT901;Nancy Davolio;Person;CT900;nancy@northwind.example;Buyer\nCT102;John Smith;Person;CT100;john.smith@fabrikam.example;CEO\n";
    const fromCsv = await importAs(t.admin, "text/csv; charset=utf-8", csv);
    expect(fromCsv.json()).toMatchObject({ format: "csv", imported: 2, updated: 1, rejected: [] });
    const john = await store.call(t.user, { method: "GET", url: "/api/v1/contacts/CT102" });
    expect(john.json()).toMatchObject({ jobTitle: "CEO" });
    const match = await store.call(t.user, {
      method: "POST",
      url: "/api/v1/contacts/match",
      payload: { addresses: ["nancy@northwind.example"] },
    });
    expect(match.json().results[0]).toMatchObject({
      kind: "email",
      contacts: [{ no: "CT901", companyNo: "CT900" }],
    });
    const fromJson = await importAs(t.admin, "application/json", {
      contacts: [
        { name: "Nina Berg", email: "nina.berg@adatum.example", companyName: "Adatum" },
        { name: "", email: "x@adatum.example" },
      ],
    });
    expect(fromJson.json()).toEqual({
      format: "json",
      imported: 1,
      updated: 0,
      unchanged: 0,
      companiesCreated: 0,
      rejected: [{ row: 2, reason: "no name" }],
    });
    const nina = await store.call(t.user, { method: "GET", url: "/api/v1/contacts?q=nina" });
    expect(nina.json().items).toMatchObject([{ name: "Nina Berg", companyNo: "CT400" }]);
  });

  it("is for admins only, and refuses a file it cannot read as a whole", async () => {
    const t = await store.tenant();
    expect((await importAs(t.user, "text/vcard", vcards)).json()).toMatchObject({
      error: { code: "STORE_ADMIN_ONLY" },
    });
    const unreadable = await importAs(t.admin, "text/csv", "foo,bar\n1,2\n");
    expect(unreadable.statusCode).toBe(422);
    expect(unreadable.json()).toMatchObject({ error: { code: "STORE_IMPORT_INVALID" } });
    const noCards = await importAs(t.admin, "text/vcard", "hello");
    expect(noCards.json()).toMatchObject({ error: { code: "STORE_IMPORT_INVALID" } });
    const anonymous = await store.call(undefined, { method: "GET", url: "/api/v1/export" });
    expect(anonymous.statusCode).toBe(401);
  });

  it("exports the tenant's entries as CSV and JSON with Business Central field names, and no other tenant's", async () => {
    const t = await store.tenant();
    const other = await store.tenant();
    expect(
      (await store.log(t.user, emailLog("<export-1@cronus.example>", { contacts: ["CT101", "CT201"] })))
        .statusCode,
    ).toBe(201);
    expect(
      (await store.log(other.user, emailLog("<export-2@cronus.example>", { contacts: ["CT102"] })))
        .statusCode,
    ).toBe(201);

    const asCsv = await store.call(t.admin, { method: "GET", url: "/api/v1/export?format=csv" });
    expect(asCsv.statusCode).toBe(200);
    expect(asCsv.headers["content-type"]).toMatch(/^text\/csv/);
    const lines = asCsv.body
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\n");
    expect(lines[0]?.split(",").slice(0, 4)).toEqual([
      "Entry No.",
      "Contact No.",
      "Contact Company No.",
      "Date",
    ]);
    expect(lines.slice(1).map((l) => l.split(",")[1])).toEqual(["CT101", "CT201"]);

    const asJson = await store.call(t.admin, { method: "GET", url: "/api/v1/export?format=json" });
    const records = asJson.json() as Array<Record<string, unknown>>;
    expect(
      records.map((r) => [r["Contact No."], r["Interaction Template Code"], r["E-Mail Logged"], r.Canceled]),
    ).toEqual([
      ["CT101", "EMAIL", expect.any(Boolean), false],
      ["CT201", "EMAIL", expect.any(Boolean), false],
    ]);

    const otherExport = await store.call(other.admin, { method: "GET", url: "/api/v1/export?format=json" });
    expect((otherExport.json() as Array<Record<string, unknown>>).map((r) => r["Contact No."])).toEqual([
      "CT102",
    ]);
  });

  it("refuses an unknown export format and non-admin callers", async () => {
    const t = await store.tenant();
    const xml = await store.call(t.admin, { method: "GET", url: "/api/v1/export?format=xml" });
    expect(xml.json()).toMatchObject({ error: { code: "STORE_VALIDATION" } });
    const user = await store.call(t.user, { method: "GET", url: "/api/v1/export" });
    expect(user.statusCode).toBe(403);
  });

  it("signs dev tokens the store accepts, without a token", async () => {
    const t = await store.tenant();
    const res = await store.call(undefined, {
      method: "POST",
      url: "/api/v1/dev/token",
      payload: { user: "Maria.Ivanova@cronus.example", tenant: t.tenant, name: "Мария Иванова" },
    });
    expect(res.statusCode).toBe(200);
    const token = res.json().token as string;
    const groups = await store.call(
      { tenant: t.tenant, user: "maria", token },
      { method: "GET", url: "/api/v1/interaction-groups" },
    );
    expect(groups.statusCode).toBe(200);
    const bad = await store.call(undefined, {
      method: "POST",
      url: "/api/v1/dev/token",
      payload: { user: "nobody" },
    });
    expect(bad.json()).toMatchObject({ error: { code: "STORE_VALIDATION" } });
    const unnamed = await store.call(undefined, {
      method: "POST",
      url: "/api/v1/dev/token",
      payload: { user: "maria.ivanova@cronus.example" },
    });
    const claims = JSON.parse(
      Buffer.from(String(unnamed.json().token).split(".")[1] ?? "", "base64url").toString(),
    );
    expect(claims).toMatchObject({ sub: "maria.ivanova@cronus.example", name: "Мария Иванова", tid: "dev" });
  });
});
