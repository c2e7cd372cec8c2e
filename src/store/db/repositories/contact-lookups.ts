import type { Kysely } from "kysely";
import type { Contact } from "../../../contracts";
import type { Database } from "../database";
import { definedOnly } from "./defined-only";
import { preparedQuery } from "./prepared-query";

export interface AddressHit {
  email: string;
  contactNo: string;
  isPrimary: boolean;
  privacyBlocked: boolean;
}

export interface DomainHit {
  domain: string;
  contactNo: string;
  privacyBlocked: boolean;
}

/** The fields of a contact that an interaction log entry copies. */
export type LoggingContact = Pick<
  Contact,
  "no" | "type" | "name" | "companyNo" | "salespersonCode" | "privacyBlocked"
>;

const contactsForLogging = preparedQuery((db, tenantId: string, nos: readonly string[]) =>
  db
    .selectFrom("contacts")
    .select(["no", "type", "name", "company_no", "salesperson_code", "privacy_blocked"])
    .where("tenant_id", "=", tenantId)
    .where("no", "in", nos)
    .orderBy("no"),
);

const addressesOfContacts = preparedQuery((db, tenantId: string, nos: readonly string[]) =>
  db
    .selectFrom("contact_emails")
    .select(["contact_no", "email"])
    .where("tenant_id", "=", tenantId)
    .where("contact_no", "in", nos),
);

const contactsByAddress = preparedQuery((db, tenantId: string, emails: readonly string[]) =>
  db
    .selectFrom("contact_emails as e")
    .innerJoin("contacts as c", (j) =>
      j.onRef("c.tenant_id", "=", "e.tenant_id").onRef("c.no", "=", "e.contact_no"),
    )
    .select(["e.email", "e.contact_no", "e.is_primary", "c.privacy_blocked"])
    .where("e.tenant_id", "=", tenantId)
    .where("e.email", "in", emails),
);

const companiesByDomain = preparedQuery((db, tenantId: string, domains: readonly string[]) =>
  db
    .selectFrom("company_domains as d")
    .innerJoin("contacts as c", (j) =>
      j.onRef("c.tenant_id", "=", "d.tenant_id").onRef("c.no", "=", "d.contact_no"),
    )
    .select(["d.domain", "d.contact_no", "c.privacy_blocked"])
    .where("d.tenant_id", "=", tenantId)
    .where("d.domain", "in", domains),
);

/**
 * The contact reads that matching and logging make: by number for an entry, and by address or domain
 * for a batch of participants, one indexed query each. Part of the contact repository.
 */
export function contactLookups(db: Kysely<Database>) {
  return {
    /** Just what an entry copies from its contact, in one query (no alternates, no company names). */
    async findForLogging(tenantId: string, nos: readonly string[]): Promise<LoggingContact[]> {
      if (nos.length === 0) return [];
      const rows = await contactsForLogging(db, tenantId, [...new Set(nos)]);
      return rows.map((r) =>
        definedOnly<LoggingContact>({
          no: r.no,
          type: r.type,
          name: r.name,
          companyNo: r.company_no ?? undefined,
          salespersonCode: r.salesperson_code ?? undefined,
          privacyBlocked: r.privacy_blocked === 1,
        }),
      );
    },

    /** Every address of the contacts (primary and alternates), for the never-log check of a log by number. */
    async addressesOf(
      tenantId: string,
      nos: readonly string[],
    ): Promise<Array<{ contactNo: string; email: string }>> {
      if (nos.length === 0) return [];
      const rows = await addressesOfContacts(db, tenantId, [...new Set(nos)]);
      return rows.map((r) => ({ contactNo: r.contact_no, email: r.email }));
    },

    /** Every contact holding any of the addresses: one indexed query for the whole batch. */
    async findByAddresses(tenantId: string, emails: readonly string[]): Promise<AddressHit[]> {
      if (emails.length === 0) return [];
      const rows = await contactsByAddress(db, tenantId, [...new Set(emails)]);
      return rows.map((r) => ({
        email: r.email,
        contactNo: r.contact_no,
        isPrimary: r.is_primary === 1,
        privacyBlocked: r.privacy_blocked === 1,
      }));
    },

    /** Every company owning any of the domains: one indexed query for the whole batch. */
    async findByDomains(tenantId: string, domains: readonly string[]): Promise<DomainHit[]> {
      if (domains.length === 0) return [];
      const rows = await companiesByDomain(db, tenantId, [...new Set(domains)]);
      return rows.map((r) => ({
        domain: r.domain,
        contactNo: r.contact_no,
        privacyBlocked: r.privacy_blocked === 1,
      }));
    },
  };
}

/** Removes every address and domain a contact is matched by: before they are written anew, or erased. */
export async function removeAddresses(db: Kysely<Database>, tenantId: string, contactNo: string) {
  await db
    .deleteFrom("contact_emails")
    .where("tenant_id", "=", tenantId)
    .where("contact_no", "=", contactNo)
    .execute();
  await db
    .deleteFrom("company_domains")
    .where("tenant_id", "=", tenantId)
    .where("contact_no", "=", contactNo)
    .execute();
}
