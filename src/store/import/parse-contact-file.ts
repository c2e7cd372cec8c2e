import type { ParsedContacts } from "./contact-import-row";
import { parseContactsCsv } from "./parse-contacts-csv";
import { parseVcards } from "./parse-vcards";
import { readContactsCsv, type OpenText } from "./read-contacts-csv";

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

/** A contacts file ready to import: refused whole, or its rows (a CSV in streamed parts). */
export type ContactFile =
  | { format: ContactFileFormat; invalidFile: string }
  | {
      format: ContactFileFormat;
      invalidFile?: undefined;
      source: ParsedContacts | AsyncIterable<ParsedContacts>;
    };

/**
 * Opens a contacts file for import. A CSV is read as a stream in parts of `partSize` rows (`open` is
 * called once to check the file and once to read it); a vCard file is parsed whole from `text`.
 */
export async function openContactFile(
  open: OpenText,
  sniff: string,
  hint: string | undefined,
  partSize: number,
  text: () => Promise<string>,
): Promise<ContactFile> {
  const format = detectContactFormat(sniff, hint);
  if (format === "vcard") {
    const parsed = parseVcards(await text());
    return parsed.invalidFile === undefined
      ? { format, source: parsed }
      : { format, invalidFile: parsed.invalidFile };
  }
  const csv = await readContactsCsv(open, partSize);
  return "invalidFile" in csv ? { format, invalidFile: csv.invalidFile } : { format, source: csv.parts };
}
