import type { AuditPage, AuditQuery, AuditRecord } from "../../contracts";
import { fail, ok, type Result } from "../../domain/result";
import type { Principal } from "../auth/principal";
import type {
  AuditFilter,
  AuditPosition,
  AuditRecord as StoredRecord,
} from "../db/repositories/audit-repository";
import type { Repositories } from "../db/repositories/create-repositories";
import type { ServiceFailure } from "../errors";

const DEFAULT_LIMIT = 100;
const EXPORT_PAGE = 500;

type Filters = Pick<AuditQuery, "from" | "to" | "actor" | "action" | "entity" | "entityId">;

const stored = (iso: string | undefined) => (iso === undefined ? undefined : new Date(iso).toISOString());

function filterOf(query: Filters): AuditFilter {
  const filter: AuditFilter = {};
  const from = stored(query.from);
  const to = stored(query.to);
  if (from !== undefined) filter.from = from;
  if (to !== undefined) filter.to = to;
  if (query.actor !== undefined) filter.actorId = query.actor;
  if (query.action !== undefined) filter.action = query.action;
  if (query.entity !== undefined) filter.entityType = query.entity;
  if (query.entityId !== undefined) filter.entityId = query.entityId;
  return filter;
}

const encodeCursor = (p: AuditPosition) => Buffer.from(JSON.stringify([p.at, p.id])).toString("base64url");

function decodeCursor(text: string): AuditPosition | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
    if (!Array.isArray(value) || value.length !== 2) return undefined;
    const [at, id] = value as unknown[];
    if (typeof at !== "string" || typeof id !== "string" || at.length > 40 || id.length > 40)
      return undefined;
    return { at, id };
  } catch {
    return undefined;
  }
}

const parsed = (text: string | null): unknown => (text === null ? undefined : JSON.parse(text));

/** A stored record as the API shows it. */
export function toAuditRecord(r: StoredRecord): AuditRecord {
  const before = parsed(r.before_json);
  const after = parsed(r.after_json);
  return {
    id: r.id,
    at: r.at,
    actorId: r.actor_id,
    ...(r.actor_name === null ? {} : { actorName: r.actor_name }),
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    ...(before === undefined ? {} : { before }),
    ...(after === undefined ? {} : { after }),
  };
}

/** GET /audit (administrators): newest first, filtered, one keyset page at a time. */
export async function auditPage(
  repos: Repositories,
  principal: Principal,
  query: AuditQuery,
): Promise<Result<AuditPage, ServiceFailure>> {
  const position = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
  if (query.cursor !== undefined && position === undefined) return fail({ code: "STORE_INVALID_CURSOR" });
  const limit = query.limit ?? DEFAULT_LIMIT;
  const rows = await repos.audit.page(principal.tenantId, filterOf(query), position, limit + 1);
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return ok({
    items: items.map(toAuditRecord),
    ...(rows.length > limit && last !== undefined ? { nextCursor: encodeCursor(last) } : {}),
  });
}

/**
 * GET /audit/export: every record the filters match, newest first, in pages; the route passes the
 * repositories of one consistent snapshot. `write` answers false when the reader is gone.
 */
export async function exportAudit(
  repos: Repositories,
  principal: Principal,
  query: Filters,
  write: (records: AuditRecord[]) => Promise<boolean>,
): Promise<void> {
  const filter = filterOf(query);
  let position: AuditPosition | undefined;
  for (;;) {
    const rows = await repos.audit.page(principal.tenantId, filter, position, EXPORT_PAGE);
    if (rows.length > 0 && !(await write(rows.map(toAuditRecord)))) return;
    const last = rows[rows.length - 1];
    if (last === undefined || rows.length < EXPORT_PAGE) return;
    position = last;
  }
}
