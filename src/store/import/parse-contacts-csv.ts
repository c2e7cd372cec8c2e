import { parse } from "csv-parse/sync";
import type { ContactImportRow, ImportReject, ParsedContacts } from "./contact-import-row";
import { checkContactRow } from "./check-contact-row";

type Field =
  | "no"
  | "name"
  | "type"
  | "companyNo"
  | "companyName"
  | "email"
  | "email2"
  | "phone"
  | "jobTitle"
  | "salespersonCode"
  | "language"
  | "domain";

/** Business Central's field captions first, then the names other exports use for the same thing. */
const HEADER_ALIASES: Record<Field, string[]> = {
  no: ["no.", "no", "contact no.", "contact no", "number", "id"],
  name: ["name", "full name", "display name", "contact name"],
  type: ["type", "contact type"],
  companyNo: ["company no.", "company no", "company number"],
  companyName: ["company name", "company", "organization", "organisation"],
  email: ["e-mail", "email", "e-mail address", "email address", "primary email", "e-mail 1", "email 1"],
  email2: ["e-mail 2", "email 2", "email2", "secondary email", "alternate email", "e-mail 3", "email 3"],
  phone: ["phone no.", "phone no", "phone", "telephone", "phone number", "mobile phone no."],
  jobTitle: ["job title", "title", "position"],
  salespersonCode: ["salesperson code", "salesperson"],
  language: ["language code", "language"],
  domain: ["domain", "web domain", "home page", "website"],
};

/** The field each column of a file holds (undefined: a column the import does not read). */
export type Columns = ReadonlyArray<Field | undefined>;

const LOOKUP = new Map<string, Field>(
  Object.entries(HEADER_ALIASES).flatMap(([field, names]) => names.map((n) => [n, field as Field] as const)),
);

/**
 * Reads a contacts CSV whose first row names the columns (Business Central captions or common aliases).
 * Comma or semicolon separated, as Excel writes it in either locale; a byte-order mark is ignored.
 */
export function parseContactsCsv(text: string): ParsedContacts {
  const delimiter = guessDelimiter(text);
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(text, {
      bom: true,
      delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    }) as unknown as typeof records;
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    const reason = `not readable as CSV: ${(error as Error).message}`;
    return { rows: [], rejects: [{ line, reason }], invalidFile: reason };
  }
  const [header, ...body] = records;
  if (!header) return fileError("the file is empty");
  const columns = contactColumns(header.record);
  if (typeof columns === "string") return fileError(columns);
  const rows: ContactImportRow[] = [];
  const rejects: ImportReject[] = [];
  for (const { record, info } of body) {
    const result = recordToRow(record, columns, info.lines);
    if ("reason" in result) rejects.push(result);
    else rows.push(result);
  }
  return { rows, rejects };
}

/** The field of each column of a header, or why the header cannot be read. */
export function contactColumns(header: readonly string[]): Columns | string {
  const columns = header.map((caption) => LOOKUP.get(caption.trim().toLowerCase()));
  if (!columns.includes("name") && !columns.includes("email")) {
    return "the header names neither a Name nor an E-Mail column";
  }
  return columns;
}

/** One record of the file as a checked row, or the line's reject. */
export function recordToRow(
  record: readonly string[],
  columns: Columns,
  line: number,
): ContactImportRow | ImportReject {
  const cells = new Map<Field, string[]>();
  record.forEach((cell, index) => {
    const field = columns[index];
    if (field && cell.trim() !== "") cells.set(field, [...(cells.get(field) ?? []), cell.trim()]);
  });
  const result = toRow(cells, line);
  return typeof result === "string" ? { line, reason: result } : result;
}

export function fileError(reason: string): ParsedContacts {
  return { rows: [], rejects: [{ line: 1, reason }], invalidFile: reason };
}

function toRow(cells: Map<Field, string[]>, line: number): ContactImportRow | string {
  const one = (field: Field) => cells.get(field)?.[0];
  const typeText = (one("type") ?? "person").toLowerCase();
  if (typeText !== "person" && typeText !== "company")
    return `Type "${one("type")}" is neither Person nor Company`;
  const email = one("email");
  const row: ContactImportRow = {
    line,
    no: one("no"),
    type: typeText,
    name: one("name") ?? "",
    companyNo: one("companyNo"),
    companyName: typeText === "person" ? one("companyName") : undefined,
    email,
    alternateEmails: [...(cells.get("email") ?? []).slice(1), ...(cells.get("email2") ?? [])],
    domains: (cells.get("domain") ?? []).map(toDomain),
    phone: one("phone"),
    jobTitle: one("jobTitle"),
    salespersonCode: one("salespersonCode"),
    language: one("language"),
  };
  const checked = checkContactRow(row);
  return checked.ok ? checked.value : checked.error.reason;
}

/** A Home Page column holds a URL; the match key is its host. */
function toDomain(value: string): string {
  return value
    .replace(/^[a-z]+:\/\//i, "")
    .replace(/[/?#].*$/, "")
    .replace(/^www\./i, "");
}

/** Excel writes commas or semicolons by locale; a tab-separated file says so in its first line. */
export function guessDelimiter(text: string): string {
  const firstLine = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  const count = (ch: string) => firstLine.split(ch).length - 1;
  if (count("\t") > count(",") && count("\t") > count(";")) return "\t";
  return count(";") > count(",") ? ";" : ",";
}
