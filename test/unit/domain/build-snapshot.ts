import type { EmailUser, ItemSnapshot } from "../../../src/domain/item-snapshot";

/** A person on an item, as Outlook would give them. */
export const user = (address: string, name = ""): EmailUser => ({ name, address });

export const alex = user("alex.rivera@cronus.example", "Alex Rivera");
export const maria = user("maria.ivanova@cronus.example", "Мария Иванова");
export const anna = user("anna.petrova@fabrikam.example", "Анна Петрова");
export const john = user("john.smith@fabrikam.example", "John Smith");
export const lisa = user("lisa.chen@contoso.example", "Lisa Chen");

/** An item snapshot read by Alex, with the given fields over empty defaults. */
export function buildSnapshot(over: Partial<ItemSnapshot> = {}): ItemSnapshot {
  return {
    kind: "message",
    mode: "read",
    subject: "Quote for Q3",
    to: [],
    cc: [],
    bcc: [],
    requiredAttendees: [],
    optionalAttendees: [],
    mailbox: { user: alex },
    recipientsTruncated: false,
    ...over,
  };
}
