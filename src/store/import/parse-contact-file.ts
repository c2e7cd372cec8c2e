import type { ParsedContacts } from "./contact-import-row";
import { parseContactsCsv } from "./parse-contacts-csv";
import { parseVcards } from "./parse-vcards";

export type ContactFileFormat = "csv" | "vcard";

/** vCard by extension or media type, else by content (a file that starts with BEGIN:VCARD), else CSV. */
export function detectContactFormat(text: string, hint?: string): ContactFileFormat {
  const lowered = hint?.toLowerCase() ?? "";
  if (/\.(vcf|vcard)$/.test(lowered) || lowered.includes("vcard")) return "vcard";
  if (/\.(csv|tsv|txt)$/.test(lowered) || lowered.includes("csv")) return "csv";
  return /^\uFEFF?\s*BEGIN:VCARD/i.test(text) ? "vcard" : "csv";
}

/** Parses a contacts file in either format; the hint is a file name or a Content-Type. */
export function parseContactFile(
  text: string,
  hint?: string,
): ParsedContacts & { format: ContactFileFormat } {
  const format = detectContactFormat(text, hint);
  return { format, ...(format === "vcard" ? parseVcards(text) : parseContactsCsv(text)) };
}
