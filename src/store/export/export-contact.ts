import { fail, ok, type Result } from "../../domain/result";
import type { Principal } from "../auth/principal";
import type { StoreDatabase } from "../db/create-database";
import type { ServiceFailure } from "../errors";
import { adminOnly } from "../services/authorize";
import { recordChanges } from "../services/record-changes";
import { readInteractionPages } from "./read-interaction-pages";
import { writeContactExport } from "./write-contact-export";
import type { ExportFormat } from "./write-interaction-export";

/**
 * GET /contacts/{no}/export (administrators): a contact's data on request — the contact and every entry
 * of it, drafts and canceled ones included — from one snapshot. The request itself is audited first;
 * answers a producer for the download, or why there is none.
 */
export async function exportContact(
  db: StoreDatabase,
  principal: Principal,
  contactNo: string,
  format: ExportFormat,
  now: Date,
): Promise<Result<(write: (chunk: string) => Promise<boolean>) => Promise<void>, ServiceFailure>> {
  const allowed = adminOnly(principal, "export a contact's data");
  if (!allowed.ok) return allowed;
  const [contact] = await db.repositories.contacts.findByNos(principal.tenantId, [contactNo]);
  if (contact === undefined)
    return fail({ code: "STORE_NOT_FOUND", message: `Contact ${contactNo} not found.` });
  await db.transaction(async (repos) => {
    const change = { action: "contact.export" as const, entityType: "contact", entityId: contactNo };
    await recordChanges(repos, principal, [{ ...change, after: { format } }], now);
    return ok(undefined);
  });
  return ok((write) =>
    db.snapshot(async (repos) => {
      const pages = readInteractionPages(repos, principal, 0, undefined, { contactNo, postponed: true });
      for await (const chunk of writeContactExport(contact, pages, format)) {
        if (!(await write(chunk))) return;
      }
    }),
  );
}
