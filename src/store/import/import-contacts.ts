import { setImmediate as nextTurn } from "node:timers/promises";
import { ok } from "../../domain/result";
import type { Principal } from "../auth/principal";
import type { StoreDatabase } from "../db/create-database";
import type { ParsedContacts } from "./contact-import-row";
import type { ContactImportReport, ImportState } from "./import-row";
import { writeContactBatch } from "./write-contact-batch";

export type { ContactImportReport } from "./import-row";

/** Rows per transaction by default: short enough that other requests never wait long behind one. */
export const DEFAULT_IMPORT_BATCH = 500;
/** The most rows one transaction takes (its multi-row statements stay within every parameter limit). */
const MAX_IMPORT_BATCH = 500;
/** Contacts written before the first refresh of the planner's statistics (PostgreSQL). */
const ANALYZE_FIRST = 2_000;

export interface ImportOptions {
  /** Rows per transaction: a failure in one batch never loses the others. */
  batchSize?: number;
  /**
   * Rows written between two turns of the event loop; never changes an outcome. By default ROWS_PER_SLICE
   * on SQLite, whose statements run on the event loop, and the whole batch on PostgreSQL, whose statements
   * leave it free while they run: each slice costs its own round trips.
   */
  rowsPerSlice?: number | undefined;
  /** Called after each batch commits, with the rows read so far (written or refused). */
  onProgress?: (rows: number) => void;
  now?: () => Date;
}

/**
 * Writes contacts in batches of one transaction each, as they are read: a file of any length takes the
 * memory of one batch. A row with a known number, or whose primary address belongs to exactly one
 * contact, updates that contact (so importing the same file twice creates nothing new); a company named
 * by name is reused or created. Between batches, and between the slices of one (ROWS_PER_SLICE), the event
 * loop serves whatever else is waiting.
 */
export async function importContacts(
  db: StoreDatabase,
  principal: Principal,
  source: ParsedContacts | AsyncIterable<ParsedContacts>,
  options: ImportOptions = {},
): Promise<ContactImportReport> {
  const batchSize = Math.min(MAX_IMPORT_BATCH, Math.max(1, options.batchSize ?? DEFAULT_IMPORT_BATCH));
  const report: ContactImportReport = {
    imported: 0,
    updated: 0,
    unchanged: 0,
    companiesCreated: 0,
    rejected: [],
  };
  const companies: ImportState["companies"] = new Map();
  const now = options.now ?? (() => new Date());
  let read = 0;
  // Planner statistics are refreshed each time the import has doubled what it wrote since the last time.
  let analyzeAt = ANALYZE_FIRST;
  for await (const part of inBatches(source, batchSize)) {
    for (const r of part.rejects) report.rejected.push({ row: r.line, reason: r.reason });
    if (part.rows.length > 0) {
      const written = report.imported + report.companiesCreated;
      const analyze = written >= analyzeAt;
      if (analyze) analyzeAt = written * 2;
      await db.transaction(async (repos) => {
        if (analyze) await repos.contacts.analyze();
        await writeContactBatch(
          repos,
          principal,
          part.rows,
          { companies, report, at: now() },
          options.rowsPerSlice ?? (db.dialect === "postgres" ? batchSize : undefined),
        );
        return ok(undefined);
      });
    }
    read += part.rows.length + part.rejects.length;
    options.onProgress?.(read);
    await nextTurn();
  }
  report.rejected.sort((a, b) => a.row - b.row);
  return report;
}

/** The rows of a parsed file, or of a stream of parsed parts, in parts of at most `size` rows. */
async function* inBatches(
  source: ParsedContacts | AsyncIterable<ParsedContacts>,
  size: number,
): AsyncGenerator<ParsedContacts> {
  const parts = Symbol.asyncIterator in source ? source : [source];
  for await (const part of parts) {
    if (part.rows.length === 0) yield part;
    for (let start = 0; start < part.rows.length; start += size) {
      yield { rows: part.rows.slice(start, start + size), rejects: start === 0 ? part.rejects : [] };
    }
  }
}
