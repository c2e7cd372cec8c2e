/** A contact a display name may belong to. */
export interface NamedContact {
  no: string;
  name: string;
}

/** A suggested contact with how alike the names are (0–1). */
export interface NameSuggestion {
  no: string;
  score: number;
}

/** Cyrillic to Latin, close to what people use in their Latin-script mail names (Иван → ivan). */
const CYRILLIC: Readonly<Record<string, string>> = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  д: "d",
  е: "e",
  ё: "e",
  ж: "zh",
  з: "z",
  и: "i",
  й: "y",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "kh",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "shch",
  ъ: "",
  ы: "y",
  ь: "",
  э: "e",
  ю: "yu",
  я: "ya",
  і: "i",
  ї: "yi",
  є: "ye",
  ґ: "g",
};

/**
 * A name as comparable words: accents dropped, Cyrillic transliterated, punctuation gone, the words
 * sorted so "Petrova, Anna" and "Анна Петрова" meet.
 */
export function nameWords(name: string): string[] {
  const folded = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[а-яёіїєґ]/g, (char) => CYRILLIC[char] ?? char);
  return folded
    .split(/[\s\u0021-\u002f\u003a-\u0040\u005b-\u0060\u007b-\u00bf\u2000-\u206f\u3000-\u303f]+/)
    .filter((word) => word.length > 0)
    .sort();
}

/** How alike two names are, 0 (nothing shared) to 1 (the same words): Dice over letter pairs. */
export function nameSimilarity(a: string, b: string): number {
  const left = nameWords(a);
  const right = nameWords(b);
  if (left.length === 0 || right.length === 0) return 0;
  if (left.join(" ") === right.join(" ")) return 1;
  const pairsLeft = letterPairs(left);
  const pairsRight = letterPairs(right);
  let shared = 0;
  for (const [pair, count] of pairsLeft) shared += Math.min(count, pairsRight.get(pair) ?? 0);
  return (2 * shared) / (total(pairsLeft) + total(pairsRight));
}

/**
 * Contacts whose name resembles a display name, best first: suggestions for the user to confirm
 * (DESIGN §4), never a match by themselves.
 */
export function suggestByName(
  displayName: string,
  contacts: readonly NamedContact[],
  options: { limit?: number; threshold?: number } = {},
): NameSuggestion[] {
  const { limit = 5, threshold = 0.6 } = options;
  return contacts
    .map((contact) => ({ no: contact.no, score: nameSimilarity(displayName, contact.name) }))
    .filter((suggestion) => suggestion.score >= threshold)
    .sort((a, b) => b.score - a.score || (a.no < b.no ? -1 : a.no > b.no ? 1 : 0))
    .slice(0, limit);
}

function letterPairs(words: readonly string[]): Map<string, number> {
  const pairs = new Map<string, number>();
  for (const word of words) {
    const chars = Array.from(` ${word} `);
    for (let i = 0; i + 1 < chars.length; i += 1) {
      const pair = `${chars[i] ?? ""}${chars[i + 1] ?? ""}`;
      pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
    }
  }
  return pairs;
}

function total(pairs: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const count of pairs.values()) sum += count;
  return sum;
}
