import type { ContactErasure } from "../../contracts";
import { fail, ok, type Result } from "../../domain/result";
import type { Principal } from "../auth/principal";
import type { Repositories } from "../db/repositories/create-repositories";
import type { ServiceFailure } from "../errors";
import { adminOnly } from "./authorize";
import { recordChanges } from "./record-changes";

/**
 * POST /contacts/{no}/erase (administrators): the contact's personal data is removed and its entries are
 * anonymised — their text is blanked, their counts, costs and durations stay, so statistics do not move.
 * Refused while the contact has open drafts (they would be resumed with data that is gone). Audited with
 * what was erased, never with the erased data itself. Erasing again changes nothing more.
 */
export async function eraseContact(
  repos: Repositories,
  principal: Principal,
  contactNo: string,
  now: Date,
): Promise<Result<ContactErasure, ServiceFailure>> {
  const allowed = adminOnly(principal, "erase a contact's personal data");
  if (!allowed.ok) return allowed;
  const [contact] = await repos.contacts.findForLogging(principal.tenantId, [contactNo]);
  if (contact === undefined)
    return fail({ code: "STORE_NOT_FOUND", message: `Contact ${contactNo} not found.` });
  const drafts = await repos.contactErasure.openDraftCount(principal.tenantId, contactNo);
  if (drafts > 0) {
    return fail({
      code: "STORE_CONTACT_HAS_DRAFTS",
      message: `Contact ${contactNo} has ${drafts} open draft entr${drafts === 1 ? "y" : "ies"}.`,
      details: { drafts },
    });
  }
  const erased = await repos.contactErasure.erase(principal.tenantId, contactNo);
  const answer: ContactErasure = {
    contactNo,
    entriesAnonymised: erased.entries,
    loggedItemsAnonymised: erased.loggedItems,
    commentLinesRemoved: erased.commentLines,
    followUpsAnonymised: erased.followUps,
  };
  await recordChanges(
    repos,
    principal,
    [{ action: "contact.erase", entityType: "contact", entityId: contactNo, after: answer }],
    now,
  );
  return ok(answer);
}
