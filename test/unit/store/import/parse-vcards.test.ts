import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseVcards } from "../../../../src/store/import/parse-vcards";
import { readVcardLines } from "../../../../src/store/import/read-vcard-lines";

const fixture = readFileSync(join(__dirname, "../../../fixtures/contacts/people.vcf"), "utf8");

describe("vCard parser", () => {
  const { rows, rejects } = parseVcards(fixture);
  const byName = (name: string) => rows.find((r) => r.name === name);

  it("decodes vCard 2.1 quoted-printable UTF-8 across a soft line break", () => {
    expect(byName("Анна Петрова")).toMatchObject({
      type: "person",
      companyName: "Fabrikam",
      jobTitle: "Buyer",
    });
  });

  it("makes the PREF address primary and keeps the others as alternates, normalised", () => {
    expect(byName("Анна Петрова")).toMatchObject({
      email: "anna.petrova@fabrikam.example",
      alternateEmails: ["anna.home@example.org"],
      phone: "+7 495 000 00 00",
    });
    expect(byName("Lisa Chen")).toMatchObject({
      email: "lisa.chen@contoso.example",
      alternateEmails: ["lisa@home.example"],
      phone: "+1-555-0102",
    });
  });

  it("takes the company from the first ORG component", () => {
    expect(byName("John Smith")).toMatchObject({
      companyName: "Fabrikam",
      email: "john.smith@fabrikam.example",
    });
  });

  it("builds the name from N in a windows-1251 card without FN", () => {
    expect(byName("Иван Сидоров")).toMatchObject({ email: "ivan.sidorov@roga-kopyta.example" });
  });

  it("rejects a card without a name and a card with a broken address, naming the BEGIN line", () => {
    expect(rejects).toEqual([
      { line: 28, reason: "card has no name (FN, N or ORG)" },
      { line: 32, reason: '"bad mail@@example" is not an email address' },
    ]);
    expect(rows).toHaveLength(4);
  });

  it.each([
    ["an empty file", "", "no BEGIN:VCARD found"],
    ["a card that never ends", "BEGIN:VCARD\nVERSION:3.0\nFN:Cut Off\n", "card has no END:VCARD"],
    ["an ORG-only card becomes a company", "BEGIN:VCARD\nVERSION:3.0\nORG:Adatum\nEND:VCARD\n", undefined],
  ])("handles %s", (_name, text, reason) => {
    const parsed = parseVcards(text);
    if (reason) expect(parsed.rejects.map((r) => r.reason)).toEqual([reason]);
    else expect(parsed.rows).toMatchObject([{ type: "company", name: "Adatum" }]);
  });

  it("unfolds continuation lines and keeps group prefixes out of the property name", () => {
    const lines = readVcardLines("item1.EMAIL;type=INTERNET:a@b.example\r\nNOTE:one\r\n  two\r\n");
    expect(lines.map((l) => [l.name, l.value])).toEqual([
      ["EMAIL", "a@b.example"],
      ["NOTE", "one two"],
    ]);
  });

  it("unescapes vCard 3.0 text values", () => {
    const { rows: escaped } = parseVcards("BEGIN:VCARD\nVERSION:3.0\nFN:Doe\\, John\nEND:VCARD\n");
    expect(escaped[0]?.name).toBe("Doe, John");
  });
});
