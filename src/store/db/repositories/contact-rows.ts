import type { Contact } from "../../../contracts";

/** A contact as written: addresses and domains already normalised by the service. */
export interface ContactRecord {
  no: string;
  type: "person" | "company";
  name: string;
  companyNo?: string;
  email?: string;
  alternateEmails: string[];
  domains: string[];
  jobTitle?: string;
  phone?: string;
  salespersonCode?: string;
  language?: string;
  privacyBlocked: boolean;
}

/** Rows per multi-row statement: far below either database's limit on bound parameters. */
export const ROWS_PER_STATEMENT = 500;

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** A contact's addresses, each once: the primary (1) first, then the alternates (0). */
export function addressesOf(contact: ContactRecord): Map<string, 0 | 1> {
  const emails = new Map<string, 0 | 1>();
  if (contact.email !== undefined) emails.set(contact.email, 1);
  for (const alternate of contact.alternateEmails) if (!emails.has(alternate)) emails.set(alternate, 0);
  return emails;
}

/**
 * The contact as reading it back answers it (the same fields in the same order, empty ones left out),
 * built from what was written: an import's audit record without a read per row.
 */
export function contactOf(record: ContactRecord, companyName: string | undefined): Contact {
  const contact: Contact = { no: record.no, type: record.type, name: record.name } as Contact;
  const optional = (key: keyof Contact, value: unknown) => {
    if (value !== undefined && value !== null) Object.assign(contact, { [key]: value });
  };
  optional("companyNo", record.companyNo);
  if (record.companyNo !== undefined) optional("companyName", companyName);
  optional("email", record.email);
  contact.alternateEmails = [...addressesOf(record)]
    .filter(([, primary]) => primary === 0)
    .map(([email]) => email)
    .sort();
  contact.domains = [...new Set(record.domains)];
  optional("jobTitle", record.jobTitle);
  optional("phone", record.phone);
  optional("salespersonCode", record.salespersonCode);
  optional("language", record.language);
  contact.privacyBlocked = record.privacyBlocked;
  return contact;
}
