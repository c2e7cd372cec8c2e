import type { HarnessPerson } from "../harness-item";
import type { HarnessHost } from "../host/harness-host";

/** Outlook's EmailAddressDetails for a person: internal (same domain as the mailbox user) is a "user". */
export function emailDetails(
  host: HarnessHost,
  person: HarnessPerson,
  response = "none",
): Office.EmailAddressDetails {
  const userDomain = host.user.address.split("@")[1]?.toLowerCase();
  const domain = person.address.split("@")[1]?.toLowerCase();
  return {
    displayName: person.name || person.address,
    emailAddress: person.address,
    recipientType: domain !== undefined && domain === userDomain ? "user" : "externalUser",
    appointmentResponse: response,
  } satisfies Office.EmailAddressDetails;
}

/** A recipient as an add-in passes it to setAsync/addAsync: an address string or EmailUser-like object. */
export function personFromInput(input: unknown): HarnessPerson | undefined {
  if (typeof input === "string") return { name: "", address: input };
  if (typeof input === "object" && input !== null) {
    const record = input as Record<string, unknown>;
    const address = record.emailAddress ?? record.address;
    if (typeof address !== "string") return undefined;
    const name = record.displayName ?? record.name;
    return { name: typeof name === "string" ? name : "", address };
  }
  return undefined;
}
