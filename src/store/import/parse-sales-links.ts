import { parse } from "csv-parse/sync";
import type { TSchema } from "@sinclair/typebox";
import { Value } from "@sinclair/typebox/value";
import { Campaign, ImportOpportunity, OPPORTUNITY_STATUSES, type OpportunityStatus } from "../../contracts";

/** A refused row: its number among the file's rows (1 is the first under a CSV header; 0 the file) and why. */
export interface SalesLinkReject {
  row: number;
  reason: string;
}

/** A file's records, or every refused row: a file with one bad row is refused whole. */
export type ParsedRows<T> = { ok: true; rows: T[] } | { ok: false; rejected: SalesLinkReject[] };

const refuse = (rejected: SalesLinkReject[]) => ({ ok: false as const, rejected });

/** Business Central's captions of an opportunity's columns, and the API field each fills. */
const OPPORTUNITY_COLUMNS: Record<string, keyof ImportOpportunity> = {
  "No.": "no",
  Description: "description",
  "Contact No.": "contactNo",
  "Contact Company No.": "contactCompanyNo",
  "Salesperson Code": "salespersonCode",
  Status: "status",
  "Sales Cycle Stage": "salesCycleStage",
  "Current Sales Cycle Stage": "salesCycleStage",
  "Sales Cycle Stage Description": "salesCycleStageDescription",
  "Creation Date": "creationDate",
};

/** Business Central's captions of a campaign's columns; Status Code is the field's own name there. */
const CAMPAIGN_COLUMNS: Record<string, keyof Campaign> = {
  "No.": "no",
  Description: "description",
  "Starting Date": "startingDate",
  "Ending Date": "endingDate",
  Status: "status",
  "Status Code": "status",
};

/** Status as Business Central shows it (Not Started) or as the API writes it (not_started). */
function toStatus(text: string): OpportunityStatus | string {
  const key = text.trim().toLowerCase().replace(/\s+/g, "_");
  return (OPPORTUNITY_STATUSES as readonly string[]).includes(key) ? key : text;
}

function readCsv(text: string): Array<Record<string, string>> | string {
  try {
    return parse(text, { bom: true, columns: true, skip_empty_lines: true, trim: true }) as Array<
      Record<string, string>
    >;
  } catch (error) {
    return `The file is not CSV: ${(error as Error).message}`;
  }
}

/** Why a value fails its schema, one sentence per field. */
function problems(schema: TSchema, value: unknown): string | undefined {
  const errors = [...Value.Errors(schema, value)].slice(0, 3);
  if (errors.length === 0) return undefined;
  return errors.map((e) => `${e.path.replace(/^\//, "") || "row"}: ${e.message}`).join("; ");
}

/** CSV rows under Business Central's captions as API records, each checked against the schema. */
function fromCsv<T>(
  text: string,
  columns: Record<string, string>,
  schema: TSchema,
  convert: (record: Record<string, unknown>) => Record<string, unknown>,
): ParsedRows<T> {
  const read = readCsv(text);
  if (typeof read === "string") return refuse([{ row: 0, reason: read }]);
  const header = Object.keys(read[0] ?? {});
  const unknown = header.filter((h) => columns[h] === undefined);
  if (read.length === 0 || unknown.length > 0 || !header.includes("No.")) {
    const reason =
      read.length === 0
        ? "The file has no rows."
        : `Unknown or missing columns (${unknown.join(", ") || "No."}); expected ${Object.keys(columns).join(", ")}.`;
    return refuse([{ row: 0, reason }]);
  }
  const records: T[] = [];
  const rejects: SalesLinkReject[] = [];
  read.forEach((row, i) => {
    const record: Record<string, unknown> = {};
    for (const [caption, value] of Object.entries(row))
      if (value !== "") record[columns[caption] as string] = value;
    const converted = convert(record);
    const why = problems(schema, converted);
    // Rows count from the first under the header, as a JSON file's count from its first record.
    if (why === undefined) records.push(converted as T);
    else rejects.push({ row: i + 1, reason: why });
  });
  return rejects.length > 0 ? refuse(rejects) : { ok: true, rows: records };
}

/** An opportunity CSV: Business Central's captions in the header; Status as BC shows it or as the API does. */
export function parseOpportunitiesCsv(text: string): ParsedRows<ImportOpportunity> {
  return fromCsv(text, OPPORTUNITY_COLUMNS, ImportOpportunity, (r) => ({
    ...r,
    ...(typeof r.status === "string" ? { status: toStatus(r.status) } : {}),
    ...(typeof r.salesCycleStage === "string" && /^\d+$/.test(r.salesCycleStage)
      ? { salesCycleStage: Number(r.salesCycleStage) }
      : {}),
  }));
}

/** A campaign CSV: Business Central's captions in the header. */
export function parseCampaignsCsv(text: string): ParsedRows<Campaign> {
  return fromCsv(text, CAMPAIGN_COLUMNS, Campaign, (r) => r);
}

/** Two rows with one number: the file is ambiguous, so it is refused. */
export function duplicateNumbers(rows: readonly { no: string }[]): SalesLinkReject[] {
  const seen = new Map<string, number>();
  const rejects: SalesLinkReject[] = [];
  rows.forEach((r, i) => {
    const first = seen.get(r.no);
    if (first === undefined) seen.set(r.no, i + 1);
    else rejects.push({ row: i + 1, reason: `No. ${r.no} repeats row ${first}.` });
  });
  return rejects;
}
