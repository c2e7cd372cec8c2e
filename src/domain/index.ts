// The pure domain rules of DESIGN §4, for the store, the taskpane and the on-send runtime alike.
export {
  classifyMatch,
  type ClassifyMatchInput,
  type Classification,
  type DomainCandidate,
  type MatchCandidate,
} from "./classify-match";
export { directionOf, entryDirection, type Direction } from "./direction";
export { isFreeMailDomain } from "./free-mail-domains";
export { internalDomainsOf, isInternal } from "./internal-domains";
export { isWithinDomains } from "./is-within-domains";
export type { EmailUser, ItemKind, ItemMode, ItemSnapshot } from "./item-snapshot";
export {
  nameSimilarity,
  nameWords,
  suggestByName,
  type NameSuggestion,
  type NamedContact,
} from "./name-similarity";
export { isNeverLogged, mergeNeverLogRules, NO_NEVER_LOG, type NeverLogRules } from "./never-log";
export { displayAddress, domainOf, normalizeAddress, normalizeDomain } from "./normalize-address";
export { companyNameFromDomain, personNameFromAddress } from "./names-from-address";
export { parseAddressList } from "./parse-address-list";
export { participantsOf, type ItemParticipant } from "./participants";
export { fail, ok, type Result } from "./result";
export {
  normalizeMessageId,
  sourceKeyOf,
  touchpointSourceKey,
  TOUCHPOINT_ID_HEADER,
  type ItemSourceKey,
  type NoSourceKey,
} from "./source-key";
export {
  defaultTemplate,
  DESCRIPTION_MAX,
  entryDefaults,
  eventKindOf,
  meetingDurationMin,
  type EntryDefaults,
  type InvalidTimeRange,
  type ItemEventKind,
  type LastTemplateChoice,
  type NoTemplate,
} from "./template-choice";
