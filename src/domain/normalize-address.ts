import { toASCII, toUnicode } from "punycode/";

// The patterns avoid lookbehind and Unicode property escapes (ES2018): this file also runs in Outlook's
// JavaScript-only on-send runtime, where an unsupported regex literal would stop the whole bundle loading.

/** Controls, invisible format characters (zero-width, bidi overrides, tags) and lone surrogates. */
const INVISIBLE =
  "\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff\\ufff9-\\ufffb\\ud800-\\udfff\\u{e0000}-\\u{e007f}";

/**
 * What a local part may hold: anything but whitespace, invisible characters (they make two keys look
 * like one) and the RFC 5322 specials. Quoted local parts are deliberately not accepted: no business
 * mailbox uses them and they hide spaces and `@`.
 */
const LOCAL_PART = new RegExp(`^[^\\s${INVISIBLE}@<>()[\\]\\\\,;:"]+$`, "u");
const DNS_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
/**
 * What a Unicode domain label may not hold (as IDNA 2008 roughly has it): ASCII other than letters,
 * digits and hyphen; Latin-1 punctuation and signs; general punctuation, symbols, arrows, dingbats and
 * emoji; CJK punctuation; private use. Punycode would otherwise encode them into look-alike keys.
 */
const NOT_IN_LABEL = new RegExp(
  `[\\s${INVISIBLE}\\u0021-\\u002c\\u002e\\u002f\\u003a-\\u0040\\u005b-\\u0060\\u007b-\\u007e` +
    "\\u00a1-\\u00a9\\u00ab-\\u00b4\\u00b6-\\u00b9\\u00bb-\\u00bf\\u00d7\\u00f7\\u2000-\\u2bff\\u2e00-\\u2e7f" +
    "\\u3000-\\u3004\\u3008-\\u3020\\u3030\\u303d-\\u303f\\ue000-\\uf8ff\\ufe10-\\ufe6f\\uff01-\\uff0f" +
    "\\ufff0-\\uffff\\u{1f000}-\\u{1faff}\\u{f0000}-\\u{10ffff}]",
  "u",
);
/** Ideographic and full-width full stops are label separators in IDNA (UTS #46). */
const IDEOGRAPHIC_DOTS = /[\u3002\uff0e\uff61]/g;
// Every character outside ASCII, as Punycode's own test.
const NON_ASCII = /[^\0-\x7f]/;
const MAX_LOCAL = 64;
/** RFC 5321 forward-path limit (256) less the angle brackets. */
const MAX_ADDRESS = 254;

/**
 * The one canonical form of an email address, the match key everywhere: trimmed, NFC, lower-case,
 * domain in IDNA ASCII form. Answers undefined for anything that is not a usable mailbox address.
 */
export function normalizeAddress(raw: string): string | undefined {
  const text = unwrap(raw);
  if (text.length === 0 || text.length > MAX_ADDRESS * 4) return undefined;
  const at = text.lastIndexOf("@");
  if (at <= 0 || at === text.length - 1) return undefined;
  const local = foldCase(text.slice(0, at));
  const domain = normalizeDomain(text.slice(at + 1));
  if (domain === undefined || !isLocalPart(local)) return undefined;
  const address = `${local}@${domain}`;
  return utf8Length(address) > MAX_ADDRESS ? undefined : address;
}

/** The canonical (IDNA ASCII, lower-case) form of a domain, or undefined when it is not a DNS name. */
export function normalizeDomain(raw: string): string | undefined {
  // NFKC folds full-width and compatibility forms the way IDNA's mapping does, so they meet one key.
  const text = foldCase(raw.trim().normalize("NFKC")).replace(IDEOGRAPHIC_DOTS, ".");
  if (text.length === 0 || text.length > 253) return undefined;
  const labels = text.split(".");
  if (labels.length < 2) return undefined;
  const ascii: string[] = [];
  for (const label of labels) {
    const encoded = encodeLabel(label);
    if (encoded === undefined) return undefined;
    ascii.push(encoded);
  }
  const domain = ascii.join(".");
  const tld = ascii[ascii.length - 1] ?? "";
  // An all-numeric top label is an IP address or a typo, never a mailbox domain.
  if (domain.length > 253 || /^[0-9]+$/.test(tld)) return undefined;
  return domain;
}

/**
 * An address as a person reads it: an internationalised domain in its Unicode form
 * (`ivan@xn--e1afmkfd.example` → `ivan@пример.example`). Anything that is not IDNA stays as it is.
 */
export function displayAddress(address: string): string {
  const at = address.lastIndexOf("@");
  if (
    at < 0 ||
    !address
      .slice(at + 1)
      .toLowerCase()
      .includes("xn--")
  )
    return address;
  const labels = address
    .slice(at + 1)
    .split(".")
    .map((label) => {
      if (!label.toLowerCase().startsWith("xn--")) return label;
      try {
        return toUnicode(label.toLowerCase()) || label;
      } catch {
        return label;
      }
    });
  return `${address.slice(0, at)}@${labels.join(".")}`;
}

/** The domain of a normalised address. */
export function domainOf(normalizedAddress: string): string {
  return normalizedAddress.slice(normalizedAddress.lastIndexOf("@") + 1);
}

/** Drops a mailto: scheme and a display name around `<…>`, and surrounding whitespace. */
function unwrap(raw: string): string {
  let text = raw.trim();
  if (/^mailto:/i.test(text)) text = text.slice("mailto:".length).split("?")[0] ?? "";
  const angled = /<([^<>]*)>\s*$/.exec(text);
  if (angled?.[1] !== undefined) text = angled[1];
  return text.trim();
}

/** NFC and lower-case, re-composed: lower-casing can decompose (İ → i + U+0307), so compose again. */
function foldCase(text: string): string {
  return text.normalize("NFC").toLowerCase().normalize("NFC");
}

/** RFC 6531 limits count octets of the UTF-8 form, not characters. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

function isLocalPart(local: string): boolean {
  return (
    utf8Length(local) <= MAX_LOCAL &&
    LOCAL_PART.test(local) &&
    !local.startsWith(".") &&
    !local.endsWith(".") &&
    !local.includes("..")
  );
}

/**
 * One label in ASCII form. A label already in `xn--` form is decoded and re-encoded so a Unicode domain
 * and its Punycode spelling (even a differently cased one) give the same key.
 */
function encodeLabel(label: string): string | undefined {
  let unicode = label;
  if (label.startsWith("xn--")) {
    try {
      unicode = foldCase(toUnicode(label));
    } catch {
      return undefined;
    }
  }
  if (unicode.length === 0 || NOT_IN_LABEL.test(unicode)) return undefined;
  // An ASCII label is its own ASCII form (what toASCII answers for it); only others need Punycode.
  if (!NON_ASCII.test(unicode)) return DNS_LABEL.test(unicode) ? unicode : undefined;
  let ascii: string;
  try {
    ascii = toASCII(unicode);
  } catch {
    return undefined;
  }
  return DNS_LABEL.test(ascii) ? ascii : undefined;
}
