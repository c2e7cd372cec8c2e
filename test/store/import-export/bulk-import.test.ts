import type { Principal } from "../../../src/store/auth/principal";
import { ok } from "../../../src/domain/result";
import type { ParsedContacts } from "../../../src/store/import/contact-import-row";
import { importContacts } from "../../../src/store/import/import-contacts";
import { count, importRow, type ContactImportReport } from "../../../src/store/import/import-row";
import { readContactsCsv } from "../../../src/store/import/read-contacts-csv";
import { dialects } from "../dialects";
import { useStore } from "../store-harness";

const HEADER = "No.;Name;Type;Company No.;Company Name;E-Mail;E-Mail 2;E-Mail 3;Job Title";

/**
 * A file whose rows depend on each other inside a batch: a company and a person naming it by number, an
 * address repeated (the second row updates the first), two contacts sharing an alternate address and a
 * third claiming it as primary (refused), two alternates, a demo contact (updated), companies by name,
 * a bad address.
 */
function tangledCsv(): string {
  const lines = [HEADER];
  for (let i = 1; i <= 1200; i += 1) {
    lines.push(`;Person ${i};Person;;Bulk Company ${i % 7};p${i}@bulk.example;;;Buyer`);
    if (i === 300) lines.push(";Person 5 Again;Person;;;p5@bulk.example;;;Lead");
    if (i === 400)
      lines.push("CT900;Northwind;Company;;;;;;", "CT901;Nancy;Person;CT900;;nancy@nw.example;;;");
    if (i === 500) {
      lines.push(";Sharer A;Person;;;a@bulk.example;shared@bulk.example;;");
      lines.push(";Sharer B;Person;;;b@bulk.example;shared@bulk.example;;");
      lines.push(";Claimer;Person;;;shared@bulk.example;;;");
      lines.push(";Two Alternates;Person;;;two@bulk.example;z2@bulk.example;y2@bulk.example;");
      lines.push(";John Smith;Person;;;john.smith@fabrikam.example;;;CEO");
      lines.push(";Bad Address;Person;;;not-an-address;;;");
    }
  }
  return `${lines.join("\n")}\n`;
}

const numbers = (text: string) => text.replace(/CT\d{6}/g, "CT#");

describe.each(dialects())("bulk contact import on %s", (_name, dialect) => {
  const store = useStore(dialect);

  /** Every row through the contact service alone, one transaction each: the outcome batches must match. */
  async function rowByRow(principal: Principal, parts: AsyncIterable<ParsedContacts>) {
    const report: ContactImportReport = {
      imported: 0,
      updated: 0,
      unchanged: 0,
      companiesCreated: 0,
      rejected: [],
    };
    const state = { companies: new Map(), report, at: new Date() };
    for await (const part of parts) {
      for (const r of part.rejects) report.rejected.push({ row: r.line, reason: r.reason });
      for (const row of part.rows) {
        await store.db.transaction(async (repos) =>
          ok(count(report, row, await importRow(repos, principal, row, state))),
        );
      }
    }
    report.rejected.sort((a, b) => a.row - b.row);
    return report;
  }

  async function importInto(batchSize: number | "service", rowsPerSlice?: number) {
    const t = await store.tenant();
    const principal: Principal = { tenantId: t.tenant, userId: "admin", userName: "admin", roles: ["admin"] };
    const text = tangledCsv();
    const csv = await readContactsCsv(() => [text], batchSize === "service" ? 100 : batchSize);
    if ("invalidFile" in csv) throw new Error(csv.invalidFile);
    const report =
      batchSize === "service"
        ? await rowByRow(principal, csv.parts)
        : await importContacts(store.db, principal, csv.parts, { batchSize, rowsPerSlice });
    const contacts = await store.db.repositories.contacts.search(t.tenant, "", 100_000);
    const view = contacts
      .map((c) => ({
        name: c.name,
        type: c.type,
        email: c.email,
        alternateEmails: c.alternateEmails,
        jobTitle: c.jobTitle,
        companyName: c.companyName,
      }))
      .sort((a, b) => `${a.name} ${a.email}`.localeCompare(`${b.name} ${b.email}`));
    const audit = await store.db.repositories.audit.page(
      t.tenant,
      { action: "contact.create" },
      undefined,
      100_000,
    );
    return {
      report: { ...report, rejected: report.rejected.map((r) => ({ ...r, reason: numbers(r.reason) })) },
      view,
      created: audit.length,
      audited: audit.map((a) => numbers(a.after_json ?? "")).sort(),
    };
  }

  it("writes 500-row batches with the outcome, contacts and audit records the service gives row by row", async () => {
    const service = await importInto("service");
    const batched = await importInto(500);
    expect(batched).toEqual(service);
    expect(await importInto(1)).toEqual(service);
    expect(batched.report).toMatchObject({ imported: 1205, updated: 2, companiesCreated: 7 });
    expect(batched.report.rejected).toEqual([
      { row: 507, reason: "shared@bulk.example already belongs to CT# (Sharer A), CT# (Sharer B)." },
      { row: 510, reason: '"not-an-address" is not an email address' },
    ]);
    expect(batched.created).toBe(1205 + 7);
    expect(batched.view.find((c) => c.name === "Nancy")).toMatchObject({ companyName: "Northwind" });
    expect(batched.view.find((c) => c.name === "Person 5 Again")).toMatchObject({ jobTitle: "Lead" });
  }, 120_000);

  it("slices a batch for the event loop without changing an outcome, a contact or an audit record", async () => {
    const whole = await importInto(500, 500);
    expect(await importInto(500, 7)).toEqual(whole);
    expect(await importInto(500, 1)).toEqual(whole);
    expect(await importInto(500)).toEqual(whole);
  }, 120_000);
});
