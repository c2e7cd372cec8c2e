import type { ContactStatistics, InteractionPage } from "../../contracts";
import type { Result } from "../../domain/result";
import type { StoreFailure } from "../ports/store-client-port";
import type { AddinDeps } from "./addin-deps";

export interface HistoryQuery {
  cursor?: string;
  templateCode?: string;
  groupCode?: string;
  opportunityNo?: string;
  campaignNo?: string;
}

export const HISTORY_PAGE_SIZE = 20;

/** One page of a contact's interactions, newest first; `nextCursor` continues it. */
export function loadHistory(
  deps: Pick<AddinDeps, "store">,
  contactNo: string,
  query: HistoryQuery = {},
): Promise<Result<InteractionPage, StoreFailure>> {
  return deps.store.history(contactNo, { ...query, limit: HISTORY_PAGE_SIZE });
}

/** A contact's statistics under History's filters: count, cost, duration, last interaction, per month. */
export function loadStatistics(
  deps: Pick<AddinDeps, "store">,
  contactNo: string,
  query: Omit<HistoryQuery, "cursor" | "opportunityNo" | "campaignNo"> = {},
): Promise<Result<ContactStatistics, StoreFailure>> {
  return deps.store.statistics(contactNo, query);
}
