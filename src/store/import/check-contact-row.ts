import { normalizeAddress, normalizeDomain } from "../../domain/normalize-address";
import { fail, ok, type Result } from "../../domain/result";
import type { ContactImportRow } from "./contact-import-row";

const CONTACT_NO = /^[A-Za-z0-9_.-]{1,20}$/;
const CODE = /^[A-Z0-9_.-]{1,20}$/;
const MAX_ALTERNATES = 20;

type RowError = { code: "STORE_IMPORT_INVALID"; reason: string };

/**
 * Validates and normalises a parsed row with the limits the contacts API enforces, so an import never
 * writes what POST /contacts would refuse. The reason names the field as the file names it.
 */
export function checkContactRow(row: ContactImportRow): Result<ContactImportRow, RowError> {
  const reject = (reason: string) => fail<RowError>({ code: "STORE_IMPORT_INVALID", reason });
  const name = row.name.trim();
  if (name === "") return reject("no name");
  if (name.length > 100) return reject(`name is longer than 100 characters`);
  if (row.no !== undefined && !CONTACT_NO.test(row.no))
    return reject(`No. "${row.no}" is not a contact number`);
  if (row.companyNo !== undefined && !CONTACT_NO.test(row.companyNo)) {
    return reject(`Company No. "${row.companyNo}" is not a contact number`);
  }
  const salespersonCode = row.salespersonCode?.toUpperCase();
  if (salespersonCode !== undefined && !CODE.test(salespersonCode)) {
    return reject(`Salesperson Code "${row.salespersonCode}" is not a code`);
  }
  const addresses: string[] = [];
  for (const raw of [row.email, ...row.alternateEmails]) {
    if (raw === undefined) continue;
    const address = normalizeAddress(raw);
    if (address === undefined) return reject(`"${raw}" is not an email address`);
    if (!addresses.includes(address)) addresses.push(address);
  }
  if (addresses.length > MAX_ALTERNATES + 1) return reject(`more than ${MAX_ALTERNATES + 1} email addresses`);
  const domains: string[] = [];
  for (const raw of row.domains) {
    const domain = normalizeDomain(raw);
    if (domain === undefined) return reject(`"${raw}" is not a web domain`);
    if (!domains.includes(domain)) domains.push(domain);
  }
  const [email, ...alternateEmails] = addresses;
  return ok({
    ...row,
    name,
    email,
    alternateEmails,
    domains,
    salespersonCode,
    jobTitle: row.jobTitle?.slice(0, 100),
    phone: row.phone?.slice(0, 30),
    language: row.language?.slice(0, 10),
    companyName: row.companyName?.trim().slice(0, 100) || undefined,
  });
}
