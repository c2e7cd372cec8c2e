import { nameWords } from "./name-similarity";

/** Latin to Cyrillic, the reverse of the common transliteration (anna → анна), longest spelling first. */
const LATIN: ReadonlyArray<readonly [string, string]> = [
  ["shch", "щ"],
  ["zh", "ж"],
  ["kh", "х"],
  ["ts", "ц"],
  ["ch", "ч"],
  ["sh", "ш"],
  ["yu", "ю"],
  ["ya", "я"],
  ["yo", "ё"],
  ["ye", "е"],
  ...([
    ["a", "а"],
    ["b", "б"],
    ["v", "в"],
    ["g", "г"],
    ["d", "д"],
    ["e", "е"],
    ["z", "з"],
    ["i", "и"],
    ["j", "й"],
    ["k", "к"],
    ["l", "л"],
    ["m", "м"],
    ["n", "н"],
    ["o", "о"],
    ["p", "п"],
    ["r", "р"],
    ["s", "с"],
    ["t", "т"],
    ["u", "у"],
    ["f", "ф"],
    ["h", "х"],
    ["c", "к"],
    ["w", "в"],
    ["y", "ы"],
    ["x", "кс"],
    ["q", "к"],
  ] as const),
];

/** Spaces and punctuation between a name's words (as name similarity splits them). */
const SEPARATORS = /[\s\u0021-\u002f\u003a-\u0040\u005b-\u0060\u007b-\u00bf\u2000-\u206f\u3000-\u303f]+/;

/** How many of a name's words are searched for (the longest, which tell people apart best). */
const WORDS = 2;
/** A transliterated word is searched by its start: endings are where transliterations differ. */
const STEM = 5;

function toCyrillic(word: string): string {
  let out = "";
  for (let i = 0; i < word.length;) {
    const found = LATIN.find(([latin]) => word.startsWith(latin, i));
    out += found ? found[1] : word[i];
    i += found ? found[0].length : 1;
  }
  return out;
}

/**
 * What to ask the store's contact search for to find the contacts a display name may belong to, in
 * either script: the name's longest words as written (accents dropped), and each word's start in the
 * other script ("Anna Petrova" → "petrova", "anna", "петро", "анна"), so "Анна Петрова" is among the
 * candidates. The candidates are then ranked by name similarity; a term finds, it never decides.
 */
export function nameSearchTerms(displayName: string): string[] {
  const folded = displayName
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
  const written = folded.split(SEPARATORS).filter((word) => word.length >= 3);
  const longest = [...written].sort((a, b) => b.length - a.length).slice(0, WORDS);
  const terms = longest.flatMap((word) => {
    const cyrillic = /[а-яёіїєґ]/.test(word);
    const latin = cyrillic ? (nameWords(word)[0] ?? word) : word;
    const other = cyrillic ? latin : toCyrillic(latin);
    return [word, other.slice(0, STEM)];
  });
  return [...new Set(terms.filter((term) => term.length >= 2))];
}
