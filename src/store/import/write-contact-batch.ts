import { setImmediate as nextTurn } from "node:timers/promises";
import type { Contact } from "../../contracts";
import type { Principal } from "../auth/principal";
import { searchFold } from "../../domain/search-fold";
import { contactOf, type ContactRecord } from "../db/repositories/contact-rows";
import type { Repositories } from "../db/repositories/create-repositories";
import { normalizeFields } from "../services/contact-service";
import { formatContactNo, nextContactNo } from "../services/next-contact-no";
import { recordChanges, type Change } from "../services/record-changes";
import type { ContactImportRow } from "./contact-import-row";
import {
  companyByName,
  count,
  importRow,
  isUnchanged,
  requestFields,
  updateOf,
  type ImportState,
  type KnownCompany,
  type Outcome,
} from "./import-row";

/** What a batch read at its start, for every row of it at once. */
interface Lookups {
  byNo: Map<string, Contact>;
  /** The contacts holding each primary address of the batch. */
  owners: Map<string, string[]>;
  /** The one contact holding an address, when exactly one does. */
  ownerContacts: Map<string, Contact>;
  /** Each company number a row names, and whether it is a company. */
  companies: Map<string, string>;
  /** The company a row named by name, or why it has none. */
  companyByName: Map<string, KnownCompany | { reason: string }>;
}

interface Pending {
  row: ContactImportRow;
  record: Omit<ContactRecord, "no"> & { no?: string };
  companyName: string | undefined;
}

/** The batch cannot decide this row from its reads: it goes alone, through the contact service. */
const ALONE = "alone";

/**
 * Writes one batch of rows in the caller's transaction with as few statements as the batch allows: one
 * read per kind for the whole batch, then the new contacts, their addresses and their audit records in
 * multi-row inserts. The outcome of every row is the one the contact service would give it row by row:
 * a row the reads cannot decide (an update, an address someone holds, a row that depends on an earlier
 * row of the batch) goes through the service alone, after what came before it is written.
 */
export async function writeContactBatch(
  repos: Repositories,
  principal: Principal,
  rows: readonly ContactImportRow[],
  state: ImportState,
): Promise<void> {
  let rest = rows;
  while (rest.length > 0) {
    const lookups = await lookUp(repos, principal, rest, state);
    await nextTurn();
    const touched = new Set<string>();
    const pending: Pending[] = [];
    let next = 0;
    for (; next < rest.length; next += 1) {
      const row = rest[next] as ContactImportRow;
      const decided = decide(row, lookups, touched);
      if (decided === ALONE) break;
      if ("record" in decided) {
        pending.push(decided);
        for (const key of [decided.record.no, decided.record.email, ...decided.record.alternateEmails])
          if (key !== undefined) touched.add(key);
      } else count(state.report, row, decided.outcome);
    }
    await nextTurn();
    await writePending(repos, principal, pending, state);
    const alone = rest[next];
    if (alone !== undefined) count(state.report, alone, await importRow(repos, principal, alone, state));
    rest = rest.slice(next + 1);
  }
}

async function lookUp(
  repos: Repositories,
  principal: Principal,
  rows: readonly ContactImportRow[],
  state: ImportState,
): Promise<Lookups> {
  const tenant = principal.tenantId;
  const byName = new Map<string, KnownCompany | { reason: string }>();
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
  if (unknown.length > 0) {
    for (const [key, company] of await repos.contacts.findCompaniesByNames(tenant, unknown))
      state.companies.set(key, company);
    await createCompanies(repos, principal, unknown, state);
    for (const name of unknown) {
      const key = searchFold(name);
      if (byName.has(key)) continue;
      const found = await companyByName(repos, principal, name, state);
      byName.set(key, typeof found === "string" ? (state.companies.get(key) as KnownCompany) : found);
    }
  }
  const nos = rows.flatMap((r) => (r.no === undefined ? [] : [r.no]));
  const emails = rows.flatMap((r) => (r.no === undefined && r.email !== undefined ? [r.email] : []));
  const companyNos = rows.flatMap((r) => (r.type === "person" && r.companyNo ? [r.companyNo] : []));
  const [found, hits, companies] = await Promise.all([
    repos.contacts.findByNos(tenant, nos),
    repos.contacts.findByAddresses(tenant, emails),
    repos.contacts.findForLogging(tenant, companyNos),
  ]);
  const owners = new Map<string, string[]>();
  for (const hit of hits) {
    const list = owners.get(hit.email) ?? [];
    if (!list.includes(hit.contactNo)) list.push(hit.contactNo);
    owners.set(hit.email, list);
  }
  const single = [...owners.values()].flatMap((list) => (list.length === 1 ? list : []));
  const ownerContacts = new Map<string, Contact>();
  const ownerByNo = new Map((await repos.contacts.findByNos(tenant, single)).map((c) => [c.no, c]));
  for (const [email, list] of owners) {
    const contact = list.length === 1 ? ownerByNo.get(list[0] as string) : undefined;
    if (contact !== undefined) ownerContacts.set(email, contact);
  }
  return {
    byNo: new Map(found.map((c) => [c.no, c])),
    owners,
    ownerContacts,
    companies: new Map(companies.flatMap((c) => (c.type === "company" ? [[c.no, c.name]] : []))),
    companyByName: byName,
  };
}

