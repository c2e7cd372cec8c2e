import type { HarnessPerson } from "../harness-item";

export interface MailboxUser extends HarnessPerson {
  /** The `?user=` key. */
  key: "alex" | "maria";
  timeZone: string;
}

/** The two demo mailbox users seeded by `touchpoint seed --demo`. */
export const mailboxUsers: readonly MailboxUser[] = [
  { key: "alex", name: "Alex Rivera", address: "alex.rivera@cronus.example", timeZone: "Europe/London" },
  { key: "maria", name: "Мария Иванова", address: "maria.ivanova@cronus.example", timeZone: "Europe/Moscow" },
];

/** The mailbox user for a `?user=` key; Alex when the key is unknown. */
export function mailboxUser(key: string | null | undefined): MailboxUser {
  return mailboxUsers.find((user) => user.key === key) ?? (mailboxUsers[0] as MailboxUser);
}
