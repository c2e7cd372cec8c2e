import type { Principal } from "../auth/principal";
import type { Repositories } from "../db/repositories/create-repositories";
import { timeOrderedUuid } from "./time-ordered-uuid";

/** What the audit log calls each kind of change. */
export type AuditAction =
  | "contact.create"
  | "contact.update"
  | "contact.erase"
  | "contact.export"
  | "contacts.import"
  | "entry.cancel"
  | "entry.restore"
  | "tenant_settings.put"
  | "entry.evaluate"
  | "entry.comment"
  | "todo.create"
  | "todo.complete"
  | "logged_item.cancel"
  | "logged_item.resume"
  | "logged_item.delete_draft"
  | "segment.create"
  | "segment.update"
  | "segment.delete"
  | "segment.lines_add"
  | "segment.line_delete"
  | "logged_segment.cancel"
  | "entries.delete_canceled"
  | "group.put"
  | "template.put"
  | "template_setup.put"
  | "never_log.add"
  | "never_log.remove"
  | "internal_domains.put"
  | "user_setup.put"
  | "user_setup.delete"
  | "user_setup.replace"
  | "opportunities.import"
  | "campaigns.import";

export interface Change {
  action: AuditAction;
  entityType: string;
  entityId: string;
  /** The entity before the change; absent for something new. */
  before?: unknown;
  /** The entity after the change; absent for something removed. */
  after?: unknown;
}

const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));

/**
 * Appends the changes to the audit log: who, what, when, before and after. Call it with the repositories
 * of the transaction that makes the change, so the record commits or rolls back with it.
 */
export async function recordChanges(
  repos: Repositories,
  principal: Principal,
  changes: readonly Change[],
  now: Date,
): Promise<void> {
  const at = now.toISOString();
  await repos.audit.append(
    principal.tenantId,
    changes.map((change) => ({
      id: timeOrderedUuid(now.getTime()),
      at,
      actor_id: principal.userId,
      actor_name: principal.userName,
      action: change.action,
      entity_type: change.entityType,
      entity_id: change.entityId,
      before_json: json(change.before),
      after_json: json(change.after),
    })),
  );
}
