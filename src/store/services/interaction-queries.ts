import type { EntryList, InteractionPage, SourceStatus } from "../../contracts";
import { fail, ok, type Result } from "../../domain/result";
import type { Principal } from "../auth/principal";
import type { Repositories } from "../db/repositories/create-repositories";
import type { EntryOwner, HistoryQuery } from "../db/repositories/interaction-repository";
import { decodeCursor, encodeCursor } from "./entry-cursor";
import type { ServiceFailure } from "../errors";

/**
 * GET /logged-items?source=: who logged this item, when, and for whom. Drafts (postponed entries) are not
 * logged: they are left out, and a logged item that is only a draft is not listed.
 */
export async function sourceStatus(
  repos: Repositories,
  principal: Principal,
  sourceKey: string,
): Promise<SourceStatus> {
  const items = await repos.interactions.loggedItemsForSource(principal.tenantId, sourceKey);
  const withEntries = await Promise.all(
    items.map(async (item) => ({
      item,
      entries: (await repos.interactions.entriesOfLoggedItem(principal.tenantId, item.id)).filter(
        (e) => !e.postponed,
      ),
    })),
  );
  const loggedItems = withEntries.filter(({ entries }) => entries.length > 0);
  const logged = loggedItems.some(({ entries }) => entries.some((e) => !e.canceled));
  return { sourceKey, logged, loggedItems };
}

/** Whose entries a contact's history and statistics show: a company's roll up its people's (and its own). */
export async function entryOwner(
  repos: Repositories,
  tenantId: string,
  contactNo: string,
): Promise<Result<EntryOwner, ServiceFailure>> {
  const [contact] = await repos.contacts.findForLogging(tenantId, [contactNo]);
  if (contact === undefined)
    return fail({ code: "STORE_NOT_FOUND", message: `Contact ${contactNo} not found.` });
  return ok(contact.type === "company" ? { companyNo: contact.no } : { contactNo: contact.no });
}

export interface HistoryRequest {
  cursor?: string;
  limit?: number;
  templateCode?: string;
  groupCode?: string;
  opportunityNo?: string;
  campaignNo?: string;
  from?: string;
  to?: string;
  canceled?: "exclude" | "include" | "only";
}

/** One page of entries newest first, and the opaque keyset cursor of the next page when there is one. */
async function page(
  repos: Repositories,
  tenantId: string,
  query: Omit<HistoryQuery, "limit" | "after">,
  cursor: string | undefined,
  limit: number,
) {
  const after = cursor === undefined ? undefined : decodeCursor(cursor);
  if (cursor !== undefined && after === undefined)
    return fail<ServiceFailure>({ code: "STORE_INVALID_CURSOR" });
  const rows = await repos.interactions.history(tenantId, {
    ...query,
    limit: limit + 1,
    ...(after === undefined ? {} : { after }),
  });
  const entries = rows.slice(0, limit);
  const last = entries[entries.length - 1];
  const nextCursor =
    rows.length > limit && last !== undefined
      ? encodeCursor({ occurredAt: last.occurredAt, entryNo: last.entryNo })
      : undefined;
  return ok({ entries, ...(nextCursor === undefined ? {} : { nextCursor }) });
}

/**
 * GET /contacts/{no}/interactions: newest first, an opaque keyset cursor over (occurred at, entry no). A
 * company's history is every entry whose Contact Company No. is the company; postponed entries never show.
 */
export async function contactHistory(
  repos: Repositories,
  principal: Principal,
  contactNo: string,
  request: HistoryRequest,
): Promise<Result<InteractionPage, ServiceFailure>> {
  const owner = await entryOwner(repos, principal.tenantId, contactNo);
  if (!owner.ok) return owner;
  const { cursor, limit, canceled, ...filters } = request;
  const found = await page(
    repos,
    principal.tenantId,
    { ...filters, owner: owner.value, canceled: canceled ?? "include" },
    cursor,
    limit ?? 50,
  );
  if (!found.ok) return found;
  const { entries, nextCursor } = found.value;
  return ok({ items: entries, ...(nextCursor === undefined ? {} : { nextCursor }) });
}

export interface EntryListRequest extends HistoryRequest {
  contactNo?: string;
  companyNo?: string;
  salespersonCode?: string;
  /** true: the caller's own postponed entries (drafts) only; otherwise postponed entries never show. */
  postponed?: boolean;
}

/**
 * GET /interactions: the tenant's Interaction Log Entries, newest first, filtered by contact (its own
 * entries), company (through Contact Company No.), template, group, salesperson, date range and canceled.
 * A contact or company that does not exist is not found rather than an empty list.
 */
export async function listEntries(
  repos: Repositories,
  principal: Principal,
  request: EntryListRequest,
): Promise<Result<EntryList, ServiceFailure>> {
  const { cursor, limit, canceled, contactNo, companyNo, postponed, ...filters } = request;
  for (const no of [contactNo, companyNo]) {
    if (no === undefined) continue;
    const [found] = await repos.contacts.findForLogging(principal.tenantId, [no]);
    if (found === undefined) return fail({ code: "STORE_NOT_FOUND", message: `Contact ${no} not found.` });
  }
  // Both: the contact's entries made while it belonged to that company.
  const owner: EntryOwner | undefined =
    contactNo !== undefined ? { contactNo } : companyNo !== undefined ? { companyNo } : undefined;
  const query = {
    ...filters,
    ...(owner === undefined ? {} : { owner }),
    ...(contactNo !== undefined && companyNo !== undefined ? { inCompany: companyNo } : {}),
    ...(postponed === true ? { postponedOf: principal.userId } : {}),
    canceled: canceled ?? "include",
  };
  return page(repos, principal.tenantId, query, cursor, limit ?? 50);
}
