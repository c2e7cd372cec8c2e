import type {
  Campaign,
  CampaignList,
  CampaignListQuery,
  ImportOpportunity,
  Opportunity,
  OpportunityList,
  OpportunityListQuery,
  OpportunityStatus,
  SalesLinkImportResponse,
} from "../../contracts";
import { fail, ok, type Result } from "../../domain/result";
import type { Principal } from "../auth/principal";
import type { Repositories } from "../db/repositories/create-repositories";
import type { CampaignRow, OpportunityRow, UpsertCounts } from "../db/repositories/sales-link-repository";
import type { ServiceFailure } from "../errors";
import { duplicateNumbers, type ParsedRows, type SalesLinkReject } from "../import/parse-sales-links";
import { adminOnly } from "./authorize";
import { ownersOf } from "./check-entry-links";
import { recordChanges } from "./record-changes";

const OPEN: readonly OpportunityStatus[] = ["not_started", "in_progress"];
const DEFAULT_LIMIT = 200;

/** A file with refused rows: nothing is written, and every refused row is named with why. */
export const invalid = (rejected: SalesLinkReject[]): ServiceFailure => ({
  code: "STORE_IMPORT_INVALID",
  message: `${rejected.length} row(s) cannot be imported; nothing was written.`,
  details: { rejected },
});

/**
 * GET /opportunities: `contact` keeps the opportunities of those contacts and of their companies (a
 * company's own, and its people's); `open` only Not Started and In Progress; `conversation` adds when an
 * entry of that Outlook conversation last named each. Most recently active first. An unknown contact is
 * not found.
 */
export async function listOpportunities(
  repos: Repositories,
  principal: Principal,
  query: OpportunityListQuery,
): Promise<Result<OpportunityList, ServiceFailure>> {
  let among: Set<string> | undefined;
  if (query.contact !== undefined) {
    const given = [...new Set(query.contact)];
    const found = await repos.contacts.findForLogging(principal.tenantId, given);
    const missing = given.filter((no) => !found.some((c) => c.no === no));
    if (missing.length > 0)
      return fail({ code: "STORE_NOT_FOUND", message: `Unknown contact(s): ${missing.join(", ")}.` });
    among = ownersOf(found);
  }
  const statuses = query.status !== undefined ? [query.status] : query.open === true ? OPEN : undefined;
  const items = await repos.salesLinks.opportunities(principal.tenantId, {
    ...(among === undefined ? {} : { contactOrCompany: [...among] }),
    ...(statuses === undefined ? {} : { statuses }),
    ...(query.salesperson === undefined ? {} : { salespersonCode: query.salesperson }),
    ...(query.conversation === undefined ? {} : { conversationId: query.conversation }),
    limit: query.limit ?? DEFAULT_LIMIT,
  });
  return ok({ items });
}

/** GET /opportunities/{no}. */
export async function readOpportunity(
  repos: Repositories,
  principal: Principal,
  no: string,
): Promise<Result<Opportunity, ServiceFailure>> {
  const [found] = await repos.salesLinks.opportunities(principal.tenantId, { nos: [no], limit: 1 });
  return found === undefined
    ? fail({ code: "STORE_NOT_FOUND", message: `Opportunity ${no} not found.` })
    : ok(found);
}

/** GET /campaigns: `current` keeps those running on `on` (today, UTC, by default). */
export async function listCampaigns(
  repos: Repositories,
  principal: Principal,
  query: CampaignListQuery,
  now: Date,
): Promise<CampaignList> {
  const on = query.current === true ? (query.on ?? now.toISOString().slice(0, 10)) : undefined;
  const items = await repos.salesLinks.campaigns(principal.tenantId, {
    ...(on === undefined ? {} : { on }),
    limit: query.limit ?? DEFAULT_LIMIT,
  });
  return { items };
}

/** GET /campaigns/{no}. */
export async function readCampaign(
  repos: Repositories,
  principal: Principal,
  no: string,
): Promise<Result<Campaign, ServiceFailure>> {
  const [found] = await repos.salesLinks.campaigns(principal.tenantId, { nos: [no], limit: 1 });
  return found === undefined
    ? fail({ code: "STORE_NOT_FOUND", message: `Campaign ${no} not found.` })
    : ok(found);
}

