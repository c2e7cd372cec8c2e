import { codePointLength, truncateCodePoints } from "../../domain/code-point-length";
import { normalizeAddress, normalizeDomain } from "../../domain/normalize-address";
import { fail, ok, type Result } from "../../domain/result";
import { textFault } from "../../domain/text-fault";
import type { ContactImportRow } from "./contact-import-row";
import { FIELD_LIMITS } from "../../contracts/field-limits";

const CONTACT_NO = /^[A-Za-z0-9_.-]{1,20}$/;
const CODE = /^[A-Z0-9_.-]{1,20}$/;
const MAX_ALTERNATES = 20;

type RowError = { code: "STORE_IMPORT_INVALID"; reason: string };

/** The first text of the row that breaks the store's text policy, as "field contains …". */
function textProblem(row: ContactImportRow): string | undefined {
  for (const [field, value] of Object.entries(row)) {
    for (const text of Array.isArray(value) ? value : [value]) {
      const fault = typeof text === "string" ? textFault(text) : undefined;
      if (fault !== undefined) return `${field} ${fault}`;
    }
  }
  return undefined;
}

const cut = (text: string | undefined, max: number) =>
  text === undefined ? undefined : truncateCodePoints(text, max);

/**
 * Validates and normalises a parsed row with the limits the contacts API enforces (the same text policy,
 * lengths in characters), so an import — over HTTP or from the command line — never writes what
 * POST /contacts would refuse. The reason names the field as the file names it.
 */
export function checkContactRow(row: ContactImportRow): Result<ContactImportRow, RowError> {
  const reject = (reason: string) => fail<RowError>({ code: "STORE_IMPORT_INVALID", reason });
  const text = textProblem(row);
  if (text !== undefined) return reject(text);
  const name = row.name.trim();
  if (name === "") return reject("no name");
  if (codePointLength(name) > FIELD_LIMITS.name)
    return reject(`name is longer than ${FIELD_LIMITS.name} characters`);
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
    jobTitle: cut(row.jobTitle, FIELD_LIMITS.jobTitle),
    phone: cut(row.phone, 30),
    language: cut(row.language, 10),
    companyName: cut(row.companyName?.trim(), FIELD_LIMITS.name) || undefined,
  });
}
