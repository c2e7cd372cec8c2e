import type { ContactImportRow, ImportReject, ParsedContacts } from "./contact-import-row";
import { checkContactRow } from "./check-contact-row";
import { decodeVcardValue } from "./decode-vcard-value";
import { readVcardLines, type VcardLine } from "./read-vcard-lines";

/** Reads vCard 2.1, 3.0 and 4.0 cards: one contact per card, or a reject naming the card's line. */
export function parseVcards(text: string): ParsedContacts {
  const rows: ContactImportRow[] = [];
  const rejects: ImportReject[] = [];
  let card: VcardLine[] | undefined;
  let begin = 0;
  for (const line of readVcardLines(text)) {
    if (line.name === "BEGIN" && /^vcard$/i.test(line.value.trim())) {
      if (card) rejects.push({ line: begin, reason: "card has no END:VCARD" });
      card = [];
      begin = line.line;
    } else if (line.name === "END" && /^vcard$/i.test(line.value.trim())) {
      if (!card) continue;
      const checked = readCard(card, begin);
      if (checked.ok) rows.push(checked.value);
      else rejects.push({ line: begin, reason: checked.reason });
      card = undefined;
    } else card?.push(line);
  }
  if (card) rejects.push({ line: begin, reason: "card has no END:VCARD" });
  if (rows.length === 0 && rejects.length === 0) {
    const reason = "no BEGIN:VCARD found";
    return { rows, rejects: [{ line: 1, reason }], invalidFile: reason };
  }
  return { rows, rejects };
}

type CardResult = { ok: true; value: ContactImportRow } | { ok: false; reason: string };

function readCard(lines: VcardLine[], begin: number): CardResult {
  const version = lines.find((l) => l.name === "VERSION")?.value.trim() ?? "2.1";
  const values = (name: string) => lines.filter((l) => l.name === name);
  const first = (name: string) => {
    const line = values(name)[0];
    return line ? decodeVcardValue(line, version) : undefined;
  };
  const fn = first("FN")?.join(";").trim();
  const n = first("N");
  const org = first("ORG")?.[0]?.trim();
  const nameFromN = n
    ? [n[3], n[1], n[2], n[0], n[4]]
        .map((p) => p?.trim())
        .filter(Boolean)
        .join(" ")
    : "";
  const personName = fn || nameFromN;
  const emails = orderByPreference(values("EMAIL")).map((l) => decodeVcardValue(l, version).join(";").trim());
  const tel = orderByPreference(values("TEL"))[0];
  const row: ContactImportRow = {
    line: begin,
    type: personName ? "person" : "company",
    name: personName || org || "",
    companyName: personName ? org : undefined,
    email: emails[0] || undefined,
    alternateEmails: emails.slice(1).filter((e) => e !== ""),
    domains: [],
    jobTitle: first("TITLE")?.join(";").trim() || undefined,
    phone: tel
      ? decodeVcardValue(tel, version).join(";").replace(/^tel:/i, "").trim() || undefined
      : undefined,
  };
  if (row.name === "") return { ok: false, reason: "card has no name (FN, N or ORG)" };
  const checked = checkContactRow(row);
  return checked.ok ? checked : { ok: false, reason: checked.error.reason };
}

/** vCard 2.1/3.0 mark the preferred value with TYPE=PREF, 4.0 with PREF=1 (lowest wins). */
function orderByPreference(lines: VcardLine[]): VcardLine[] {
  const rank = (line: VcardLine) => {
    const pref = Number(line.params.get("PREF")?.[0]);
    if (Number.isFinite(pref)) return pref;
    return (line.params.get("TYPE") ?? []).some((t) => t.toLowerCase() === "pref") ? 1 : 101;
  };
  return lines
    .map((line, index) => ({ line, index }))
    .sort((a, b) => rank(a.line) - rank(b.line) || a.index - b.index)
    .map(({ line }) => line);
}
