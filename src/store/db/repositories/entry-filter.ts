import { sql } from "kysely";

/** Whose entries: a person's own (Contact No.), or a company's people and itself (Contact Company No.). */
export type EntryOwner = { contactNo: string } | { companyNo: string };

/** Filters shared by the entry list, a history page and the last-interaction dates of statistics. */
export interface EntryFilter {
  /** Absent: every contact's entries of the tenant. */
  owner?: EntryOwner;
  /** Besides the owner: only entries whose Contact Company No. is this company. */
  inCompany?: string;
  templateCode?: string;
  groupCode?: string;
  salespersonCode?: string;
  /** Entries linked to this Opportunity No. or Campaign No. */
  opportunityNo?: string;
  campaignNo?: string;
  /** Inclusive UTC days. */
  from?: string;
  to?: string;
  /** Lists this user's postponed entries (drafts) instead of the logged ones. */
  postponedOf?: string;
}

const dayStart = (day: string): string => `${day}T00:00:00.000Z`;
const dayAfter = (day: string): string => new Date(Date.parse(dayStart(day)) + 86_400_000).toISOString();

function ownerCondition(owner: EntryOwner | undefined) {
  if (owner === undefined) return [];
  return "contactNo" in owner
    ? [sql`e.contact_no = ${owner.contactNo}`]
    : [sql`e.contact_company_no = ${owner.companyNo}`];
}

/**
 * An entry filter as a condition over `interaction_entries as e`. Postponed entries pass only when a user's
 * drafts are asked for, and then only that user's (Business Central page 5076 filters them out).
 */
export function matching(f: EntryFilter) {
  const parts = [
    ...ownerCondition(f.owner),
    f.postponedOf === undefined
      ? sql`e.postponed = 0`
      : sql`e.postponed = 1 and e.user_id = ${f.postponedOf}`,
  ];
  if (f.inCompany !== undefined) parts.push(sql`e.contact_company_no = ${f.inCompany}`);
  if (f.templateCode !== undefined) parts.push(sql`e.template_code = ${f.templateCode}`);
  if (f.groupCode !== undefined) parts.push(sql`e.group_code = ${f.groupCode}`);
  if (f.salespersonCode !== undefined) parts.push(sql`e.salesperson_code = ${f.salespersonCode}`);
  if (f.opportunityNo !== undefined) parts.push(sql`e.opportunity_no = ${f.opportunityNo}`);
  if (f.campaignNo !== undefined) parts.push(sql`e.campaign_no = ${f.campaignNo}`);
  if (f.from !== undefined) parts.push(sql`e.occurred_at >= ${dayStart(f.from)}`);
  if (f.to !== undefined) parts.push(sql`e.occurred_at < ${dayAfter(f.to)}`);
  return sql<boolean>`${sql.join(parts, sql` and `)}`;
}
