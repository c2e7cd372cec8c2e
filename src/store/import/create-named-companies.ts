import { setImmediate as nextTurn } from "node:timers/promises";
import type { Principal } from "../auth/principal";
import { searchFold } from "../../domain/search-fold";
import { contactOf, type ContactRecord } from "../db/repositories/contact-rows";
import type { Repositories } from "../db/repositories/create-repositories";
import { formatContactNo, nextContactNo } from "../services/next-contact-no";
import { recordChanges, type Change } from "../services/record-changes";
import type { ContactImportRow } from "./contact-import-row";
import { companyByName, type ImportState, type KnownCompany } from "./import-row";

/** The company a row named by name, or why it has none, by the name's search key. */
export type CompaniesByName = Map<string, KnownCompany | { reason: string }>;

/**
 * The companies that rows name by name (not by number): found, or created when nobody has them yet —
 * the new ones in one insert, each under the name as first written. A company that cannot be written so
 * is left to the service (companyByName), row by row.
 */
export async function createNamedCompanies(
  repos: Repositories,
  principal: Principal,
  rows: readonly ContactImportRow[],
  state: ImportState,
): Promise<CompaniesByName> {
  const byName: CompaniesByName = new Map();
  for (const row of rows) {
    if (row.companyNo !== undefined || row.companyName === undefined) continue;
    const key = searchFold(row.companyName);
    if (byName.has(key)) continue;
    const known = state.companies.get(key);
    if (known !== undefined) byName.set(key, known);
  }
  const unknown = rows.flatMap((r) =>
    r.companyNo === undefined && r.companyName !== undefined && !byName.has(searchFold(r.companyName))
      ? [r.companyName]
      : [],
  );
  if (unknown.length === 0) return byName;
  for (const [key, company] of await repos.contacts.findCompaniesByNames(principal.tenantId, unknown))
    state.companies.set(key, company);
  await insertCompanies(repos, principal, unknown, state);
  for (const name of unknown) {
    const key = searchFold(name);
    if (byName.has(key)) continue;
    const found = await companyByName(repos, principal, name, state);
    byName.set(key, typeof found === "string" ? (state.companies.get(key) as KnownCompany) : found);
  }
  return byName;
}

const COUNTER = "contact_no";

async function insertCompanies(
  repos: Repositories,
  principal: Principal,
  names: readonly string[],
  state: ImportState,
): Promise<void> {
  const firsts = new Map<string, string>();
  for (const name of names) {
    const key = searchFold(name);
    if (!state.companies.has(key) && !firsts.has(key)) firsts.set(key, name);
  }
  if (firsts.size === 0) return;
  const numbers = await takeContactNumbers(
    repos,
    principal.tenantId,
    [...firsts.values()].map(() => ({})),
  );
  const records = [...firsts.values()].map((name, i): ContactRecord => ({
    no: numbers[i] as string,
    type: "company",
    name,
    alternateEmails: [],
    domains: [],
    privacyBlocked: false,
  }));
  const written = await repos.contacts.insertMany(principal.tenantId, records);
  const kept = records.filter((r) => written.has(r.no));
  for (const record of kept)
    state.companies.set(searchFold(record.name), { no: record.no, name: record.name });
  state.report.companiesCreated += kept.length;
  const changes = kept.map((record): Change => ({
    action: "contact.create",
    entityType: "contact",
    entityId: record.no,
    after: contactOf(record, undefined),
  }));
  await recordChanges(repos, principal, changes, state.at);
  await nextTurn();
}

/** Numbers for the records without one, taken from the counter at once; a taken number is taken again. */
export async function takeContactNumbers(
  repos: Repositories,
  tenantId: string,
  pending: ReadonlyArray<{ record?: { no?: string } }>,
): Promise<string[]> {
  const wanted = pending.filter((p) => p.record?.no === undefined).length;
  if (wanted === 0) return [];
  const last = await repos.counters.take(tenantId, COUNTER, wanted);
  const numbers = Array.from({ length: wanted }, (_, i) => formatContactNo(last - wanted + 1 + i));
  const own = new Set(pending.flatMap((p) => (p.record?.no === undefined ? [] : [p.record.no])));
  const taken = new Set((await repos.contacts.findForLogging(tenantId, numbers)).map((c) => c.no));
  for (let i = 0; i < numbers.length; i += 1) {
    let no = numbers[i] as string;
    while (taken.has(no) || own.has(no)) no = await nextContactNo(repos, tenantId);
    numbers[i] = no;
    own.add(no);
  }
  return numbers;
}
