import { setImmediate as nextTurn } from "node:timers/promises";
import type { Contact } from "../../contracts";
import type { Principal } from "../auth/principal";
import { searchFold } from "../../domain/search-fold";
import { contactOf, type ContactRecord } from "../db/repositories/contact-rows";
import type { Repositories } from "../db/repositories/create-repositories";
import { normalizeFields } from "../services/contact-service";
import { recordChanges, type Change } from "../services/record-changes";
import type { ContactImportRow } from "./contact-import-row";
import { createNamedCompanies, takeContactNumbers, type CompaniesByName } from "./create-named-companies";
import {
  count,
  importRow,
  isUnchanged,
  requestFields,
  updateOf,
  type ImportState,
  type Outcome,
} from "./import-row";

/** What a slice read at its start, for every row of it at once. */
interface Lookups {
  byNo: Map<string, Contact>;
  /** The contacts holding each primary address of the batch. */
  owners: Map<string, string[]>;
  /** The one contact holding an address, when exactly one does. */
  ownerContacts: Map<string, Contact>;
  /** Each company number a row names, and whether it is a company. */
  companies: Map<string, string>;
  /** The company a row named by name, or why it has none. */
  companyByName: CompaniesByName;
}

interface Pending {
  row: ContactImportRow;
  record: Omit<ContactRecord, "no"> & { no?: string };
  companyName: string | undefined;
}

/** The slice cannot decide this row from its reads: it goes alone, through the contact service. */
const ALONE = "alone";

/**
 * Rows read, decided and written between two turns of the event loop. On SQLite every statement runs on
 * the event loop, so a slice is what any other request may wait behind: about 100 rows keep that under
 * ~10 ms while the multi-row statements still carry most of the speed.
 */
export const ROWS_PER_SLICE = 100;

/**
 * Writes one batch of rows in the caller's transaction with as few statements as the batch allows: the
 * batch's new companies in one insert, then, slice by slice, one read per kind, the new contacts, their
 * addresses and their audit records in multi-row inserts. The outcome of every row is the one the contact
 * service would give it row by row: a row the reads cannot decide (an update, an address someone holds,
 * a row that depends on an earlier row of the slice) goes through the service alone, after what came
 * before it is written, and the next slice reads afresh — so how the batch is sliced never changes it.
 */
export async function writeContactBatch(
  repos: Repositories,
  principal: Principal,
  rows: readonly ContactImportRow[],
  state: ImportState,
  rowsPerSlice: number = ROWS_PER_SLICE,
): Promise<void> {
  // The batch's new companies first, all in one insert, whatever the slices.
  await createNamedCompanies(repos, principal, rows, state);
  let rest = rows;
  while (rest.length > 0) {
    const slice = rest.slice(0, Math.max(1, rowsPerSlice));
    const lookups = await lookUp(repos, principal, slice, state);
    await nextTurn();
    const touched = new Set<string>();
    const pending: Pending[] = [];
    let next = 0;
    for (; next < slice.length; next += 1) {
      const row = slice[next] as ContactImportRow;
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
    const alone = slice[next];
    if (alone !== undefined) count(state.report, alone, await importRow(repos, principal, alone, state));
    rest = rest.slice(alone === undefined ? next : next + 1);
  }
}

async function lookUp(
  repos: Repositories,
  principal: Principal,
  rows: readonly ContactImportRow[],
  state: ImportState,
): Promise<Lookups> {
  const tenant = principal.tenantId;
  const byName = await createNamedCompanies(repos, principal, rows, state);
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

async function writePending(
  repos: Repositories,
  principal: Principal,
  pending: readonly Pending[],
  state: ImportState,
): Promise<void> {
  if (pending.length === 0) return;
  const numbers = await takeContactNumbers(repos, principal.tenantId, pending);
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
