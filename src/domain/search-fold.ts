/**
 * Text as search compares it: compatibility-decomposed, accents (the combining diacritical marks, U+0300–U+036F) dropped (é → e,
 * ё → е, й → и), lower-cased, spaces collapsed. Names are stored folded and queries are folded the same
 * way, so "petrova", "Петрова" written with ё or without, and "Crème" all find what they should.
 */
export function searchFold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]+/g, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}
