import { searchFold } from "../../../src/domain/search-fold";

describe("searchFold", () => {
  it.each([
    ["Пётр Иванов", "петр иванов"],
    ["ЁЛКИНА", "елкина"],
    ["Йошкар-Ола", "иошкар-ола"],
    ["Crème  Brûlée", "creme brulee"],
    ["  Anna\tPetrova ", "anna petrova"],
    ["ＡＢＣ", "abc"],
  ])("%s folds to %s", (text, folded) => {
    expect(searchFold(text)).toBe(folded);
  });

  it("folds a query and a stored name alike, whatever their normal form", () => {
    expect(searchFold("Пётр".normalize("NFD"))).toBe(searchFold("Пётр".normalize("NFC")));
  });
});
