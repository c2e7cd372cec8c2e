import { csvSafeCell } from "../../../../src/store/export/csv-safe-cell";

describe("CSV cells a spreadsheet would run", () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ["+1+2", "'+1+2"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=1", "'\t=1"],
    ["\r=1", "'\r=1"],
    ["|cmd", "'|cmd"],
  ])("%j starts a formula and gets an apostrophe", (cell, safe) => {
    expect(csvSafeCell(cell)).toBe(safe);
  });

  it.each(["Quarterly review", "a=b", "", "CT000001", " =1"])("%j is left as it is", (cell) => {
    expect(csvSafeCell(cell)).toBe(cell);
  });

  it("leaves numbers and booleans alone", () => {
    expect(csvSafeCell(-5)).toBe(-5);
    expect(csvSafeCell(true)).toBe(true);
  });
});