/** A row's outcome from the batch's reads, the contact to insert, or ALONE. */
function decide(
  row: ContactImportRow,
  lookups: Lookups,
  touched: ReadonlySet<string>,
): typeof ALONE | { outcome: Outcome } | Pending {
  let companyNo = row.companyNo;
  let companyName: string | undefined;
  if (companyNo === undefined && row.companyName !== undefined) {
    const found = lookups.companyByName.get(searchFold(row.companyName));
    if (found === undefined) return ALONE;
    if ("reason" in found) return { outcome: found };
    companyNo = found.no;
    companyName = found.name;
  }
  const depends = [row.no, row.email, companyNo].some((key) => key !== undefined && touched.has(key));
  if (depends) return ALONE;
  const fields = requestFields(row, companyNo);
  const existing =
    row.no !== undefined
      ? lookups.byNo.get(row.no)
      : row.email === undefined
        ? undefined
        : lookups.ownerContacts.get(row.email);
  if (existing !== undefined) {
    if (touched.has(existing.no)) return ALONE;
    const update = updateOf(existing, row, fields);
    if (update === undefined)
      return { outcome: { reason: `contact ${existing.no} exists as a ${existing.type}` } };
    return isUnchanged(existing, update) ? { outcome: "unchanged" } : ALONE;
  }
  // Someone holds the address (the service names them), or the alternates need the store's order.
  if (row.email !== undefined && (lookups.owners.get(row.email)?.length ?? 0) > 0) return ALONE;
  if (row.alternateEmails.length > 1) return ALONE;
  const normalized = normalizeFields(fields);
  if (!normalized.ok) return { outcome: { reason: normalized.error.message ?? normalized.error.code } };
  if (fields.companyNo !== undefined && companyName === undefined) {
    companyName = lookups.companies.get(fields.companyNo);
    if (companyName === undefined)
      return { outcome: { reason: `Company contact ${fields.companyNo} not found.` } };
  }
  return {
    row,
    companyName,
    record: {
      alternateEmails: [],
      domains: [],
      privacyBlocked: false,
      ...normalized.value,
      ...(row.no === undefined ? {} : { no: row.no }),
      type: row.type,
      name: row.name,
    },
  };
}

const COUNTER = "contact_no";

/**
 * The companies a batch names by name and nobody has yet, in one insert, each under the name as first
 * written; a company that cannot be written so is left to the service (companyByName), row by row.
 */
async function createCompanies(
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
  const numbers = await number(
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
async function number(
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

async function writePending(
  repos: Repositories,
  principal: Principal,
  pending: readonly Pending[],
  state: ImportState,
): Promise<void> {
  if (pending.length === 0) return;
  const numbers = await number(repos, principal.tenantId, pending);
  let next = 0;
  const records = pending.map((p) => ({ ...p.record, no: p.record.no ?? (numbers[next++] as string) }));
  const written = await repos.contacts.insertMany(principal.tenantId, records);
  await nextTurn();
  const changes: Change[] = [];
  pending.forEach((p, i) => {
    const record = records[i] as ContactRecord;
    if (!written.has(record.no)) {
      count(state.report, p.row, { reason: `Contact ${record.no} already exists.` });
      return;
    }
    written.delete(record.no);
    count(state.report, p.row, "imported");
    const after = contactOf(record, p.companyName);
    changes.push({ action: "contact.create", entityType: "contact", entityId: record.no, after });
  });
  await recordChanges(repos, principal, changes, state.at);
  await nextTurn();
}
