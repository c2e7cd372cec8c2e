import { Type, type Static } from "@sinclair/typebox";
import { IsoDateTime } from "./common";

const Text = (maxLength: number) => Type.String({ minLength: 1, maxLength });

/** Filters of GET /audit and GET /audit/export. */
const AuditFilters = {
  /** From this time on (inclusive). */
  from: Type.Optional(IsoDateTime),
  /** Before this time (exclusive). */
  to: Type.Optional(IsoDateTime),
  /** The user who made the change (their user id). */
  actor: Type.Optional(Text(320)),
  /** e.g. `contact.update`, `entry.cancel`. */
  action: Type.Optional(Text(60)),
  /** e.g. `contact`, `entry`, `interaction_template`. */
  entity: Type.Optional(Text(60)),
  /** One entity: a contact number, an entry number, a template code … */
  entityId: Type.Optional(Text(320)),
};

/** Query of GET /audit: a page, newest first. */
export const AuditQuery = Type.Object(
  {
    ...AuditFilters,
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
  },
  { additionalProperties: false },
);
export type AuditQuery = Static<typeof AuditQuery>;

/** Query of GET /audit/export: everything the filters match, as CSV or JSON. */
export const AuditExportQuery = Type.Object(
  { ...AuditFilters, format: Type.Optional(Type.Union([Type.Literal("csv"), Type.Literal("json")])) },
  { additionalProperties: false },
);
export type AuditExportQuery = Static<typeof AuditExportQuery>;

/** One change as the audit log recorded it: who, what, when, and the entity before and after. */
export const AuditRecord = Type.Object({
  id: Type.String(),
  at: IsoDateTime,
  actorId: Type.String(),
  actorName: Type.Optional(Type.String()),
  action: Type.String(),
  entityType: Type.String(),
  entityId: Type.String(),
  before: Type.Optional(Type.Unknown()),
  after: Type.Optional(Type.Unknown()),
});
export type AuditRecord = Static<typeof AuditRecord>;

export const AuditPage = Type.Object({
  items: Type.Array(AuditRecord),
  nextCursor: Type.Optional(Type.String()),
});
export type AuditPage = Static<typeof AuditPage>;
