import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseContactsCsv } from "../../../../src/store/import/parse-contacts-csv";
import { detectContactFormat } from "../../../../src/store/import/parse-contact-file";

const fixture = readFileSync(join(__dirname, "../../../fixtures/contacts/contacts-bc.csv"), "utf8");

describe("contacts CSV parser", () => {
  it("reads Business Central captions with semicolons and rejects bad rows with the line", () => {
    const { rows, rejects } = parseContactsCsv(fixture);
    expect(rows.map((r) => r.no)).toEqual(["CT100", "CT101", "CT103"]);
    expect(rows[0]).toMatchObject({ type: "company", name: "Northwind Traders", salespersonCode: "JR" });
    expect(rows[1]).toMatchObject({
      type: "person",
      companyNo: "CT100",
      email: "nancy.davolio@northwind.example",
      alternateEmails: ["nancy@gmail.com"],
      jobTitle: "Sales Representative",
      salespersonCode: "JR",
      language: "ENU",
    });
    expect(rows[2]).toMatchObject({ name: "Андрей Фуллер", jobTitle: "Vice President, Sales" });
    expect(rejects).toEqual([
      { line: 4, reason: "no name" },
      { line: 6, reason: '"not-an-address" is not an email address' },
    ]);
  });

  it.each([
    [
      "lower-case aliases",
      "name,email,company\nJane Roe,jane@adatum.example,Adatum\n",
      { companyName: "Adatum" },
    ],
    [
      "a BOM and CRLF",
      "\uFEFFName,E-Mail\r\nJane Roe,JANE@ADATUM.EXAMPLE\r\n",
      { email: "jane@adatum.example" },
    ],
    ["a quoted comma", 'Name,Job Title\n"Roe, Jane","Head of Sales, EMEA"\n', { name: "Roe, Jane" }],
    [
      "a home page as domain",
      "Name,Type,Home Page\nAdatum,Company,https://www.adatum.example/about\n",
      { domains: ["adatum.example"] },
    ],
    ["tab separated", "Name\tEmail\nJane Roe\tjane@adatum.example\n", { email: "jane@adatum.example" }],
  ])("reads %s", (_name, text, expected) => {
    const { rows, rejects } = parseContactsCsv(text);
    expect(rejects).toEqual([]);
    expect(rows[0]).toMatchObject(expected);
  });

  it.each([
    ["an unknown type", "Name,Type\nJane,Robot\n", 'Type "Robot" is neither Person nor Company'],
    [
      "a salesperson code with spaces",
      "Name,Salesperson Code\nJane,J R\n",
      'Salesperson Code "J R" is not a code',
    ],
    ["a name over 100 characters", `Name\n${"x".repeat(101)}\n`, "name is longer than 100 characters"],
  ])("rejects %s", (_name, text, reason) => {
    expect(parseContactsCsv(text).rejects).toEqual([{ line: 2, reason }]);
  });

  it("refuses a file whose header has neither Name nor E-Mail", () => {
    expect(parseContactsCsv("foo,bar\n1,2\n")).toMatchObject({
      rows: [],
      rejects: [{ line: 1, reason: "the header names neither a Name nor an E-Mail column" }],
    });
  });

  it.each([
    ["contacts.vcf", "anything", "vcard"],
    ["text/vcard; charset=utf-8", "", "vcard"],
    ["text/csv", "BEGIN:VCARD", "csv"],
    [undefined, "BEGIN:VCARD\nEND:VCARD", "vcard"],
    [undefined, "Name,Email\n", "csv"],
  ])("detects the format of %s", (hint, text, format) => {
    expect(detectContactFormat(text, hint)).toBe(format);
  });
});
