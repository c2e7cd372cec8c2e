import { nameSearchTerms } from "../../../src/domain/name-search-terms";

describe("nameSearchTerms", () => {
  it("a Latin name asks for its longest words and their Cyrillic starts", () => {
    expect(nameSearchTerms("Anna Petrova")).toEqual(["petrova", "петро", "anna", "анна"]);
  });

  it("a Cyrillic name asks for its words and their Latin starts", () => {
    expect(nameSearchTerms("Иван Сидоров")).toEqual(["сидоров", "sidor", "иван", "ivan"]);
  });

  it("drops accents and punctuation, and reads multi-letter spellings (shch → щ)", () => {
    expect(nameSearchTerms("Shcherbakova, Yúlia")).toEqual(["shcherbakova", "щерба", "yulia", "юлиа"]);
  });

  it("keeps to the two longest words and leaves out initials", () => {
    expect(nameSearchTerms("J. R. Bartholomew Higgins")).toEqual([
      "bartholomew",
      "бартх",
      "higgins",
      "хигги",
    ]);
  });

  it("a name with no word of three letters asks for nothing", () => {
    expect(nameSearchTerms("  ")).toEqual([]);
    expect(nameSearchTerms("J. K.")).toEqual([]);
  });
});
