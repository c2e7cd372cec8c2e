import type { Contact, CreateContactRequest, UpdateContactRequest } from "../../contracts";
import type { Principal } from "../auth/principal";
import type { Repositories } from "../db/repositories/create-repositories";
import { searchFold } from "../../domain/search-fold";
import { createContact, updateContact } from "../services/contact-service";
import type { ContactImportRow } from "./contact-import-row";

/** What an import did: new contacts, contacts it updated, and every row it refused, with why. */
export interface ContactImportReport {
  imported: number;
  updated: number;
  unchanged: number;
  companiesCreated: number;
  rejected: Array<{ row: number; reason: string }>;
}

export type Outcome = "imported" | "updated" | "unchanged" | { reason: string };

/** A company an import named by name: its number and its name as stored. */
export interface KnownCompany {
  no: string;
  name: string;
}

export interface ImportState {
  /** Companies by search key, found or created by this import. */
  companies: Map<string, KnownCompany>;
  report: ContactImportReport;
  at: Date;
}

/** Counts an outcome into the report. */
export function count(report: ContactImportReport, row: ContactImportRow, outcome: Outcome): void {
  if (typeof outcome === "string") report[outcome]++;
  else report.rejected.push({ row: row.line, reason: outcome.reason });
}

/**
 * One row on its own, through the contact service, with fresh reads: the path for every row a batch
 * cannot decide from what it read at its start (an update, an address another contact holds, a row that
 * depends on an earlier row of the same batch).
 */
export async function importRow(
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
  const update = updateOf(existing, row, fields);
  if (update === undefined) return { reason: `contact ${existing.no} exists as a ${existing.type}` };
  if (isUnchanged(existing, update)) return "unchanged";
  const updated = await updateContact(repos, principal, existing.no, update, state.at);
  return updated.ok ? "updated" : { reason: updated.error.message ?? updated.error.code };
}

/** The change a row asks of the contact it refers to; undefined when their types differ. */
export function updateOf(
  existing: Contact,
  row: ContactImportRow,
  fields: Omit<CreateContactRequest, "type" | "no">,
): UpdateContactRequest | undefined {
  if (existing.type !== row.type) return undefined;
  const alternates = [
    ...new Set([
      ...existing.alternateEmails,
      ...(existing.email ? [existing.email] : []),
      ...row.alternateEmails,
    ]),
  ];
  return {
    ...fields,
    alternateEmails: alternates.filter((a) => a !== (fields.email ?? existing.email)),
  };
}

export function requestFields(
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

/** The company of that name (the first by number when several share it), created when there is none. */
export async function companyByName(
  repos: Repositories,
  principal: Principal,
  name: string,
  { companies, report, at }: ImportState,
): Promise<string | { reason: string }> {
  const key = searchFold(name);
  const known = companies.get(key);
  if (known !== undefined) return known.no;
  const match = (await repos.contacts.findCompaniesByNames(principal.tenantId, [name])).get(key);
  if (match !== undefined) {
    companies.set(key, match);
    return match.no;
  }
  const created = await createContact(repos, principal, { type: "company", name }, { now: at });
  if (!created.ok) return { reason: `company "${name}": ${created.error.message ?? created.error.code}` };
  report.companiesCreated++;
  companies.set(key, { no: created.value.no, name: created.value.name });
  return created.value.no;
}

export function isUnchanged(existing: Contact, update: UpdateContactRequest): boolean {
  return Object.entries(update).every(([key, value]) => {
    const current = (existing as Record<string, unknown>)[key];
    if (Array.isArray(value) && Array.isArray(current))
      return [...value].sort().join("\n") === [...current].sort().join("\n");
    return current === value;
  });
}
