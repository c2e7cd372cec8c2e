import type { Contact, CreateContactRequest, UpdateContactRequest } from "../../contracts";
import { normalizeAddress, normalizeDomain } from "../../domain/normalize-address";
import { fail, ok, type Result } from "../../domain/result";
import type { Principal } from "../auth/principal";
import type { ContactRecord } from "../db/repositories/contact-repository";
import type { Repositories } from "../db/repositories/create-repositories";
import type { ServiceFailure } from "../errors";

const SEARCH_LIMIT = 50;

/** GET /contacts?q=: name contains, or address starts with, the text. */
export async function searchContacts(
  repos: Repositories,
  principal: Principal,
  text: string,
): Promise<Contact[]> {
  return repos.contacts.search(principal.tenantId, text.trim(), SEARCH_LIMIT);
}

/** GET /contacts/{no}: another tenant's contact is simply not found. */
export async function readContact(
  repos: Repositories,
  principal: Principal,
  no: string,
): Promise<Result<Contact, ServiceFailure>> {
  const [contact] = await repos.contacts.findByNos(principal.tenantId, [no]);
  return contact === undefined
    ? fail({ code: "STORE_NOT_FOUND", message: `Contact ${no} not found.` })
    : ok(contact);
}

type Editable = Omit<UpdateContactRequest, never>;

/** Normalises the addresses and domains of a request; an unusable one is a validation failure. */
function normalizeFields(fields: Editable): Result<Partial<ContactRecord>, ServiceFailure> {
  const out: Partial<ContactRecord> = {};
  const bad: string[] = [];
  const address = (raw: string) => normalizeAddress(raw) ?? (bad.push(raw), raw);
  if (fields.email !== undefined) out.email = address(fields.email);
  if (fields.alternateEmails !== undefined) out.alternateEmails = fields.alternateEmails.map(address);
  if (fields.domains !== undefined)
    out.domains = fields.domains.map((d) => normalizeDomain(d) ?? (bad.push(d), d));
  if (bad.length > 0) {
    return fail({ code: "STORE_VALIDATION", message: `Not a usable address or domain: ${bad.join(", ")}.` });
  }
  for (const k of [
    "name",
    "companyNo",
    "jobTitle",
    "phone",
    "salespersonCode",
    "language",
    "privacyBlocked",
  ] as const) {
    if (fields[k] !== undefined) Object.assign(out, { [k]: fields[k] });
  }
  return ok(out);
}

async function checkCompany(repos: Repositories, tenantId: string, companyNo: string | undefined) {
  if (companyNo === undefined) return ok(undefined);
  const [company] = await repos.contacts.findByNos(tenantId, [companyNo]);
  if (company?.type !== "company") {
    return fail<ServiceFailure>({
      code: "STORE_CONTACT_NOT_FOUND",
      message: `Company contact ${companyNo} not found.`,
    });
  }
  return ok(undefined);
}

async function nextContactNo(repos: Repositories, tenantId: string): Promise<string> {
  const last = await repos.contacts.lastGeneratedNo(tenantId);
  const n = last === undefined ? 0 : Number.parseInt(last.slice(2), 10) || 0;
  return `CT${String(n + 1).padStart(6, "0")}`;
}

/**
 * POST /contacts: writes the contact with all its addresses. An address already on another contact is
 * allowed; it then matches as ambiguous rather than silently picking one.
 */
export async function createContact(
  repos: Repositories,
  principal: Principal,
  request: CreateContactRequest,
): Promise<Result<Contact, ServiceFailure>> {
  const fields = normalizeFields(request);
  if (!fields.ok) return fields;
  const company = await checkCompany(repos, principal.tenantId, request.companyNo);
  if (!company.ok) return company;
  const record: ContactRecord = {
    alternateEmails: [],
    domains: [],
    privacyBlocked: false,
    ...fields.value,
    no: request.no ?? (await nextContactNo(repos, principal.tenantId)),
    type: request.type,
    name: request.name,
  };
  if (!(await repos.contacts.insert(principal.tenantId, record))) {
    return fail({ code: "STORE_CONTACT_EXISTS", message: `Contact ${record.no} already exists.` });
  }
  return readContact(repos, principal, record.no);
}

/** PATCH /contacts/{no}: changes only the fields given. */
export async function updateContact(
  repos: Repositories,
  principal: Principal,
  no: string,
  request: UpdateContactRequest,
): Promise<Result<Contact, ServiceFailure>> {
  const current = await readContact(repos, principal, no);
  if (!current.ok) return current;
  const fields = normalizeFields(request);
  if (!fields.ok) return fields;
  const company = await checkCompany(repos, principal.tenantId, request.companyNo);
  if (!company.ok) return company;
  const { companyName: _name, ...existing } = current.value;
  await repos.contacts.update(principal.tenantId, { ...existing, ...fields.value });
  return readContact(repos, principal, no);
}
