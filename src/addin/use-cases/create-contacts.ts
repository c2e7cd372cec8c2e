import type { Contact, CreateContactRequest } from "../../contracts";
import { isFreeMailDomain } from "../../domain/free-mail-domains";
import { companyNameFromDomain, personNameFromAddress } from "../../domain/names-from-address";
import { domainOf } from "../../domain/normalize-address";
import type { StoreFailure } from "../ports/store-client-port";
import type { AddinDeps } from "./addin-deps";
import type { ParticipantView } from "./item-context";
import { storableText } from "../../domain/storable-text";
import { FIELD_LIMITS } from "../../contracts/field-limits";

/** One unknown participant as the bulk form starts it: the user confirms or edits each field. */
export interface PersonDraft {
  /** The Idempotency-Key of this person's creation: the same on every attempt from one form. */
  key: string;
  email: string;
  name: string;
  /** The company to file the person under; empty for none (free mail, or the user cleared it). */
  company: string;
  include: boolean;
}

/** What a bulk creation did: each created person by address, and each one that failed with why. */
export interface BulkOutcome {
  created: Record<string, Contact>;
  failed: Array<{ email: string; failure: StoreFailure }>;
}

/**
 * The bulk form's starting values for unknown participants: the display name, else a name made from the
 * address; the company made from the domain (none for free mail). Nothing is created until the user
 * confirms, and the keys make a second press after a partial failure create nothing twice.
 */
export function draftPeople(participants: ParticipantView[], newId: () => string): PersonDraft[] {
  return participants.map((participant) => {
    const email = participant.normalized ?? participant.email;
    return {
      key: newId(),
      email,
      name: participant.name.trim() || personNameFromAddress(email),
      company: companyNameFromDomain(domainOf(email)) ?? "",
      include: true,
    };
  });
}

/**
 * Creates the included people, each under its company: a company named on the form is created once,
 * with the domains of its people (not free-mail ones), before the people filed under it. `companyKeys`
 * keeps each company's Idempotency-Key by name across presses of one form.
 */
export async function createPeople(
  deps: Pick<AddinDeps, "store" | "newId">,
  drafts: PersonDraft[],
  companyKeys: Map<string, string>,
): Promise<BulkOutcome> {
  const outcome: BulkOutcome = { created: {}, failed: [] };
  const included = drafts.filter((draft) => draft.include && draft.name.trim() !== "");
  const companies = new Map<string, string | StoreFailure>();
  for (const name of new Set(included.map((draft) => draft.company.trim()).filter(Boolean))) {
    const domains = [
      ...new Set(
        included
          .filter((draft) => draft.company.trim() === name)
          .map((draft) => domainOf(draft.email))
          .filter((domain) => !isFreeMailDomain(domain)),
      ),
    ];
    const key = companyKeys.get(name) ?? deps.newId();
    companyKeys.set(name, key);
    const request: CreateContactRequest = {
      type: "company",
      name: storableText(name, FIELD_LIMITS.name),
      ...(domains.length > 0 ? { domains: domains.slice(0, 20) } : {}),
    };
    const made = await deps.store.createContact(request, key);
    companies.set(name, made.ok ? made.value.no : made.error);
  }
  for (const draft of included) {
    const company = companies.get(draft.company.trim());
    if (typeof company === "object") {
      outcome.failed.push({ email: draft.email, failure: company });
      continue;
    }
    const request: CreateContactRequest = {
      type: "person",
      name: storableText(draft.name.trim(), FIELD_LIMITS.name),
      email: draft.email,
      ...(company === undefined ? {} : { companyNo: company }),
    };
    const made = await deps.store.createContact(request, draft.key);
    if (made.ok) outcome.created[draft.email] = made.value;
    else outcome.failed.push({ email: draft.email, failure: made.error });
  }
  return outcome;
}
