import { stringify } from "csv-stringify/sync";
import fc from "fast-check";
import { csvLine } from "../../../../src/store/export/write-interaction-export";

describe("export CSV line", () => {
  it("writes every record exactly as csv-stringify does with its defaults", () => {
    const cell = fc.oneof(
      fc.string({ unit: fc.constantFrom("a", "Я", ",", '"', "\n", "\r", " ", "=", "'", ";", "😀") }),
      fc.string(),
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
    );
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 8 }), (cells) => {
        expect(csvLine(cells)).toBe(stringify([cells]));
      }),
      { numRuns: 2000 },
    );
  });
});
