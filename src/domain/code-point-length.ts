/**
 * Text lengths in characters (Unicode code points), as JSON Schema's maxLength counts them: an emoji is
 * one character, not the two UTF-16 units String.length sees.
 */
export function codePointLength(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i += 1;
    }
    length += 1;
  }
  return length;
}

/** The first `max` characters (code points) of a text, never cutting a surrogate pair in half. */
export function truncateCodePoints(text: string, max: number): string {
  if (text.length <= max) return text;
  let taken = 0;
  let end = 0;
  while (end < text.length && taken < max) {
    const unit = text.charCodeAt(end);
    const pair =
      unit >= 0xd800 &&
      unit <= 0xdbff &&
      end + 1 < text.length &&
      (text.charCodeAt(end + 1) & 0xfc00) === 0xdc00;
    end += pair ? 2 : 1;
    taken += 1;
  }
  return text.slice(0, end);
}
