import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ParsedContacts } from "../../../../src/store/import/contact-import-row";
import { parseContactsCsv } from "../../../../src/store/import/parse-contacts-csv";
import { readContactsCsv } from "../../../../src/store/import/read-contacts-csv";

const fixture = readFileSync(join(__dirname, "../../../fixtures/contacts/contacts-bc.csv"));

/** The bytes in slices of `size`: multi-byte characters and the first line's end fall across slices. */
const inSlices = (bytes: Buffer, size: number) => () => {
  const slices: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) slices.push(bytes.subarray(i, i + size));
  return slices;
};

async function collect(parts: AsyncIterable<ParsedContacts>): Promise<ParsedContacts[]> {
  const all: ParsedContacts[] = [];
  for await (const part of parts) all.push(part);
  return all;
}

describe("streamed contacts CSV reader", () => {
  it.each([1, 3, 7, 64, 100_000])(
    "reads a file fed in %i-byte slices into the rows and rejects the whole-text parser finds",
    async (size) => {
      const csv = await readContactsCsv(inSlices(fixture, size), 2);
      if ("invalidFile" in csv) throw new Error(csv.invalidFile);
      const parts = await collect(csv.parts);
      const whole = parseContactsCsv(fixture.toString("utf8"));
      expect(parts.flatMap((p) => p.rows)).toEqual(whole.rows);
      expect(parts.flatMap((p) => p.rejects)).toEqual(whole.rejects);
      expect(parts.every((p) => p.rows.length + p.rejects.length <= 2)).toBe(true);
    },
  );

  it("refuses a file with a broken quote after valid rows as a whole, before yielding any row", async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => `Person ${i};p${i}@bulk.example`);
    const text = `Name;E-Mail\n${rows.join("\n")}\n"broken;x@bulk.example\n`;
    const csv = await readContactsCsv(() => [text], 100);
    expect(csv).toEqual({ invalidFile: expect.stringMatching(/^not readable as CSV: /) });
  });

  it.each([
    ["", "the file is empty"],
    ["foo;bar\n1;2\n", "the header names neither a Name nor an E-Mail column"],
  ])("refuses %j as the whole-text parser does", async (text, reason) => {
    expect(await readContactsCsv(() => [text], 10)).toEqual({ invalidFile: reason });
    expect(parseContactsCsv(text).invalidFile).toBe(reason);
  });
});
