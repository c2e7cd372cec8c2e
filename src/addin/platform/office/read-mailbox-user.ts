import type { EmailUser } from "../../../domain/item-snapshot";

/** The signed-in mailbox user (who signs in to the store), or undefined outside Outlook. */
export function readMailboxUser(
  office: typeof Office | undefined = (globalThis as { Office?: typeof Office }).Office,
): EmailUser | undefined {
  const profile = office?.context?.mailbox?.userProfile;
  if (!profile?.emailAddress) return undefined;
  return { name: profile.displayName ?? "", address: profile.emailAddress };
}
