import type { CreateContactRequest } from "../../contracts";
import { fail, ok, type Result } from "../../domain/result";
import type { Principal } from "../auth/principal";
import type { StoreDatabase } from "../db/create-database";
import type { Repositories } from "../db/repositories/create-repositories";
import type { ServiceFailure } from "../errors";
import { createContact } from "../services/contact-service";
import {
  DEMO_ANCHOR_CONTACTS,
  DEMO_INTERNAL_DOMAIN,
  DEMO_NEVER_LOG_DOMAIN,
  DEMO_TENANT,
  DEMO_USERS,
} from "./demo-anchors";
import { DEMO_CURRENCY, DEMO_GROUPS, DEMO_TEMPLATE_SETUP, DEMO_TEMPLATES } from "./demo-reference-data";
import { generateDemoContacts } from "./generate-demo-contacts";
import { DEMO_CAMPAIGNS, DEMO_OPPORTUNITIES } from "./demo-sales-links";

/** How many rows a seed run wrote; all zero on a second run. */
export interface SeedReport {
  tenantId: string;
  groups: number;
  templates: number;
  templateSetup: number;
  internalDomains: number;
  neverLog: number;
  /** Demo users given their salesperson code in user setup. */
  userSetup: number;
  contacts: number;
  /** Demo opportunities and campaigns written (new or changed); none on a second run. */
  opportunities: number;
  campaigns: number;
  /** Demo contacts already present (by number), left as they are. */
  existingContacts: number;
}

/** Every demo contact: the anchors first (fixed numbers), then the generated few hundred. */
export function demoContacts(): CreateContactRequest[] {
  return [...DEMO_ANCHOR_CONTACTS, ...generateDemoContacts()];
}

/**
 * Seeds Business Central's demo reference data and the demo contacts into a tenant, in one transaction,
 * through the same services the API uses. Idempotent: what exists with the same values is left alone,
 * so a second run writes nothing.
 */
export async function seedDemo(
  db: StoreDatabase,
  tenantId = DEMO_TENANT,
): Promise<Result<SeedReport, ServiceFailure>> {
  const principal: Principal = {
    tenantId,
    userId: "touchpoint-seed",
    userName: "Touchpoint demo seed",
    roles: ["user", "admin"],
  };
  return db.transaction(async (repos) => {
    const report: SeedReport = {
      tenantId,
      ...(await seedReferenceData(repos, tenantId)),
      contacts: 0,
      opportunities: 0,
      campaigns: 0,
      existingContacts: 0,
    };
    const contacts = demoContacts();
    const present = await repos.contacts.findByNos(
      tenantId,
      contacts.flatMap((c) => (c.no ? [c.no] : [])),
    );
    const existing = new Set(present.map((c) => c.no));
    for (const request of contacts) {
      if (request.no !== undefined && existing.has(request.no)) {
        report.existingContacts++;
        continue;
      }
      // The demo shares sales@contoso.example between two people on purpose: it shows an ambiguous match.
      const created = await createContact(repos, principal, { ...request, allowDuplicate: true });
      if (created.ok) report.contacts++;
      else if (created.error.code === "STORE_CONTACT_EXISTS") report.existingContacts++;
      else
        return fail({
          code: created.error.code,
          message: `Demo contact ${request.no}: ${created.error.message ?? ""}`,
        });
    }
    // Opportunities name the contacts above, so they come after them.
    const opportunities = await repos.salesLinks.upsertOpportunities(tenantId, DEMO_OPPORTUNITIES);
    const campaigns = await repos.salesLinks.upsertCampaigns(tenantId, DEMO_CAMPAIGNS);
    report.opportunities = opportunities.imported + opportunities.updated;
    report.campaigns = campaigns.imported + campaigns.updated;
    return ok(report);
  });
}

async function seedReferenceData(repos: Repositories, tenantId: string) {
  const data = repos.referenceData;
  const [groups, templates, setup] = await Promise.all([
    data.groups(tenantId),
    data.templates(tenantId),
    data.setup(tenantId),
  ]);
  const same = (a: object | undefined, b: object) =>
    a !== undefined && JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));
  const written = {
    groups: 0,
    templates: 0,
    templateSetup: 0,
    internalDomains: 0,
    neverLog: 0,
    userSetup: 0,
  };
  for (const group of DEMO_GROUPS) {
    if (
      same(
        groups.find((g) => g.code === group.code),
        group,
      )
    )
      continue;
    await data.putGroup(tenantId, group);
    written.groups++;
  }
  for (const template of DEMO_TEMPLATES) {
    if (
      same(
        templates.find((t) => t.code === template.code),
        template,
      )
    )
      continue;
    await data.putTemplate(tenantId, template);
    written.templates++;
  }
  for (const row of DEMO_TEMPLATE_SETUP) {
    if (setup.find((s) => s.eventKind === row.eventKind)?.templateCode === row.templateCode) continue;
    await data.putSetup(tenantId, row);
    written.templateSetup++;
  }
  // Business Central's demo company keeps its amounts in US dollars; a tenant that chose its own keeps it.
  const settings = await data.tenantSettings(tenantId);
  if (settings.localCurrencyCode === undefined)
    await data.putTenantSettings(tenantId, { ...settings, localCurrencyCode: DEMO_CURRENCY });
  const internal = await repos.exclusions.internalDomains(tenantId);
  if (!internal.includes(DEMO_INTERNAL_DOMAIN)) {
    await repos.exclusions.replaceInternalDomains(tenantId, [...internal, DEMO_INTERNAL_DOMAIN]);
    written.internalDomains++;
  }
  const listed = await repos.exclusions.neverLogMatching(tenantId, "", [DEMO_NEVER_LOG_DOMAIN]);
  if (!listed.some((entry) => entry.scope === "tenant")) {
    await repos.exclusions.addNeverLog(tenantId, {
      id: "demo-never-log-newsletter",
      value: DEMO_NEVER_LOG_DOMAIN,
      kind: "domain",
      scope: "tenant",
    });
    written.neverLog++;
  }
  for (const user of DEMO_USERS) {
    // The sales manager reads reports; she logs nothing as a salesperson.
    if (!("salespersonCode" in user)) continue;
    if ((await repos.userSetup.find(tenantId, user.email)) !== undefined) continue;
    await repos.userSetup.put(tenantId, {
      user_id: user.email,
      salesperson_code: user.salespersonCode,
      updated_by: "touchpoint-seed",
      updated_at: new Date().toISOString(),
    });
    written.userSetup++;
  }
  return written;
}

function sorted(value: object): Array<[string, unknown]> {
  return Object.entries(value).sort(([a], [b]) => a.localeCompare(b));
}
