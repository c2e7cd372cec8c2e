import type { EmailUser } from "../../../domain/item-snapshot";

/** Outlook's person shapes (EmailAddressDetails, EmailUser, UserProfile) share these two fields. */
interface OfficePerson {
  displayName?: string;
  emailAddress?: string;
}

/** A person as the snapshot keeps it: name and address, never undefined strings. */
export function toEmailUser(person: OfficePerson): EmailUser {
  return { name: person.displayName ?? "", address: person.emailAddress ?? "" };
}

/** A recipient list as the snapshot keeps it; some hosts give `undefined` for an empty field. */
export function toEmailUsers(list: ReadonlyArray<OfficePerson> | undefined): EmailUser[] {
  return (list ?? []).map(toEmailUser);
}
