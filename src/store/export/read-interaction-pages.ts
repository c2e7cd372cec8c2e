import type { Principal } from "../auth/principal";
import type { Repositories } from "../db/repositories/create-repositories";
import type { EntryColumns } from "../db/repositories/entry-row";

const DEFAULT_PAGE_SIZE = 500;

/** Which entries: one contact's only, and whether postponed entries (drafts) are in. */
export interface PageFilter {
  contactNo?: string;
  postponed: boolean;
}

/**
 * Every entry of the caller's tenant after entry number `after` (0: all), in entry-number order, one
 * keyset page at a time, so an export of millions of entries holds one page in memory. Give it the
 * repositories of one snapshot (StoreDatabase.snapshot) and the pages are one consistent view.
 */
export async function* readInteractionPages(
  repos: Repositories,
  principal: Principal,
  from = 0,
  pageSize = DEFAULT_PAGE_SIZE,
  filter: PageFilter = { postponed: false },
): AsyncGenerator<EntryColumns[]> {
  let after = from;
  for (;;) {
    const page = await repos.interactions.entriesAfter(principal.tenantId, after, pageSize, filter);
    if (page.length === 0) return;
    yield page;
    const last = page[page.length - 1];
    if (last === undefined || page.length < pageSize) return;
    after = last.entryNo;
  }
}
