/** True when the host implements the given Mailbox requirement set (e.g. "1.8"). */
export function supportsMailbox(office: typeof Office, version: string): boolean {
  return office.context.requirements?.isSetSupported?.("Mailbox", version) === true;
}
