import type { DocumentEventRequest, LogInteractionResponse } from "../../contracts";
import { normalizeAddress } from "../../domain/normalize-address";
import { fail, ok, type Result } from "../../domain/result";
import type { Principal } from "../auth/principal";
import type { Repositories } from "../db/repositories/create-repositories";
import type { ServiceFailure } from "../errors";
import { refuseUnknownLinks } from "./check-entry-links";
import { refuseUnloggable } from "./refuse-unloggable";
import { documentSourceKey } from "./source-namespace";
import { loggingSalesperson } from "./user-setup-service";
import { resolveTemplate, writeLoggedItem } from "./write-logged-item";

/**
 * POST /document-events: a sales/purchase/service document sent or printed becomes one entry with the
 * template that template setup names for the event, dated with the document's date. The document is
 * the source key (in the store-owned `document:` namespace), so a repeat is reported as already logged
 * instead of written twice. A privacy-blocked or never-log contact, or a never-log address the document
 * went to, is refused as on every other path. Runs inside the caller's transaction.
 */
export async function recordDocumentEvent(
  repos: Repositories,
  principal: Principal,
  request: DocumentEventRequest,
  now: Date = new Date(),
): Promise<Result<LogInteractionResponse, ServiceFailure>> {
  const template = await resolveTemplate(repos, principal.tenantId, undefined, request.eventKind);
  if (!template.ok) return template;
  const [contact] = await repos.contacts.findForLogging(principal.tenantId, [request.contactNo]);
  if (contact === undefined) {
    return fail({ code: "STORE_CONTACT_NOT_FOUND", message: `Contact ${request.contactNo} not found.` });
  }
  const sentTo = request.email === undefined ? undefined : normalizeAddress(request.email);
  const loggable = await refuseUnloggable(repos, principal, [contact], sentTo === undefined ? [] : [sentTo]);
  if (!loggable.ok) return loggable;
  const links = await refuseUnknownLinks(repos, principal.tenantId, request, [contact]);
  if (!links.ok) return links;
  const { opportunityNo, campaignNo, campaignTarget, campaignResponse } = request;
  const subject = `${request.documentType} ${request.documentNo}`;
  const salespersonCode = await loggingSalesperson(repos, principal, request.salespersonCode);
  const written = await writeLoggedItem(
    repos,
    principal,
    {
      source: {
        kind: "document",
        key: documentSourceKey(request.documentType, request.documentNo),
        subject,
        occurredAt: request.occurredAt,
      },
      template: template.value,
      contacts: [contact],
      ...(request.description === undefined ? {} : { description: request.description }),
      ...(salespersonCode === undefined ? {} : { salespersonCode }),
      documentType: request.documentType,
      documentNo: request.documentNo,
      ...(opportunityNo === undefined ? {} : { opportunityNo }),
      ...(campaignNo === undefined ? {} : { campaignNo }),
      ...(campaignTarget === undefined ? {} : { campaignTarget }),
      ...(campaignResponse === undefined ? {} : { campaignResponse }),
    },
    now,
  );
  return ok({ ...written, unmatched: [], excluded: [] });
}
