import type { Contact, CreateContactRequest, UpdateContactRequest } from "../../contracts";
import { normalizeAddress, normalizeDomain } from "../../domain/normalize-address";
import { fail, ok, type Result } from "../../domain/result";
import type { Principal } from "../auth/principal";
import type { ContactRecord } from "../db/repositories/contact-repository";
import type { Repositories } from "../db/repositories/create-repositories";
import type { ServiceFailure } from "../errors";
import { adminOnly } from "./authorize";
import { nextContactNo } from "./next-contact-no";
import { recordChanges } from "./record-changes";

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
export function normalizeFields(fields: Editable): Result<Partial<ContactRecord>, ServiceFailure> {
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

/** The privacy flag keeps a contact out of every automatic log: only administrators set or clear it. */
function checkPrivacyChange(principal: Principal, from: boolean, to: boolean | undefined) {
  if (to === undefined || to === from) return ok(undefined);
  return adminOnly(principal, "change a contact's privacy flag");
}

/** The contacts already holding an address, or nothing: one address on two contacts stops one-click logging. */
async function ownersOf(
  repos: Repositories,
  tenantId: string,
  email: string | undefined,
): Promise<Contact[]> {
  if (email === undefined) return [];
  const hits = await repos.contacts.findByAddresses(tenantId, [email]);
  return repos.contacts.findByNos(tenantId, [...new Set(hits.map((h) => h.contactNo))]);
}

export interface CreateContactOptions {
  now?: Date;
}

/**
 * POST /contacts: writes the contact with all its addresses. A primary address that already belongs to
 * a contact is refused with that contact (409), unless the request says `allowDuplicate`: the address
 * would then match as ambiguous, and one-click logging would stop logging to that person. Without a
 * number, the contact takes the tenant's next (see nextContactNo). Recorded in the audit log.
 */
export async function createContact(
  repos: Repositories,
  principal: Principal,
  request: CreateContactRequest,
  options: CreateContactOptions = {},
): Promise<Result<Contact, ServiceFailure>> {
  const fields = normalizeFields(request);
  if (!fields.ok) return fields;
  const privacy = checkPrivacyChange(principal, false, request.privacyBlocked);
  if (!privacy.ok) return privacy;
  const company = await checkCompany(repos, principal.tenantId, request.companyNo);
  if (!company.ok) return company;
  // Taking a number first orders concurrent creates of one tenant on PostgreSQL (the counter's row
  // lock), so the address check below sees what a racing create committed.
  const no = request.no ?? (await nextContactNo(repos, principal.tenantId));
  if (request.allowDuplicate !== true) {
    const owners = await ownersOf(repos, principal.tenantId, fields.value.email);
    if (owners.length > 0) {
      return fail({
        code: "STORE_CONTACT_EMAIL_EXISTS",
        message: `${fields.value.email} already belongs to ${owners.map((o) => `${o.no} (${o.name})`).join(", ")}.`,
        details: { contacts: owners },
      });
    }
  }
  const record: ContactRecord = {
    alternateEmails: [],
    domains: [],
    privacyBlocked: false,
    ...fields.value,
    no,
    type: request.type,
    name: request.name,
  };
  if (!(await repos.contacts.insert(principal.tenantId, record))) {
    return fail({ code: "STORE_CONTACT_EXISTS", message: `Contact ${record.no} already exists.` });
  }
  const created = await readContact(repos, principal, record.no);
  if (created.ok) {
    const change = { action: "contact.create" as const, entityType: "contact", entityId: record.no };
    await recordChanges(repos, principal, [{ ...change, after: created.value }], options.now ?? new Date());
  }
  return created;
}

/** PATCH /contacts/{no}: changes only the fields given; recorded with before and after. */
export async function updateContact(
  repos: Repositories,
  principal: Principal,
  no: string,
  request: UpdateContactRequest,
  now: Date = new Date(),
): Promise<Result<Contact, ServiceFailure>> {
  const current = await readContact(repos, principal, no);
  if (!current.ok) return current;
  const privacy = checkPrivacyChange(principal, current.value.privacyBlocked, request.privacyBlocked);
  if (!privacy.ok) return privacy;
  const fields = normalizeFields(request);
  if (!fields.ok) return fields;
  const company = await checkCompany(repos, principal.tenantId, request.companyNo);
  if (!company.ok) return company;
  const { companyName: _name, ...existing } = current.value;
  await repos.contacts.update(principal.tenantId, { ...existing, ...fields.value });
  const updated = await readContact(repos, principal, no);
  if (updated.ok) {
    await recordChanges(
      repos,
      principal,
      [
        {
          action: "contact.update",
          entityType: "contact",
          entityId: no,
          before: current.value,
          after: updated.value,
        },
      ],
      now,
    );
  }
  return updated;
}
