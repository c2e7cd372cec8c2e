import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseContactFile } from "../../../../src/store/import/parse-contact-file";

// Real exports from Outlook, Gmail, iPhone, Android and others, kept beside the project when present.
const corpus = resolve(__dirname, "../../../../../shared/fixtures/contacts/vcards");
const files = existsSync(corpus) ? readdirSync(corpus).filter((f) => f.endsWith(".vcf")) : [];
if (files.length === 0) console.log(`vCard corpus not found at ${corpus}: corpus test skipped`);
const describeCorpus = files.length > 0 ? describe : describe.skip;

describeCorpus("vCard corpus", () => {
  it.each(files.length > 0 ? files : ["none"])(
    "%s: every card imports or is rejected with a reason",
    (file) => {
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
    },
  );

  it("finds the primary address of the Outlook and Gmail John Doe cards", () => {
    const outlook = parseContactFile(readFileSync(join(corpus, "John_Doe_MS_OUTLOOK.vcf"), "utf8"), "x.vcf");
    expect(outlook.rows[0]?.email).toMatch(/@/);
  });
});
