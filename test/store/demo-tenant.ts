import { randomBytes } from "node:crypto";
import type { ContactRecord } from "../../src/store/db/repositories/contact-repository";
import type { StoreDatabase } from "../../src/store/db/create-database";
import type { InteractionTemplate } from "../../src/contracts";
import { normalizeAddress } from "../../src/domain/normalize-address";
import { ok } from "../../src/domain/result";
import type { Repositories } from "../../src/store/db/repositories/create-repositories";

const template = (
  code: string,
  groupCode: string,
  description: string,
  unitCostLcy: number,
  unitDurationMin: number,
  informationFlow: InteractionTemplate["informationFlow"],
  initiatedBy: InteractionTemplate["initiatedBy"],
  extra: Partial<InteractionTemplate> = {},
): InteractionTemplate => ({
  code,
  groupCode,
  description,
  unitCostLcy,
  unitDurationMin,
  informationFlow,
  initiatedBy,
  correspondenceType: "none",
  blocked: false,
  ...extra,
});

export const TEMPLATES: InteractionTemplate[] = [
  template("BUS", "LETTER", "Business letter", 8, 30, "outbound", "us", { correspondenceType: "hard_copy" }),
  template("INCOME", "PHONE", "Incoming phone call", 0, 15, "inbound", "them"),
  template("OUTGOING", "PHONE", "Outgoing phone call", 1, 15, "outbound", "us"),
  template("EMAIL", "SYSTEM", "Emails", 8, 1, "outbound", "us", { correspondenceType: "email" }),
  template("MEETINV", "SYSTEM", "Meeting invitation", 8, 1, "outbound", "us"),
  template("S_QUOTE", "SALES", "Sales quote", 8, 1, "outbound", "us"),
  template("OLD", "LETTER", "Retired letter", 1, 1, "outbound", "us", { blocked: true }),
];

const person = (
  no: string,
  name: string,
  companyNo: string,
  email: string,
  extra: Partial<ContactRecord> = {},
): ContactRecord => ({
  no,
  type: "person",
  name,
  companyNo,
  email,
  alternateEmails: [],
  domains: [],
  privacyBlocked: false,
  ...extra,
});
const company = (no: string, name: string, domain: string): ContactRecord => ({
  no,
  type: "company",
  name,
  alternateEmails: [],
  domains: [domain],
  privacyBlocked: false,
});

/** The demo anchors every part of Touchpoint agrees on (see the brief's demo data). */
export const CONTACTS: ContactRecord[] = [
  company("CT100", "Fabrikam", "fabrikam.example"),
  person("CT101", "Анна Петрова", "CT100", "anna.petrova@fabrikam.example", { salespersonCode: "AR" }),
  person("CT102", "John Smith", "CT100", "john.smith@fabrikam.example"),
  company("CT200", "Contoso", "contoso.example"),
  person("CT201", "Lisa Chen", "CT200", "lisa.chen@contoso.example"),
  person("CT202", "Contoso Sales (EU)", "CT200", "sales@contoso.example"),
  person("CT203", "Contoso Sales (US)", "CT200", "sales@contoso.example"),
  person("CT204", "Private Person", "CT200", "private.person@contoso.example", { privacyBlocked: true }),
  company("CT300", "Рога и копыта", "roga-kopyta.example"),
  person("CT301", "Иван Сидоров", "CT300", "ivan.sidorov@roga-kopyta.example", {
    alternateEmails: ["ivan.sidorov@gmail.com"],
  }),
  company("CT400", "Adatum", "adatum.example"),
  // Stored in its normalised (IDNA ASCII) form, as the contact service writes it.
  person("CT500", "Пётр Иванов", "CT100", normalizeAddress("pyotr@пример.example") ?? ""),
];

/** A fresh tenant holding the demo reference data and contacts; tests stay apart by tenant, not by database. */
export async function seedDemoTenant(
  db: StoreDatabase,
  tenantId = `t-${randomBytes(5).toString("hex")}`,
): Promise<string> {
  // Writes go through the writer, as the store's own do (on SQLite, db.repositories only reads).
  const seeded = await db.transaction(async (r) => ok(await seedInto(r, tenantId)));
  if (!seeded.ok) throw new Error("seeding the demo tenant failed");
  return tenantId;
}

async function seedInto(r: Repositories, tenantId: string): Promise<string> {
  for (const [code, description] of [
    ["LETTER", "Letters"],
    ["PHONE", "Telephone conversations"],
    ["SYSTEM", "System generated entries"],
    ["SALES", "Sales documents"],
  ] as const) {
    await r.referenceData.putGroup(tenantId, { code, description });
  }
  for (const t of TEMPLATES) await r.referenceData.putTemplate(tenantId, t);
  await r.referenceData.putTenantSettings(tenantId, { localCurrencyCode: "USD" });
  await r.referenceData.putSetup(tenantId, { eventKind: "email", templateCode: "EMAIL" });
  await r.referenceData.putSetup(tenantId, { eventKind: "meeting_invitation", templateCode: "MEETINV" });
  await r.referenceData.putSetup(tenantId, { eventKind: "sales_quote", templateCode: "S_QUOTE" });
  await r.referenceData.putSetup(tenantId, { eventKind: "sales_invoice", templateCode: null });
  for (const c of CONTACTS) await r.contacts.insert(tenantId, c);
  await r.exclusions.replaceInternalDomains(tenantId, ["cronus.example"]);
  await r.exclusions.addNeverLog(tenantId, {
    id: `nl-${tenantId}`,
    value: "newsletter.example",
    kind: "domain",
    scope: "tenant",
  });
  return tenantId;
}
