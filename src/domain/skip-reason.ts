import type { ExclusionReason, MatchKind } from "../contracts/contacts";
import type { SkipReason } from "../contracts/interactions";

/** How a participant's address matched, as far as the reason it gets no entry goes. */
export interface SkippedOutcome {
  kind: MatchKind;
  normalized?: string;
  excludedReason?: ExclusionReason;
}

/** A log by participants writes only single exact matches (email, alternate); why any other gets none. */
export function skipReasonOf(outcome: SkippedOutcome): SkipReason {
  if (outcome.kind === "excluded") return outcome.excludedReason ?? "never_log";
  if (outcome.kind === "ambiguous" || outcome.kind === "domain") return outcome.kind;
  return outcome.normalized === undefined ? "invalid" : "none";
}

/** Whether a log by participants writes an entry for this address: one contact by exact address. */
export const isLoggedMatch = (kind: MatchKind): boolean => kind === "email" || kind === "alternate";
