import type { Principal } from "../auth/principal";
import type { StoreDatabase } from "../db/create-database";
import { readInteractionPages } from "./read-interaction-pages";
import { writeInteractionExport, type ExportFormat } from "./write-interaction-export";

export interface ExportRequest {
  format: ExportFormat;
  /** Resume after this entry number: the last `Entry No.` a broken download received (0: from the start). */
  after: number;
  /** Entries read per query (default 500). */
  pageSize?: number;
  /** Postponed entries (drafts) are left out unless asked for. */
  postponed?: boolean;
}

/**
 * Writes the interaction export chunk by chunk from ONE consistent snapshot of the database, so an
 * entry committed while the export runs is either wholly in it or not at all, never half a page.
 * `write` answers false when the reader is gone (a closed connection, a shutdown): the export stops and
 * its snapshot ends.
 */
export async function exportInteractions(
  db: StoreDatabase,
  principal: Principal,
  request: ExportRequest,
  write: (chunk: string) => Promise<boolean>,
): Promise<void> {
  await db.snapshot(async (repos) => {
    const pages = readInteractionPages(repos, principal, request.after, request.pageSize, {
      postponed: request.postponed === true,
    });
    for await (const chunk of writeInteractionExport(pages, request.format)) {
      if (!(await write(chunk))) return;
    }
  });
}
