import { stringify } from "csv-stringify/sync";
import type { EntryColumns } from "../db/repositories/entry-row";
import { csvSafeCell } from "./csv-safe-cell";
import {
  INTERACTION_EXPORT_FIELDS,
  toInteractionExportRecord,
  type InteractionExportRecord,
} from "./interaction-export-record";

export type ExportFormat = "csv" | "json";

/** The media type each export format is served as. */
export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
};

const csvCell = (value: string | number | boolean) =>
  typeof value === "boolean" ? (value ? "Yes" : "No") : csvSafeCell(value);

/**
 * Text chunks of the export, one per page of entries (each chunk is a turn of the event loop for the
 * store's other requests): CSV with a header row (booleans Yes/No, as Business Central writes them), or a
 * JSON array of objects keyed by the field captions.
 */
export async function* writeInteractionExport(
  pages: AsyncIterable<EntryColumns[]>,
  format: ExportFormat,
): AsyncGenerator<string> {
  if (format === "csv") {
    yield stringify([[...INTERACTION_EXPORT_FIELDS]], { bom: true });
    for await (const page of pages) {
      let text = "";
      for (const entry of page) text += csvLine(rowOf(toInteractionExportRecord(entry)));
      yield text;
    }
    return;
  }
  yield "[";
  let first = true;
  for await (const page of pages) {
    let text = "";
    for (const entry of page) {
      text += `${first ? "\n" : ",\n"}${JSON.stringify(toInteractionExportRecord(entry))}`;
      first = false;
    }
    yield text;
  }
  yield first ? "]\n" : "\n]\n";
}

/** What makes csv-stringify quote a cell: the delimiter, the quote, or a line break. */
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV record, written as csv-stringify writes it with its defaults (commas, `"` doubled inside
 * quotes, a cell quoted only when it must be, `\n` after): a million entries without its per-cell
 * option handling.
 */
export function csvLine(cells: ReadonlyArray<string | number>): string {
  let line = "";
  for (let i = 0; i < cells.length; i += 1) {
    const cell = cells[i];
    const text = typeof cell === "number" ? String(cell) : (cell ?? "");
    if (i > 0) line += ",";
    line += NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  }
  return `${line}\n`;
}

function rowOf(record: InteractionExportRecord): Array<string | number> {
  return INTERACTION_EXPORT_FIELDS.map((field) => csvCell(record[field]));
}
