import { nameSimilarity, nameWords, suggestByName } from "../../../src/domain/name-similarity";

const contacts = [
  { no: "CT000010", name: "Анна Петрова" },
  { no: "CT000011", name: "John Smith" },
  { no: "CT000020", name: "Lisa Chen" },
  { no: "CT000031", name: "Иван Сидоров" },
  { no: "CT000032", name: "Ivan Sidorenko" },
];

describe("name similarity", () => {
  it.each([
    ["Petrova, Anna", "Анна Петрова", 1],
    ["ANNA PETROVA", "Анна Петрова", 1],
    ["José Müller", "Jose Mueller", 0.6],
    ["Ivan Sidorov", "Иван Сидоров", 1],
    ["Lisa Chen", "John Smith", 0],
    ["", "John Smith", 0],
  ])("%s ~ %s is at least %d", (a, b, atLeast) => {
    const score = nameSimilarity(a, b);
    expect(score).toBeGreaterThanOrEqual(atLeast);
    expect(score).toBeLessThanOrEqual(1);
    expect(nameSimilarity(b, a)).toBeCloseTo(score, 10);
  });

  it("scores unrelated names low", () => {
    expect(nameSimilarity("Lisa Chen", "John Smith")).toBeLessThan(0.2);
  });

  it("compares words, not punctuation, accents or order", () => {
    expect(nameWords("Smith, John (Sales)")).toEqual(["john", "sales", "smith"]);
    expect(nameWords("Мария Иванова")).toEqual(["ivanova", "mariya"]);
    expect(nameWords("Zoë")).toEqual(["zoe"]);
  });
});

describe("suggestByName", () => {
  it("suggests the contacts that resemble a display name, best first", () => {
    expect(suggestByName("Ivan Sidorov", contacts).map((s) => s.no)).toEqual(["CT000031", "CT000032"]);
  });

  it("suggests nothing for an unlike name", () => {
    expect(suggestByName("New Person", contacts)).toEqual([]);
  });

  it("honours the limit and threshold", () => {
    expect(suggestByName("Ivan Sidorov", contacts, { limit: 1 })).toEqual([{ no: "CT000031", score: 1 }]);
    expect(suggestByName("Ivan Sidorov", contacts, { threshold: 1 })).toHaveLength(1);
  });
});
