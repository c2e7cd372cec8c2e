import type { InteractionPage, SourceStatus } from "../../contracts";
import { fail, ok, type Result } from "../../domain/result";
import type { Principal } from "../auth/principal";
import type { Repositories } from "../db/repositories/create-repositories";
import type { EntryOwner } from "../db/repositories/interaction-repository";
import type { ServiceFailure } from "../errors";

/**
 * GET /interactions?source=: who logged this item, when, and for whom. Drafts (postponed entries) are not
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

interface Cursor {
  occurredAt: string;
  entryNo: number;
}

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

const encodeCursor = (c: Cursor): string =>
  Buffer.from(JSON.stringify([c.occurredAt, c.entryNo])).toString("base64url");

function decodeCursor(text: string): Cursor | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
    if (!Array.isArray(value) || value.length !== 2) return undefined;
    const [occurredAt, entryNo] = value as unknown[];
    if (typeof occurredAt !== "string" || !ISO_UTC.test(occurredAt)) return undefined;
    if (typeof entryNo !== "number" || !Number.isSafeInteger(entryNo) || entryNo < 0) return undefined;
    return { occurredAt, entryNo };
  } catch {
    return undefined;
  }
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
  from?: string;
  to?: string;
  canceled?: "exclude" | "include" | "only";
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
  const after = request.cursor === undefined ? undefined : decodeCursor(request.cursor);
  if (request.cursor !== undefined && after === undefined) return fail({ code: "STORE_INVALID_CURSOR" });
  const owner = await entryOwner(repos, principal.tenantId, contactNo);
  if (!owner.ok) return owner;
  const limit = request.limit ?? 50;
  const { cursor: _cursor, limit: _limit, canceled, ...filters } = request;
  const rows = await repos.interactions.history(principal.tenantId, {
    ...filters,
    owner: owner.value,
    limit: limit + 1,
    canceled: canceled ?? "include",
    ...(after === undefined ? {} : { after }),
  });
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return ok({
    items,
    ...(rows.length > limit && last !== undefined
      ? { nextCursor: encodeCursor({ occurredAt: last.occurredAt, entryNo: last.entryNo }) }
      : {}),
  });
}
