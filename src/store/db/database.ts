import type { CampaignsTable, EntryCommentLinesTable, OpportunitiesTable, TodosTable } from "./sales-tables";

/**
 * The Kysely schema of the interaction store. Flags are 0/1 integers and times ISO-8601 UTC text on
 * both dialects, so every value round-trips byte for byte whichever database holds it.
 */
export type Flag = 0 | 1;

export interface ContactsTable {
  tenant_id: string;
  no: string;
  type: "person" | "company";
  name: string;
  search_name: string;
  company_no: string | null;
  email: string | null;
  /** JSON array of the company's normalised domains. */
  domains: string;
  job_title: string | null;
  phone: string | null;
  salesperson_code: string | null;
  language: string | null;
  privacy_blocked: Flag;
}

export interface ContactEmailsTable {
  tenant_id: string;
  email: string;
  contact_no: string;
  is_primary: Flag;
}

export interface CompanyDomainsTable {
  tenant_id: string;
  domain: string;
  contact_no: string;
}

export interface InteractionGroupsTable {
  tenant_id: string;
  code: string;
  description: string;
}

export interface InteractionTemplatesTable {
  tenant_id: string;
  code: string;
  group_code: string;
  description: string;
  unit_cost_lcy: number;
  unit_duration_min: number;
  information_flow: string;
  initiated_by: string;
  correspondence_type: string;
  blocked: Flag;
}

export interface TemplateSetupTable {
  tenant_id: string;
  event_kind: string;
  template_code: string | null;
}

export interface LoggedItemsTable {
  tenant_id: string;
  id: string;
  source_key: string;
  kind: string;
  subject: string;
  occurred_at: string;
  web_link: string | null;
  item_id: string | null;
  conversation_id: string | null;
  created_by: string;
  created_by_name: string | null;
  created_at: string;
  canceled: Flag;
}

export interface InteractionEntriesTable {
  tenant_id: string;
  entry_no: number;
  logged_item_id: string;
  source_key: string;
  contact_no: string;
  contact_company_no: string | null;
  template_code: string;
  group_code: string;
  description: string;
  subject: string;
  occurred_at: string;
  information_flow: string;
  initiated_by: string;
  cost_lcy: number;
  duration_min: number;
  evaluation: string;
  attempt_failed: Flag;
  correspondence_type: string;
  salesperson_code: string | null;
  user_id: string;
  user_name: string | null;
  opportunity_no: string | null;
  campaign_no: string | null;
  segment_no: string | null;
  campaign_target: Flag;
  campaign_response: Flag;
  document_type: string | null;
  document_no: string | null;
  /** [To-do No.]: the follow-up set on this entry. */
  todo_no: string | null;
  email_logged: Flag;
  postponed: Flag;
  canceled: Flag;
  created_at: string;
}

export interface NeverLogTable {
  tenant_id: string;
  id: string;
  value: string;
  kind: "address" | "domain";
  scope: "tenant" | "user";
  /** Empty for tenant-wide entries, so it can sit in the unique key. */
  user_id: string;
}

export interface InternalDomainsTable {
  tenant_id: string;
  domain: string;
}

/** The tenant's settings: one row per tenant. */
export interface TenantSettingsTable {
  tenant_id: string;
  /** ISO 4217; Business Central's LCY Code. Null: amounts are shown without a currency. */
  local_currency_code: string | null;
  /** off | suggest | on (migration 0006; existing rows got `suggest`). */
  auto_log_policy: string;
}

/** [User Setup]: a user's Salespers./Purch. Code, one row per user of a tenant. */
export interface UserSetupTable {
  tenant_id: string;
  /** The principal's user id (the dev user's email, or Entra's oid). */
  user_id: string;
  salesperson_code: string;
  updated_by: string;
  updated_at: string;
}

export interface IdempotencyKeysTable {
  tenant_id: string;
  user_id: string;
  key: string;
  /** The fingerprint of user, method + route, parameters and body the key was first used with. */
  request_hash: string;
  status_code: number;
  /** The answer's body as JSON; null for an answer without a body (204). */
  response_json: string | null;
  created_at: string;
}

/** The dimensions statistics are kept for (Business Central's SIFT keys). */
export type StatisticsDimension = "contact" | "company" | "template" | "group" | "salesperson";

/**
 * One bucket of maintained statistics: a dimension's key, a UTC month (`2026-11`) or day (`2026-11-30`),
 * and for contacts and companies the template and group ('' otherwise). `shard` spreads concurrent writers
 * over several rows on PostgreSQL; readers sum over it.
 */
export interface InteractionStatisticsTable {
  tenant_id: string;
  dimension: StatisticsDimension;
  dimension_key: string;
  grain: "month" | "day";
  period: string;
  template_code: string;
  group_code: string;
  canceled: Flag;
  shard: number;
  entries: number;
  failed: number;
  cost_lcy: number;
  duration_min: number;
}

/** Per-tenant counters (`contact_no`; `entry_no` on SQLite): numbers are taken, never reused. */
export interface CountersTable {
  tenant_id: string;
  name: string;
  value: number;
}

/** The append-only record of every change other than a new log. */
export interface AuditLogTable {
  tenant_id: string;
  /** Time-ordered (UUID v7). */
  id: string;
  at: string;
  actor_id: string;
  actor_name: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  before_json: string | null;
  after_json: string | null;
}

export interface SegmentsTable {
  tenant_id: string;
  no: string;
  description: string;
  salesperson_code: string | null;
  created_by: string;
  created_at: string;
}

export interface SegmentLinesTable {
  tenant_id: string;
  segment_no: string;
  line_no: number;
  contact_no: string;
}

/** [Logged Segment]: one log of a segment, its entries under one logged item. */
export interface LoggedSegmentsTable {
  tenant_id: string;
  id: string;
  segment_no: string;
  logged_item_id: string;
  template_code: string;
  description: string;
  created_by: string;
  created_at: string;
  canceled: Flag;
}

export interface Database {
  contacts: ContactsTable;
  contact_emails: ContactEmailsTable;
  company_domains: CompanyDomainsTable;
  interaction_groups: InteractionGroupsTable;
  interaction_templates: InteractionTemplatesTable;
  template_setup: TemplateSetupTable;
  logged_items: LoggedItemsTable;
  interaction_entries: InteractionEntriesTable;
  never_log: NeverLogTable;
  internal_domains: InternalDomainsTable;
  idempotency_keys: IdempotencyKeysTable;
  interaction_statistics: InteractionStatisticsTable;
  counters: CountersTable;
  audit_log: AuditLogTable;
  segments: SegmentsTable;
  segment_lines: SegmentLinesTable;
  logged_segments: LoggedSegmentsTable;
  tenant_settings: TenantSettingsTable;
  user_setup: UserSetupTable;
  opportunities: OpportunitiesTable;
  campaigns: CampaignsTable;
  todos: TodosTable;
  entry_comment_lines: EntryCommentLinesTable;
}

export type DialectName = "sqlite" | "postgres";
