import type { Contact } from "../../contracts";
import { suggestByName } from "../../domain/name-similarity";
import { nameSearchTerms } from "../../domain/name-search-terms";
import { normalizeAddress } from "../../domain/normalize-address";
import { fail, ok, type Result } from "../../domain/result";
import type { StoreFailure } from "../ports/store-client-port";
import type { AddinDeps, UseCaseError } from "./addin-deps";

/** How many look-alike contacts an unknown participant is offered. */
export const LOOK_ALIKES = 3;

/**
 * The existing people an unknown participant may be, best first: the store's contact search asked for
 * the display name's words in both scripts, the answers ranked by the domain's name similarity (accent-
 * and script-blind, "Anna Petrova" ≈ "Анна Петрова"). Suggestions for the user to confirm, never a match.
 */
export async function lookAlikeContacts(
  deps: Pick<AddinDeps, "store">,
  displayName: string,
): Promise<Result<Contact[], StoreFailure>> {
  const terms = nameSearchTerms(displayName);
  if (terms.length === 0) return ok([]);
  const answers = await Promise.all(terms.map((term) => deps.store.searchContacts(term)));
  const found = new Map<string, Contact>();
  for (const answer of answers)
    if (answer.ok)
      for (const contact of answer.value)
        if (contact.type === "person" && !contact.privacyBlocked) found.set(contact.no, contact);
  const failed = answers.find((answer) => !answer.ok);
  if (found.size === 0 && failed) return failed;
  const ranked = suggestByName(displayName, [...found.values()], { limit: LOOK_ALIKES });
  return ok(ranked.flatMap((suggestion) => found.get(suggestion.no) ?? []));
}

/**
 * Adds an address to an existing contact as an alternate address (PATCH /contacts/{no}), so the person
 * who writes from two addresses stays one contact and the address matches them from now on. Reads the
 * contact first so no alternate added meanwhile is lost; an address it already has changes nothing.
 */
export async function addAddressToContact(
  deps: Pick<AddinDeps, "store">,
  contactNo: string,
  address: string,
  idempotencyKey: string,
): Promise<Result<Contact, StoreFailure | UseCaseError>> {
  const normalized = normalizeAddress(address);
  if (normalized === undefined) return fail({ code: "ADDIN_INVALID_EMAIL", message: address });
  const current = await deps.store.contact(contactNo);
  if (!current.ok) return current;
  const { email, alternateEmails } = current.value;
  const known = [email ?? "", ...alternateEmails].some((a) => normalizeAddress(a) === normalized);
  if (known) return current;
  return deps.store.updateContact(
    contactNo,
    { alternateEmails: [...alternateEmails, normalized] },
    idempotencyKey,
  );
}
