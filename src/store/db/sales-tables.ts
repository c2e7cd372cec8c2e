/**
 * The tables of what an entry connects to (Business Central's Opportunity, Campaign, To-do and the
 * entry's comment lines), part of the store's Kysely schema in database.ts.
 */
/** [Opportunity]: status is not_started, in_progress, won or lost; dates are UTC days. */
export interface OpportunitiesTable {
  tenant_id: string;
  no: string;
  description: string;
  contact_no: string;
  contact_company_no: string | null;
  salesperson_code: string | null;
  status: string;
  sales_cycle_stage: number | null;
  sales_cycle_stage_description: string | null;
  creation_date: string | null;
}

/** [Campaign]: dates are UTC days; status is the tenant's Campaign Status code. */
export interface CampaignsTable {
  tenant_id: string;
  no: string;
  description: string;
  starting_date: string | null;
  ending_date: string | null;
  status: string | null;
}

/** [To-do]: a follow-up, linked to the entry it was set on; open while closed_at is null. */
export interface TodosTable {
  tenant_id: string;
  no: string;
  description: string;
  /** UTC day, YYYY-MM-DD. */
  due_date: string;
  salesperson_code: string | null;
  contact_no: string;
  entry_no: number | null;
  assigned_to: string;
  created_by: string;
  created_at: string;
  closed_at: string | null;
  closed_by: string | null;
}

/** [Inter. Log Entry Comment Line]: dated comment lines by a user on an entry. */
export interface EntryCommentLinesTable {
  tenant_id: string;
  entry_no: number;
  line_no: number;
  /** UTC day, YYYY-MM-DD. */
  date: string;
  comment: string;
  user_id: string;
  user_name: string | null;
  created_at: string;
}
