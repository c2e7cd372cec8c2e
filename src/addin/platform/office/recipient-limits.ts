// How many recipients (or attendees) Outlook clients hand an add-in per field, from the Office.js
// reference: 20 in the collapsed reading pane of Outlook on the web and new Outlook, 100 on mobile and
// classic Mac, 500 in classic Windows (Mailbox ≤ 1.15) and 1,000 on the web and Windows (1.16+). A list of
// exactly one of these lengths has probably been cut, so the snapshot says so and the pane can warn.
const RECIPIENT_LIMITS: readonly number[] = [20, 100, 500, 1000];

/** True when a recipient list is exactly as long as some client's cap, so it may be incomplete. */
export function isAtRecipientLimit(count: number): boolean {
  return RECIPIENT_LIMITS.includes(count);
}
