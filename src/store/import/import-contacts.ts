import type { Contact, CreateContactRequest, UpdateContactRequest } from "../../contracts";
import { ok } from "../../domain/result";
import type { Principal } from "../auth/principal";
import type { StoreDatabase } from "../db/create-database";
import type { Repositories } from "../db/repositories/create-repositories";
import { createContact, updateContact } from "../services/contact-service";
import type { ContactImportRow, ParsedContacts } from "./contact-import-row";

/** What an import did: new contacts, contacts it updated, and every row it refused, with why. */
export interface ContactImportReport {
  imported: number;
  updated: number;
  unchanged: number;
  companiesCreated: number;
  rejected: Array<{ row: number; reason: string }>;
}

export interface ImportOptions {
  /** Rows per transaction: a failure in one batch never loses the others. */
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
  now?: () => Date;
}

type Outcome = "imported" | "updated" | "unchanged" | { reason: string };

/**
 * Writes parsed contacts through the contact service, in batches of one transaction each. A row with a
 * known number, or whose primary address belongs to exactly one contact, updates that contact (so
 * importing the same file twice creates nothing new); a company named by name is reused or created.
 */
export async function importContacts(
  db: StoreDatabase,
  principal: Principal,
  parsed: ParsedContacts,
  options: ImportOptions = {},
): Promise<ContactImportReport> {
  const batchSize = Math.max(1, options.batchSize ?? 200);
  const report: ContactImportReport = {
    imported: 0,
    updated: 0,
    unchanged: 0,
    companiesCreated: 0,
    rejected: parsed.rejects.map((r) => ({ row: r.line, reason: r.reason })),
  };
  const companies = new Map<string, string>();
  const now = options.now ?? (() => new Date());
  for (let start = 0; start < parsed.rows.length; start += batchSize) {
    const batch = parsed.rows.slice(start, start + batchSize);
    await db.transaction(async (repos) => {
      const at = now();
      for (const row of batch) {
        const outcome = await importRow(repos, principal, row, { companies, report, at });
        if (typeof outcome === "string") report[outcome]++;
        else report.rejected.push({ row: row.line, reason: outcome.reason });
      }
      return ok(undefined);
    });
    options.onProgress?.(Math.min(start + batchSize, parsed.rows.length), parsed.rows.length);
  }
  report.rejected.sort((a, b) => a.row - b.row);
  return report;
}

interface ImportState {
  companies: Map<string, string>;
  report: ContactImportReport;
  at: Date;
}

async function importRow(
  repos: Repositories,
  principal: Principal,
  row: ContactImportRow,
  state: ImportState,
): Promise<Outcome> {
  let companyNo = row.companyNo;
  if (companyNo === undefined && row.companyName !== undefined) {
    const found = await companyByName(repos, principal, row.companyName, state);
    if (typeof found !== "string") return found;
    companyNo = found;
  }
  const fields = requestFields(row, companyNo);
  const existing = await findExisting(repos, principal, row);
  if (existing === undefined) {
    const created = await createContact(
      repos,
      principal,
      { ...fields, type: row.type, ...(row.no ? { no: row.no } : {}) },
      { now: state.at },
    );
    return created.ok ? "imported" : { reason: created.error.message ?? created.error.code };
  }
  if (existing.type !== row.type) return { reason: `contact ${existing.no} exists as a ${existing.type}` };
  const alternates = [
    ...new Set([
      ...existing.alternateEmails,
      ...(existing.email ? [existing.email] : []),
      ...row.alternateEmails,
    ]),
  ];
  const update: UpdateContactRequest = {
    ...fields,
    alternateEmails: alternates.filter((a) => a !== (fields.email ?? existing.email)),
  };
  if (isUnchanged(existing, update)) return "unchanged";
  const updated = await updateContact(repos, principal, existing.no, update, state.at);
  return updated.ok ? "updated" : { reason: updated.error.message ?? updated.error.code };
}

function requestFields(
  row: ContactImportRow,
  companyNo: string | undefined,
): Omit<CreateContactRequest, "type" | "no"> {
  const fields: Omit<CreateContactRequest, "type" | "no"> = { name: row.name };
  if (companyNo !== undefined && row.type === "person") fields.companyNo = companyNo;
  if (row.email !== undefined) fields.email = row.email;
  if (row.alternateEmails.length > 0) fields.alternateEmails = row.alternateEmails;
  if (row.domains.length > 0) fields.domains = row.domains;
  if (row.jobTitle !== undefined) fields.jobTitle = row.jobTitle;
  if (row.phone !== undefined) fields.phone = row.phone;
  if (row.salespersonCode !== undefined) fields.salespersonCode = row.salespersonCode;
  if (row.language !== undefined) fields.language = row.language;
  return fields;
}

/** The contact a row refers to: by number, else the one contact holding its primary address. */
async function findExisting(
  repos: Repositories,
  principal: Principal,
  row: ContactImportRow,
): Promise<Contact | undefined> {
  if (row.no !== undefined) return (await repos.contacts.findByNos(principal.tenantId, [row.no]))[0];
  if (row.email === undefined) return undefined;
  const hits = await repos.contacts.findByAddresses(principal.tenantId, [row.email]);
  const owners = [...new Set(hits.map((h) => h.contactNo))];
  if (owners.length !== 1 || owners[0] === undefined) return undefined;
  return (await repos.contacts.findByNos(principal.tenantId, owners))[0];
}

async function companyByName(
  repos: Repositories,
  principal: Principal,
  name: string,
  { companies, report, at }: ImportState,
): Promise<string | { reason: string }> {
  const key = name.normalize("NFC").toLowerCase();
  const known = companies.get(key);
  if (known !== undefined) return known;
  const candidates = await repos.contacts.search(principal.tenantId, name, 50);
  const match = candidates.find((c) => c.type === "company" && c.name.normalize("NFC").toLowerCase() === key);
  if (match !== undefined) {
    companies.set(key, match.no);
    return match.no;
  }
  const created = await createContact(repos, principal, { type: "company", name }, { now: at });
  if (!created.ok) return { reason: `company "${name}": ${created.error.message ?? created.error.code}` };
  report.companiesCreated++;
  companies.set(key, created.value.no);
  return created.value.no;
}

function isUnchanged(existing: Contact, update: UpdateContactRequest): boolean {
  return Object.entries(update).every(([key, value]) => {
    const current = (existing as Record<string, unknown>)[key];
    if (Array.isArray(value) && Array.isArray(current))
      return [...value].sort().join("\n") === [...current].sort().join("\n");
    return current === value;
  });
}
