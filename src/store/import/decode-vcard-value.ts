import type { VcardLine } from "./read-vcard-lines";

/**
 * The text of a property value: quoted-printable decoded in its declared CHARSET (vCard 2.1, as Outlook
 * and old phones write it), then the backslash escapes of vCard 3.0/4.0 undone. Answers the components
 * of a structured value (N, ORG) split on unescaped `;`.
 */
export function decodeVcardValue(line: VcardLine, version: string): string[] {
  const encoding = (line.params.get("ENCODING")?.[0] ?? "").toUpperCase();
  const qp =
    encoding === "QUOTED-PRINTABLE" ||
    (line.params.get("TYPE") ?? []).some((t) => /^quoted-printable$/i.test(t));
  const charset = line.params.get("CHARSET")?.[0] ?? "utf-8";
  const components = splitComponents(line.value);
  return components.map((component) => {
    const text = qp ? decodeQuotedPrintable(component, charset) : component;
    return version === "2.1" ? text : unescapeText(text);
  });
}

function splitComponents(value: string): string[] {
  const parts: string[] = [];
  let current = "";
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (ch === "\\" && i + 1 < value.length) {
      current += ch + value[i + 1];
      i++;
    } else if (ch === ";") {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

function unescapeText(text: string): string {
  return text.replace(/\\([nN,;:\\])/g, (_m, ch: string) => (ch === "n" || ch === "N" ? "\n" : ch));
}

function decodeQuotedPrintable(text: string, charset: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? "";
    const hex = text.slice(i + 1, i + 3);
    if (ch === "=" && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      for (const byte of Buffer.from(ch, "utf8")) bytes.push(byte);
    }
  }
  return decodeBytes(Uint8Array.from(bytes), charset);
}

function decodeBytes(bytes: Uint8Array, charset: string): string {
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    // An unknown label (a typo in an old export) still yields readable text for ASCII and UTF-8 names.
    return new TextDecoder("utf-8").decode(bytes);
  }
}
