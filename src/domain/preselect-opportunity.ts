import type { Opportunity } from "../contracts/sales-links";

/** Not Started and In Progress: what a rep can still move forward. */
export const isOpenOpportunity = (o: Pick<Opportunity, "status">): boolean =>
  o.status === "not_started" || o.status === "in_progress";

/** The later of two ISO times (either may be absent). */
const newer = (a: string | undefined, b: string | undefined): boolean =>
  a !== undefined && (b === undefined || a > b);

/**
 * The Log view's key sales info: the most relevant open opportunity among the item's contacts and their
 * companies. The one the item's conversation was last logged to wins; else the most recently active one
 * (its newest logged entry, or when it has none, its Creation Date); ties go to the lower number, so the
 * choice is stable. Closed (won or lost) opportunities are never preselected. Undefined when none is open.
 */
export function preselectOpportunity(opportunities: readonly Opportunity[]): Opportunity | undefined {
  const open = [...opportunities].filter(isOpenOpportunity).sort((a, b) => (a.no < b.no ? -1 : 1));
  let best: Opportunity | undefined;
  for (const o of open)
    if (o.conversationLoggedAt !== undefined && newer(o.conversationLoggedAt, best?.conversationLoggedAt))
      best = o;
  if (best !== undefined) return best;
  const activity = (o: Opportunity): string | undefined => o.lastInteractionAt ?? o.creationDate;
  for (const o of open) if (best === undefined || newer(activity(o), activity(best))) best = o;
  return best;
}
