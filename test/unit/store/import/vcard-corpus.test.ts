import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseContactFile } from "../../../../src/store/import/parse-contact-file";

// Real exports from Outlook, Gmail, iPhone, Android and others (test/fixtures/third-party/SOURCES.md).
const corpus = resolve(__dirname, "../../../fixtures/third-party/contacts/vcards");
const files = readdirSync(corpus).filter((f) => f.endsWith(".vcf"));

describe("vCard corpus", () => {
  it("holds the 17 exports it was written for", () => {
    expect(files).toHaveLength(17);
  });

  it.each(files)("%s: every card imports or is rejected with a reason", (file) => {
    const text = readFileSync(join(corpus, file), "utf8");
    const cards = (text.match(/^BEGIN:VCARD/gim) ?? []).length;
    const { format, rows, rejects } = parseContactFile(text, file);
    expect(format).toBe("vcard");
    expect(rows.length + rejects.length).toBe(cards);
    for (const row of rows) {
      expect(row.name.trim()).not.toBe("");
      expect(row.name).not.toMatch(/=[0-9A-F]{2}/);
    }
    for (const reject of rejects) expect(reject.reason).not.toBe("");
  });

  it("finds the primary address of the Outlook and Gmail John Doe cards", () => {
    const outlook = parseContactFile(readFileSync(join(corpus, "John_Doe_MS_OUTLOOK.vcf"), "utf8"), "x.vcf");
    expect(outlook.rows[0]?.email).toMatch(/@/);
  });
});
