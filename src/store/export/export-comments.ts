import { stringify } from "csv-stringify/sync";
import type { CommentLine } from "../../contracts";
import type { Principal } from "../auth/principal";
import type { StoreDatabase } from "../db/create-database";
import type { Repositories } from "../db/repositories/create-repositories";
import { csvSafeCell } from "./csv-safe-cell";
import { csvLine, type ExportFormat } from "./write-interaction-export";

/** The exported columns of [Inter. Log Entry Comment Line], with Business Central's captions. */
export const COMMENT_EXPORT_FIELDS = ["Entry No.", "Line No.", "Date", "Comment", "User ID"] as const;

type CommentExportRecord = Record<(typeof COMMENT_EXPORT_FIELDS)[number], string | number>;

const PAGE_SIZE = 500;

export function toCommentExportRecord(line: CommentLine): CommentExportRecord {
  return {
    "Entry No.": line.entryNo,
    "Line No.": line.lineNo,
    Date: line.date,
    Comment: line.comment,
    "User ID": line.userId,
  };
}

async function* commentPages(repos: Repositories, tenantId: string, afterEntryNo: number) {
  // Past the last line any entry can have (a PostgreSQL integer), so the keyset starts at the next entry.
  let after = { entryNo: afterEntryNo, lineNo: 2_147_483_647 };
  for (;;) {
    const page = await repos.todos.commentsAfter(tenantId, after, PAGE_SIZE);
    if (page.length > 0) yield page;
    const last = page[page.length - 1];
    if (last === undefined || page.length < PAGE_SIZE) return;
    after = { entryNo: last.entryNo, lineNo: last.lineNo };
  }
}

/**
 * The comment lines of the tenant's entries after entry `after`, from one snapshot: CSV with a header row
 * (cells made formula-safe), or a JSON array keyed by the captions.
 */
export async function exportComments(
  db: StoreDatabase,
  principal: Principal,
  request: { format: ExportFormat; after: number },
  write: (chunk: string) => Promise<boolean>,
): Promise<void> {
  await db.snapshot(async (repos) => {
    const csv = request.format === "csv";
    if (!(await write(csv ? stringify([[...COMMENT_EXPORT_FIELDS]], { bom: true }) : "["))) return;
    let first = true;
    for await (const page of commentPages(repos, principal.tenantId, request.after)) {
      let text = "";
      for (const line of page) {
        const record = toCommentExportRecord(line);
        if (csv) text += csvLine(COMMENT_EXPORT_FIELDS.map((f) => csvSafeCell(record[f])));
        else text += `${first ? "\n" : ",\n"}${JSON.stringify(record)}`;
        first = false;
      }
      if (!(await write(text))) return;
    }
    if (!csv) await write(first ? "]\n" : "\n]\n");
  });
}
