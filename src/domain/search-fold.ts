/**
 * Text as search compares it: compatibility-decomposed, accents and other combining marks dropped (é → e,
 * ё → е, й → и), lower-cased, spaces collapsed. Names are stored folded and queries are folded the same
 * way, so "petrova", "Петрова" written with ё or without, and "Crème" all find what they should.
 */
export function searchFold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}
