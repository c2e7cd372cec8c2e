import type { AddCommentRequest, CommentLine, CommentList } from "../../contracts";
import { fail, ok, type Result } from "../../domain/result";
import type { Principal } from "../auth/principal";
import type { Repositories } from "../db/repositories/create-repositories";
import type { ServiceFailure } from "../errors";
import { changeableEntry } from "./interaction-lifecycle";
import { recordChanges } from "./record-changes";

/** Business Central numbers comment lines 10000, 20000, …, leaving room between them. */
const LINE_STEP = 10_000;

/** GET /interactions/{entryNo}/comments: the entry's comment lines in order; any user of the tenant reads them. */
export async function listComments(
  repos: Repositories,
  principal: Principal,
  entryNo: number,
): Promise<Result<CommentList, ServiceFailure>> {
  const entry = await repos.interactions.entry(principal.tenantId, entryNo);
  if (entry === undefined) return fail({ code: "STORE_NOT_FOUND", message: `Entry ${entryNo} not found.` });
  return ok({ items: await repos.todos.comments(principal.tenantId, [entryNo]) });
}

/**
 * POST /interactions/{entryNo}/comments: a dated line by the caller on an entry they may change (their own,
 * or anyone's for a manager). Line numbers come from a per-entry counter, so concurrent writers never
 * collide. Audited.
 */
export async function addComment(
  repos: Repositories,
  principal: Principal,
  entryNo: number,
  request: AddCommentRequest,
  now: Date,
): Promise<Result<CommentLine, ServiceFailure>> {
  const entry = await changeableEntry(repos, principal, entryNo);
  if (!entry.ok) return entry;
  const step = await repos.counters.take(principal.tenantId, `comment_line:${entryNo}`);
  const line = await repos.todos.insertComment(principal.tenantId, {
    entry_no: entryNo,
    line_no: step * LINE_STEP,
    date: request.date ?? now.toISOString().slice(0, 10),
    comment: request.comment,
    user_id: principal.userId,
    user_name: principal.userName,
    created_at: now.toISOString(),
  });
  await recordChanges(
    repos,
    principal,
    [{ action: "entry.comment", entityType: "entry", entityId: String(entryNo), after: line }],
    now,
  );
  return ok(line);
}
