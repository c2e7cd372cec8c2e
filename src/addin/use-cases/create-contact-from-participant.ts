import type { Contact, CreateContactRequest } from "../../contracts";
import { personNameFromAddress } from "../../domain/names-from-address";
import type { Result } from "../../domain/result";
import { storableText } from "../../domain/storable-text";
import type { StoreFailure } from "../ports/store-client-port";
import type { AddinDeps } from "./addin-deps";
import type { ParticipantView } from "./item-context";

/** The form's starting values for a new contact: name from the display name, company by the domain. */
export interface ContactDraft {
  name: string;
  email: string;
  companyNo?: string;
  companyName?: string;
}

/**
 * Prefills a contact from a participant: the display name when there is one, else the address's local
 * part made readable ("new.person" → "New Person"); the company when the domain matched one.
 */
export function draftContactFromParticipant(participant: ParticipantView): ContactDraft {
  const name = participant.name.trim() || personNameFromAddress(participant.normalized ?? participant.email);
  const company = participant.state === "company" ? participant.company : undefined;
  return {
    name,
    email: participant.normalized ?? participant.email,
    ...(company ? { companyNo: company.no, companyName: company.name } : {}),
  };
}

/**
 * Creates the person the user confirmed; never called without the user (no junk contacts). The form's
 * `idempotencyKey` makes a second press (after a lost answer) create nobody twice.
 */
export function createContactFromParticipant(
  deps: Pick<AddinDeps, "store">,
  draft: ContactDraft,
  idempotencyKey: string,
): Promise<Result<Contact, StoreFailure>> {
  const request: CreateContactRequest = {
    type: "person",
    name: storableText(draft.name.trim(), 100),
    email: draft.email.trim(),
    ...(draft.companyNo ? { companyNo: draft.companyNo } : {}),
  };
  return deps.store.createContact(request, idempotencyKey);
}
