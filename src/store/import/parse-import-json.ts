import type { ImportContactsRequest } from "../../contracts";
import { checkContactRow } from "./check-contact-row";
import type { ContactImportRow, ImportReject, ParsedContacts } from "./contact-import-row";

/** The contacts of a JSON import as rows, checked like CSV rows; a row's "line" is its index + 1. */
export function parseImportJson(request: ImportContactsRequest): ParsedContacts {
  const rows: ContactImportRow[] = [];
  const rejects: ImportReject[] = [];
  request.contacts.forEach((contact, index) => {
    const checked = checkContactRow({
      ...contact,
      line: index + 1,
      type: contact.type ?? "person",
      alternateEmails: contact.alternateEmails ?? [],
      domains: contact.domains ?? [],
    });
    if (checked.ok) rows.push(checked.value);
    else rejects.push({ line: index + 1, reason: checked.error.reason });
  });
  return { rows, rejects };
}
