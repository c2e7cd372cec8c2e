import { sql, type Kysely } from "kysely";
import type { Contact } from "../../../contracts";
import type { ContactsTable, Database, DialectName } from "../database";
import { contactLookups, removeAddresses } from "./contact-lookups";
import { definedOnly } from "./defined-only";
import { insertRows } from "./insert-rows";
import { searchFold } from "../../../domain/search-fold";
import { addressesOf, chunks, ROWS_PER_STATEMENT, type ContactRecord } from "./contact-rows";
import { preparedQuery } from "./prepared-query";

export type { ContactRecord } from "./contact-rows";
export type { AddressHit, DomainHit, LoggingContact } from "./contact-lookups";

const CONTACT_COLUMNS = [
  "tenant_id",
  "no",
  "type",
  "name",
  "search_name",
  "company_no",
  "email",
  "domains",
  "job_title",
  "phone",
  "salesperson_code",
  "language",
  "privacy_blocked",
] as const satisfies ReadonlyArray<keyof ContactsTable>;
const EMAIL_COLUMNS = ["tenant_id", "email", "contact_no", "is_primary"] as const;
const DOMAIN_COLUMNS = ["tenant_id", "domain", "contact_no"] as const;

// The reads a match makes (with the lookups in contact-lookups.ts), compiled once per list length.
const contactsByNo = preparedQuery((db, tenantId: string, nos: readonly string[]) =>
  db
    .selectFrom("contacts")
    .selectAll()
    .where("tenant_id", "=", tenantId)
    .where("no", "in", nos)
    .orderBy("no"),
);

const alternatesOf = preparedQuery((db, tenantId: string, nos: readonly string[]) =>
  db
    .selectFrom("contact_emails")
    .select(["contact_no", "email"])
    .where("tenant_id", "=", tenantId)
    .where("contact_no", "in", nos)
    .where("is_primary", "=", 0)
    .orderBy("email"),
);

const namesOf = preparedQuery((db, tenantId: string, nos: readonly string[]) =>
  db.selectFrom("contacts").select(["no", "name"]).where("tenant_id", "=", tenantId).where("no", "in", nos),
);

