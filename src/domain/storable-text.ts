import { truncateCodePoints } from "./code-point-length";

// eslint-disable-next-line no-control-regex -- removing control characters is the point
const FORBIDDEN_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]+/g;

/** Replaces each surrogate that is not half of a pair with U+FFFD, as a UTF-8 encoder would. */
function pairSurrogates(text: string): string {
  if (!/[\ud800-\udfff]/.test(text)) return text;
  let out = "";
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
    if (unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      out += text.slice(i, i + 2);
      i += 1;
    } else out += unit >= 0xd800 && unit <= 0xdfff ? "\ufffd" : text.charAt(i);
  }
  return out;
}

/**
 * Text from a mail item (a subject, a display name) made fit for the store: the control characters the
 * store refuses (C0 but tab, CR, LF) become a space, an unpaired surrogate becomes U+FFFD, and it is cut
 * to `max` characters without splitting one. The store would refuse the whole log otherwise.
 */
export function storableText(text: string, max: number): string {
  return truncateCodePoints(pairSurrogates(text.replace(FORBIDDEN_CONTROL, " ")), max);
}
