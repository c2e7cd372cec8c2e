import { toASCII } from "punycode/";

const LOCAL_PART = /^[^\s@<>()[\]\\,;:"]+$/u;
const DNS_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * The one canonical form of an email address, the match key everywhere: trimmed, NFC, lower-case,
 * domain in IDNA ASCII form. Answers undefined for anything that is not a usable mailbox address.
 */
export function normalizeAddress(raw: string): string | undefined {
  let text = raw.trim();
  if (/^mailto:/i.test(text)) text = text.slice("mailto:".length);
  const angled = /<([^<>]*)>\s*$/.exec(text);
  if (angled?.[1] !== undefined) text = angled[1].trim();
  text = text.normalize("NFC").toLowerCase();
  if (text.length === 0 || text.length > 320) return undefined;
  const at = text.lastIndexOf("@");
  if (at <= 0 || at === text.length - 1) return undefined;
  const local = text.slice(0, at);
  const domain = normalizeDomain(text.slice(at + 1));
  if (local.length > 64 || !LOCAL_PART.test(local) || local.startsWith(".") || local.endsWith("."))
    return undefined;
  if (local.includes("..") || domain === undefined) return undefined;
  return `${local}@${domain}`;
}

/** The canonical (IDNA ASCII, lower-case) form of a domain, or undefined when it is not a DNS name. */
export function normalizeDomain(raw: string): string | undefined {
  const text = raw.trim().normalize("NFC").toLowerCase().replace(/\.$/, "");
  if (text.length === 0 || text.length > 253) return undefined;
  let ascii: string;
  try {
    ascii = toASCII(text);
  } catch {
    return undefined;
  }
  const labels = ascii.split(".");
  if (labels.length < 2 || !labels.every((label) => DNS_LABEL.test(label))) return undefined;
  return ascii;
}

/** The domain of a normalised address. */
export function domainOf(normalizedAddress: string): string {
  return normalizedAddress.slice(normalizedAddress.lastIndexOf("@") + 1);
}