/**
 * Each opportunity's contact must exist; Contact Company No., when given, must be a company, and when
 * absent is the contact's company (or the contact, when it is one). A row that fails refuses the file.
 */
async function toOpportunityRows(
  repos: Repositories,
  tenantId: string,
  records: readonly ImportOpportunity[],
): Promise<ParsedRows<OpportunityRow>> {
  const nos = [...new Set(records.flatMap((r) => [r.contactNo, r.contactCompanyNo ?? r.contactNo]))];
  const contacts = new Map((await repos.contacts.findForLogging(tenantId, nos)).map((c) => [c.no, c]));
  const rejects: SalesLinkReject[] = duplicateNumbers(records);
  const rows: OpportunityRow[] = [];
  records.forEach((r, i) => {
    const contact = contacts.get(r.contactNo);
    const company = r.contactCompanyNo === undefined ? undefined : contacts.get(r.contactCompanyNo);
    if (contact === undefined)
      return rejects.push({ row: i + 1, reason: `Contact ${r.contactNo} does not exist.` });
    if (r.contactCompanyNo !== undefined && company?.type !== "company")
      return rejects.push({ row: i + 1, reason: `Company ${r.contactCompanyNo} does not exist.` });
    rows.push({
      no: r.no,
      description: r.description,
      contact_no: r.contactNo,
      contact_company_no:
        r.contactCompanyNo ?? contact.companyNo ?? (contact.type === "company" ? contact.no : null),
      salesperson_code: r.salespersonCode ?? null,
      status: r.status,
      sales_cycle_stage: r.salesCycleStage ?? null,
      sales_cycle_stage_description: r.salesCycleStageDescription ?? null,
      creation_date: r.creationDate ?? null,
    });
    return undefined;
  });
  return rejects.length > 0
    ? { ok: false, rejected: rejects.sort((a, b) => a.row - b.row) }
    : { ok: true, rows };
}

/** The answer, and an audit record only when something changed: a re-import writes nothing at all. */
async function report(
  repos: Repositories,
  principal: Principal,
  what: "opportunities" | "campaigns",
  format: "csv" | "json",
  counts: UpsertCounts,
  now: Date,
): Promise<SalesLinkImportResponse> {
  const changed = counts.imported + counts.updated > 0;
  if (changed) {
    const change = { action: `${what}.import` as const, entityType: "import", entityId: format };
    await recordChanges(repos, principal, [{ ...change, after: counts }], now);
  }
  return { format, ...counts, changed };
}

/** POST /opportunities/import (admin): all rows or none; rows already as given stay untouched. */
export async function importOpportunities(
  repos: Repositories,
  principal: Principal,
  format: "csv" | "json",
  records: readonly ImportOpportunity[],
  now: Date,
): Promise<Result<SalesLinkImportResponse, ServiceFailure>> {
  const allowed = adminOnly(principal, "import opportunities");
  if (!allowed.ok) return allowed;
  const rows = await toOpportunityRows(repos, principal.tenantId, records);
  if (!rows.ok) return fail(invalid(rows.rejected));
  const counts = await repos.salesLinks.upsertOpportunities(principal.tenantId, rows.rows);
  return ok(await report(repos, principal, "opportunities", format, counts, now));
}

/** POST /campaigns/import (admin): all rows or none; an Ending Date before the Starting Date refuses its row. */
export async function importCampaigns(
  repos: Repositories,
  principal: Principal,
  format: "csv" | "json",
  records: readonly Campaign[],
  now: Date,
): Promise<Result<SalesLinkImportResponse, ServiceFailure>> {
  const allowed = adminOnly(principal, "import campaigns");
  if (!allowed.ok) return allowed;
  const rejects = duplicateNumbers(records);
  records.forEach((r, i) => {
    if (r.startingDate !== undefined && r.endingDate !== undefined && r.endingDate < r.startingDate)
      rejects.push({ row: i + 1, reason: `Campaign ${r.no} ends before it starts.` });
  });
  if (rejects.length > 0) return fail(invalid(rejects));
  const rows: CampaignRow[] = records.map((r) => ({
    no: r.no,
    description: r.description,
    starting_date: r.startingDate ?? null,
    ending_date: r.endingDate ?? null,
    status: r.status ?? null,
  }));
  const counts = await repos.salesLinks.upsertCampaigns(principal.tenantId, rows);
  return ok(await report(repos, principal, "campaigns", format, counts, now));
}
