/** One content line of a vCard: `[group.]NAME;PARAM=…:value`, unfolded, value still encoded. */
export interface VcardLine {
  line: number;
  name: string;
  params: Map<string, string[]>;
  /** vCard 2.1 bare parameters (`TEL;WORK;PREF:`) are kept as TYPE values. */
  value: string;
}

/**
 * Splits a vCard file into logical content lines. Folding (CRLF + space/tab, RFC 6350 §3.2) is undone
 * for every version; vCard 2.1's quoted-printable soft breaks (a line ending in `=`) join the next line
 * only on a property that declares QUOTED-PRINTABLE, since `=` ends ordinary values too.
 */
export function readVcardLines(text: string): VcardLine[] {
  const physical = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  const logical: Array<{ line: number; text: string }> = [];
  for (let i = 0; i < physical.length; i++) {
    const raw = physical[i] ?? "";
    const previous = logical[logical.length - 1];
    if (previous && /^[ \t]/.test(raw)) {
      previous.text += raw.slice(1);
      continue;
    }
    if (previous && isQuotedPrintable(previous.text) && previous.text.endsWith("=")) {
      previous.text = previous.text.slice(0, -1) + raw.trimStart();
      continue;
    }
    if (raw.trim() !== "") logical.push({ line: i + 1, text: raw });
  }
  return logical.flatMap(({ line, text }) => {
    const parsed = parseContentLine(text, line);
    return parsed ? [parsed] : [];
  });
}

function isQuotedPrintable(text: string): boolean {
  const colon = text.indexOf(":");
  const head = colon < 0 ? text : text.slice(0, colon);
  return /(^|;)(ENCODING=)?QUOTED-PRINTABLE(;|$)/i.test(head);
}

function parseContentLine(text: string, line: number): VcardLine | undefined {
  const colon = findValueColon(text);
  if (colon < 0) return undefined;
  const [nameWithGroup = "", ...rawParams] = splitUnquoted(text.slice(0, colon), ";");
  const name = nameWithGroup
    .slice(nameWithGroup.lastIndexOf(".") + 1)
    .trim()
    .toUpperCase();
  if (name === "") return undefined;
  const params = new Map<string, string[]>();
  for (const raw of rawParams) {
    const eq = raw.indexOf("=");
    const key = (eq < 0 ? "TYPE" : raw.slice(0, eq)).trim().toUpperCase();
    const values = eq < 0 ? [raw] : splitUnquoted(raw.slice(eq + 1), ",");
    const cleaned = values.map((v) => v.trim().replace(/^"(.*)"$/, "$1"));
    params.set(key, [...(params.get(key) ?? []), ...cleaned]);
  }
  return { line, name, params, value: text.slice(colon + 1) };
}

/** The colon that ends the property head: the first one outside a quoted parameter value. */
function findValueColon(text: string): number {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === ":" && !quoted) return i;
  }
  return -1;
}

function splitUnquoted(text: string, separator: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    if (ch === separator && !quoted) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  return parts;
}
