import { fail, ok, type Result } from "../../domain/result";
import type { LoggingContact } from "../db/repositories/contact-repository";
import type { Repositories } from "../db/repositories/create-repositories";
import type { ServiceFailure } from "../errors";

/** What a write links its entries to. */
export interface EntryLinks {
  opportunityNo?: string | undefined;
  campaignNo?: string | undefined;
}

/** The numbers an opportunity may name to belong to these contacts: theirs and their companies'. */
export function ownersOf(contacts: readonly Pick<LoggingContact, "no" | "companyNo">[]): Set<string> {
  const owners = new Set<string>();
  for (const c of contacts) {
    owners.add(c.no);
    if (c.companyNo !== undefined) owners.add(c.companyNo);
  }
  return owners;
}

/**
 * Every write path's check of Opportunity No. and Campaign No.: both must exist in the tenant, and the
 * opportunity must be one of the contacts' or of their companies' (by its Contact No. or Contact Company
 * No.). Runs before anything is written, so a refusal leaves the store as it was.
 */
export async function refuseUnknownLinks(
  repos: Repositories,
  tenantId: string,
  links: EntryLinks,
  contacts: readonly Pick<LoggingContact, "no" | "companyNo">[],
): Promise<Result<void, ServiceFailure>> {
  const { opportunityNo, campaignNo } = links;
  const [opportunity, campaignKnown] = await Promise.all([
    opportunityNo === undefined ? undefined : repos.salesLinks.opportunityOwners(tenantId, opportunityNo),
    campaignNo === undefined ? true : repos.salesLinks.campaignExists(tenantId, campaignNo),
  ]);
  if (opportunityNo !== undefined && opportunity === undefined)
    return fail({
      code: "STORE_UNKNOWN_OPPORTUNITY",
      message: `Opportunity ${opportunityNo} does not exist.`,
      details: { opportunityNo },
    });
  if (!campaignKnown)
    return fail({
      code: "STORE_UNKNOWN_CAMPAIGN",
      message: `Campaign ${campaignNo} does not exist.`,
      details: { campaignNo },
    });
  if (opportunity !== undefined) {
    const owners = ownersOf(contacts);
    const belongs =
      owners.has(opportunity.contactNo) ||
      (opportunity.contactCompanyNo !== null && owners.has(opportunity.contactCompanyNo));
    if (!belongs)
      return fail({
        code: "STORE_OPPORTUNITY_NOT_OF_CONTACTS",
        message: `Opportunity ${opportunityNo} belongs to contact ${opportunity.contactNo}, none of this entry's contacts or their companies.`,
        details: { opportunityNo, contactNo: opportunity.contactNo },
      });
  }
  return ok(undefined);
}