export function contactRepository(db: Kysely<Database>, dialect: DialectName) {
  async function load(tenantId: string, rows: ContactsTable[]): Promise<Contact[]> {
    if (rows.length === 0) return [];
    const nos = rows.map((r) => r.no);
    const companyNos = [...new Set(rows.flatMap((r) => (r.company_no === null ? [] : [r.company_no])))];
    const [emails, companies] = await Promise.all([
      alternatesOf(db, tenantId, nos),
      companyNos.length === 0 ? Promise.resolve([]) : namesOf(db, tenantId, companyNos),
    ]);
    const companyName = new Map(companies.map((c) => [c.no, c.name]));
    return rows.map((r) =>
      definedOnly<Contact>({
        no: r.no,
        type: r.type,
        name: r.name,
        companyNo: r.company_no ?? undefined,
        companyName: r.company_no === null ? undefined : companyName.get(r.company_no),
        email: r.email ?? undefined,
        alternateEmails: emails.filter((e) => e.contact_no === r.no).map((e) => e.email),
        domains: JSON.parse(r.domains) as string[],
        jobTitle: r.job_title ?? undefined,
        phone: r.phone ?? undefined,
        salespersonCode: r.salesperson_code ?? undefined,
        language: r.language ?? undefined,
        privacyBlocked: r.privacy_blocked === 1,
      }),
    );
  }

  async function writeAddresses(tenantId: string, contact: ContactRecord): Promise<void> {
    await removeAddresses(db, tenantId, contact.no);
    const emails = addressesOf(contact);
    if (emails.size > 0) {
      await db
        .insertInto("contact_emails")
        .values(
          [...emails].map(([email, isPrimary]) => ({
            tenant_id: tenantId,
            email,
            contact_no: contact.no,
            is_primary: isPrimary,
          })),
        )
        .execute();
    }
    const domains = [...new Set(contact.domains)];
    if (domains.length > 0) {
      await db
        .insertInto("company_domains")
        .values(domains.map((domain) => ({ tenant_id: tenantId, domain, contact_no: contact.no })))
        .execute();
    }
  }

  const row = (tenantId: string, c: ContactRecord): ContactsTable => ({
    tenant_id: tenantId,
    no: c.no,
    type: c.type,
    name: c.name,
    search_name: searchFold(c.name),
    company_no: c.companyNo ?? null,
    email: c.email ?? null,
    domains: JSON.stringify([...new Set(c.domains)]),
    job_title: c.jobTitle ?? null,
    phone: c.phone ?? null,
    salesperson_code: c.salespersonCode ?? null,
    language: c.language ?? null,
    privacy_blocked: c.privacyBlocked ? 1 : 0,
  });

  return {
    ...contactLookups(db),

    async findByNos(tenantId: string, nos: readonly string[]): Promise<Contact[]> {
      if (nos.length === 0) return [];
      const rows = await contactsByNo(db, tenantId, [...new Set(nos)]);
      return load(tenantId, rows);
    },

    /**
     * Contacts by name, by any of their addresses, or by their company's name; case- and accent-blind
     * (names are stored folded). Ranked: an exact address first, then names that start with the text,
     * then the rest, each by name.
     */
    async search(tenantId: string, text: string, limit: number): Promise<Contact[]> {
      const escape = (value: string) => value.replace(/[\\%_]/g, (ch) => `\\${ch}`);
      const name = escape(searchFold(text));
      const address = text.normalize("NFC").toLowerCase();
      const like = (column: string, pattern: string) =>
        sql<boolean>`${sql.ref(column)} like ${pattern} escape ${sql.lit("\\")}`;
      const exactAddress = sql<boolean>`exists (select 1 from contact_emails ce where ce.tenant_id = contacts.tenant_id and ce.contact_no = contacts.no and ce.email = ${address})`;
      const rank = sql<number>`case when ${exactAddress} then 0 when ${like("search_name", `${name}%`)} then 1 else 2 end`;
      const rows = await db
        .selectFrom("contacts")
        .selectAll()
        .where("tenant_id", "=", tenantId)
        .where((eb) =>
          eb.or([
            like("search_name", `%${name}%`),
            eb(
              "no",
              "in",
              eb
                .selectFrom("contact_emails")
                .select("contact_no")
                .where("tenant_id", "=", tenantId)
                .where(like("email", `${escape(address)}%`)),
            ),
            eb(
              "company_no",
              "in",
              eb
                .selectFrom("contacts as company")
                .select("company.no")
                .where("company.tenant_id", "=", tenantId)
                .where("company.type", "=", "company")
                .where(like("company.search_name", `%${name}%`)),
            ),
          ]),
        )
        .orderBy(rank)
        .orderBy("search_name")
        .orderBy("no")
        .limit(limit)
        .execute();
      return load(tenantId, rows);
    },

    /** Inserts a contact with its addresses; false when the number is taken. */
    async insert(tenantId: string, contact: ContactRecord): Promise<boolean> {
      const inserted = await db
        .insertInto("contacts")
        .values(row(tenantId, contact))
        .onConflict((oc) => oc.columns(["tenant_id", "no"]).doNothing())
        .returning("no")
        .executeTakeFirst();
      if (inserted === undefined) return false;
      await writeAddresses(tenantId, contact);
      return true;
    },

    /**
     * Inserts new contacts with their addresses in a few multi-row statements (an import's batch);
     * answers the numbers written — a number already taken is skipped, and its addresses with it.
     */
    async insertMany(tenantId: string, contacts: readonly ContactRecord[]): Promise<Set<string>> {
      const written = new Set<string>();
      for (const part of chunks(contacts, ROWS_PER_STATEMENT)) {
        const rows = await insertRows(
          db,
          dialect,
          "contacts",
          CONTACT_COLUMNS,
          part.map((c) => row(tenantId, c)),
          "on conflict (tenant_id, no) do nothing returning no",
        );
        for (const r of rows) written.add(String(r.no));
      }
      const kept = contacts.filter((c) => written.has(c.no));
      const emails = kept.flatMap((c) =>
        [...addressesOf(c)].map(([email, isPrimary]) => ({
          tenant_id: tenantId,
          email,
          contact_no: c.no,
          is_primary: isPrimary,
        })),
      );
      for (const part of chunks(emails, ROWS_PER_STATEMENT)) {
        await insertRows(db, dialect, "contact_emails", EMAIL_COLUMNS, part);
      }
      const domains = kept.flatMap((c) =>
        [...new Set(c.domains)].map((domain) => ({ tenant_id: tenantId, domain, contact_no: c.no })),
      );
      for (const part of chunks(domains, ROWS_PER_STATEMENT)) {
        await insertRows(db, dialect, "company_domains", DOMAIN_COLUMNS, part);
      }
      return written;
    },

    /**
     * Refreshes PostgreSQL's planner statistics of the contact tables after a bulk write: planned on a
     * table it believes nearly empty, a batch's lookups scan instead of using their keys. SQLite plans by
     * its indexes without statistics.
     */
    async analyze(): Promise<void> {
      if (dialect === "postgres") await sql`analyze contacts, contact_emails, company_domains`.execute(db);
    },

    /** Companies whose name equals one of the names as search compares them (case and accents aside), by name. */
    async findCompaniesByNames(
      tenantId: string,
      names: readonly string[],
    ): Promise<Map<string, { no: string; name: string }>> {
      const keys = [...new Set(names.map(searchFold))];
      const found = new Map<string, { no: string; name: string }>();
      for (const part of chunks(keys, ROWS_PER_STATEMENT)) {
        const rows = await db
          .selectFrom("contacts")
          .select(["no", "name", "search_name"])
          .where("tenant_id", "=", tenantId)
          .where("type", "=", "company")
          .where("search_name", "in", part)
          .orderBy("search_name")
          .orderBy("no")
          .execute();
        for (const r of rows)
          if (!found.has(r.search_name)) found.set(r.search_name, { no: r.no, name: r.name });
      }
      return found;
    },

    async update(tenantId: string, contact: ContactRecord): Promise<void> {
      const { tenant_id: _t, no: _n, ...fields } = row(tenantId, contact);
      await db
        .updateTable("contacts")
        .set(fields)
        .where("tenant_id", "=", tenantId)
        .where("no", "=", contact.no)
        .execute();
      await writeAddresses(tenantId, contact);
    },

    /** The highest generated number (CT000001 style), to derive the next one. */
    async lastGeneratedNo(tenantId: string): Promise<string | undefined> {
      const found = await db
        .selectFrom("contacts")
        .select((eb) => eb.fn.max("no").as("no"))
        .where("tenant_id", "=", tenantId)
        .where("no", "like", "CT______")
        .where("no", ">=", "CT000000")
        .where("no", "<=", "CT999999")
        .executeTakeFirst();
      return found?.no ?? undefined;
    },
  };
}
