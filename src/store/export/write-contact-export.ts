import type { Contact } from "../../contracts";
import type { EntryColumns } from "../db/repositories/entry-row";
import { writeInteractionExport, type ExportFormat } from "./write-interaction-export";

/**
 * One contact's data on request: CSV is its entries as the interaction export writes them; JSON is
 * `{ "contact": …, "entries": [ … ] }`, the contact's own record beside every entry.
 */
export async function* writeContactExport(
  contact: Contact,
  pages: AsyncIterable<EntryColumns[]>,
  format: ExportFormat,
): AsyncGenerator<string> {
  if (format === "csv") {
    yield* writeInteractionExport(pages, format);
    return;
  }
  yield `{"contact":${JSON.stringify(contact)},"entries":`;
  yield* writeInteractionExport(pages, format);
  yield "}\n";
}
