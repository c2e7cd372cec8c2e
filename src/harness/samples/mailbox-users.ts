import type { HarnessPerson } from "../harness-item";

export interface MailboxUser extends HarnessPerson {
  /** The `?user=` key. */
  key: "alex" | "maria" | "olga";
  timeZone: string;
}

/** The demo mailbox users of `touchpoint seed --demo`: two reps and their manager. */
export const mailboxUsers: readonly MailboxUser[] = [
  { key: "alex", name: "Alex Rivera", address: "alex.rivera@cronus.example", timeZone: "Europe/London" },
  { key: "maria", name: "Мария Иванова", address: "maria.ivanova@cronus.example", timeZone: "Europe/Moscow" },
  // A sales manager: the store signs her in with the manager role, so her pane has Reports.
  { key: "olga", name: "Olga Sokolova", address: "olga.sokolova@cronus.example", timeZone: "Europe/Berlin" },
];

/** The mailbox user for a `?user=` key; Alex when the key is unknown. */
export function mailboxUser(key: string | null | undefined): MailboxUser {
  return mailboxUsers.find((user) => user.key === key) ?? (mailboxUsers[0] as MailboxUser);
}
