import type { Draft, ResumeDraftRequest } from "../../contracts";
import { ok, type Result } from "../../domain/result";
import type { StoreFailure } from "../ports/store-client-port";
import type { AddinDeps } from "./addin-deps";

/** The user's drafts (postponed interactions), newest first. */
export async function loadDrafts(deps: Pick<AddinDeps, "store">): Promise<Result<Draft[], StoreFailure>> {
  const list = await deps.store.drafts();
  return list.ok ? ok(list.value.items) : list;
}

/**
 * Resumes a draft with what it still misses. The Idempotency-Key is fresh per user action: a retry of
 * the same action (the caller keeps the key) replays, and the store never writes a second entry.
 */
export function resumeDraft(
  deps: Pick<AddinDeps, "store">,
  loggedItemId: string,
  request: ResumeDraftRequest,
  idempotencyKey: string,
): Promise<Result<Draft, StoreFailure>> {
  return deps.store.resumeDraft(loggedItemId, request, idempotencyKey);
}

/** Deletes a draft and its entries (only drafts can be deleted). */
export function deleteDraft(
  deps: Pick<AddinDeps, "store">,
  loggedItemId: string,
  idempotencyKey: string,
): Promise<Result<void, StoreFailure>> {
  return deps.store.deleteDraft(loggedItemId, idempotencyKey);
}
