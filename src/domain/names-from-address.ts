import { isFreeMailDomain } from "./free-mail-domains";
import { displayAddress } from "./normalize-address";

/** Second-level labels under which a country's registrable names sit (`fabrikam.co.uk`). */
const SECOND_LEVEL = new Set(["co", "com", "org", "net", "ac", "gov", "edu", "ltd", "plc", "biz"]);

/** Words as a name shows them: each starting with a capital, the rest as written. */
const titleCase = (words: string[]): string =>
  words.map((word) => word.charAt(0).toLocaleUpperCase() + word.slice(1)).join(" ");

/**
 * A person's name as far as their address tells it, for the user to confirm: the local part without a
 * plus tag, split at dots, hyphens and underscores (`john.smith+crm@…` → "John Smith"). Empty when the
 * address has no usable local part.
 */
export function personNameFromAddress(address: string): string {
  const at = address.lastIndexOf("@");
  const local = (at < 0 ? address : address.slice(0, at)).replace(/^"|"$/g, "").split("+")[0] ?? "";
  return titleCase(local.split(/[._\-\s]+/).filter((word) => word.length > 0));
}

/**
 * A company's name as far as its mail domain tells it, for the user to confirm: the registrable label
 * (`mail.roga-kopyta.example` → "Roga Kopyta", `fabrikam.co.uk` → "Fabrikam"), in Unicode for an
 * internationalised domain. Undefined for free-mail domains, which name no company.
 */
export function companyNameFromDomain(domain: string): string | undefined {
  const labels = displayAddress(`x@${domain.trim().toLowerCase()}`)
    .slice(2)
    .split(".")
    .filter((label) => label.length > 0);
  if (labels.length < 2 || isFreeMailDomain(domain.trim().toLowerCase())) return undefined;
  const secondLevel = labels.length >= 3 && SECOND_LEVEL.has(labels[labels.length - 2] ?? "");
  const label = labels[labels.length - (secondLevel ? 3 : 2)] ?? "";
  const name = titleCase(label.split(/[-_]+/).filter((word) => word.length > 0));
  return name.length > 0 ? name : undefined;
}
