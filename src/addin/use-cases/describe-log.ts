import type { LogInteractionResponse, SkippedParticipant, SkipReason } from "../../contracts";
import { displayAddress } from "../../domain/normalize-address";
import type { MessageKey } from "../i18n/en-us";
import type { Translator } from "../i18n/translator-for";

/** Outlook refuses notification messages longer than this; the pane's status line uses the same words. */
export const NOTICE_MAX = 150;

/** How the summary names things when the full names do not fit: up to this many, then "N more". */
const NAMES_SHOWN = 3;

type SkipGroup = "ambiguous" | "unknown" | "excluded";
const GROUP_OF: Record<SkipReason, SkipGroup> = {
  ambiguous: "ambiguous",
  domain: "unknown",
  none: "unknown",
  invalid: "unknown",
  never_log: "excluded",
  privacy_blocked: "excluded",
};
const GROUP_KEYS: Record<SkipGroup, { named: MessageKey; counted: MessageKey }> = {
  ambiguous: { named: "skip.ambiguous", counted: "skip.ambiguousCount" },
  unknown: { named: "skip.unknown", counted: "skip.unknownCount" },
  excluded: { named: "skip.excluded", counted: "skip.excludedCount" },
};

export interface DescribeOptions {
  /** A template's description from cached reference data, when the answer does not carry one. */
  templateName?: (code: string) => string | undefined;
  /** The longest text wanted (the notification bar's limit by default). */
  maxLength?: number;
  /** Whether to ask the user to open Touchpoint for what needs a choice (not when they are in it). */
  sendToPane?: boolean;
}

/**
 * What a delivered log did, in the user's words: who it was logged to and as what, who had it already,
 * and each participant it skipped with why ("Logged to Lisa Chen as Emails; sales@contoso.example needs
 * a choice — open Touchpoint"). Lists give way to counts when the whole does not fit.
 */
export function describeLog(
  response: LogInteractionResponse,
  translator: Translator,
  options: DescribeOptions = {},
): string {
  const max = options.maxLength ?? NOTICE_MAX;
  const skipped = skippedOf(response);
  for (const detail of [2, 1, 0] as const) {
    const text = compose(response, skipped, translator, options, detail);
    if (text.length <= max || detail === 0) return text;
  }
  return "";
}

/**
 * Why nobody could be logged, from the details of a STORE_NO_CONTACTS refusal: each participant and why
 * it was skipped ("sales@contoso.example needs a choice — open Touchpoint"); undefined without details.
 */
export function nobodyLoggedReason(
  details: unknown,
  translator: Translator,
  maxLength = NOTICE_MAX,
  sendToPane = true,
): string | undefined {
  const skipped = (details as { skipped?: unknown } | undefined)?.skipped;
  if (!Array.isArray(skipped)) return undefined;
  const valid = skipped.filter(
    (entry): entry is SkippedParticipant =>
      typeof (entry as SkippedParticipant | undefined)?.address === "string" &&
      typeof (entry as SkippedParticipant).reason === "string" &&
      (entry as SkippedParticipant).reason in GROUP_OF,
  );
  if (valid.length === 0) return undefined;
  for (const detail of [2, 0] as const) {
    const summary = skipPart(valid, translator, detail);
    const reason =
      needsChoice(valid) && sendToPane ? translator.t("notify.openTouchpoint", { summary }) : summary;
    if (reason.length <= maxLength || detail === 0) return reason;
  }
  return undefined;
}

/** detail 2: names everywhere; 1: skipped as counts; 0: everything as counts. */
function compose(
  response: LogInteractionResponse,
  skipped: SkippedParticipant[],
  translator: Translator,
  options: DescribeOptions,
  detail: 0 | 1 | 2,
): string {
  const { t } = translator;
  const parts: string[] = [];
  const logged = unique(response.entries.map((entry) => entry.contactName ?? entry.contactNo));
  if (logged.length > 0) {
    const code = response.template?.code ?? response.entries[0]?.templateCode ?? "";
    const template = response.template?.description ?? options.templateName?.(code) ?? code;
    parts.push(
      detail > 0
        ? t("logged.to", { names: names(logged, translator), template })
        : t("logged.toCount", { count: logged.length, template }),
    );
  }
  const [earlier] = response.alreadyLogged;
  if (earlier !== undefined) {
    const who = earlier.loggedByName ?? earlier.loggedBy;
    if (logged.length === 0)
      parts.push(t("notify.alreadyLogged", { who, date: translator.formatDate(earlier.loggedAt) }));
    else {
      const nos = unique(response.alreadyLogged.map((entry) => entry.contactNo));
      parts.push(
        detail > 0
          ? t("logged.alreadyFor", { names: names(nos, translator), who })
          : t("logged.alreadyCount", { count: nos.length }),
      );
    }
  }
  if (skipped.length > 0) parts.push(skipPart(skipped, translator, detail === 2 ? 2 : 0));
  if (parts.length === 0) return t("notify.noContact");
  const summary = parts.join("; ");
  return needsChoice(skipped) && options.sendToPane !== false
    ? t("notify.openTouchpoint", { summary })
    : summary;
}

function skipPart(skipped: SkippedParticipant[], translator: Translator, detail: 0 | 2): string {
  const parts: string[] = [];
  for (const group of ["ambiguous", "unknown", "excluded"] as const) {
    const addresses = skipped
      .filter((entry) => GROUP_OF[entry.reason] === group)
      .map((s) => displayAddress(s.address));
    if (addresses.length === 0) continue;
    const keys = GROUP_KEYS[group];
    parts.push(
      detail === 2
        ? translator.t(keys.named, { addresses: names(addresses, translator), count: addresses.length })
        : translator.t(keys.counted, { count: addresses.length }),
    );
  }
  return parts.join("; ");
}

/** Something the user can still act on in the pane: choose among contacts, or create one. */
function needsChoice(skipped: SkippedParticipant[]): boolean {
  return skipped.some((entry) => GROUP_OF[entry.reason] !== "excluded");
}

/** Answers stored before `skipped` existed still say what they skipped, without the finer reason. */
function skippedOf(response: LogInteractionResponse): SkippedParticipant[] {
  if (response.skipped !== undefined) return response.skipped;
  return [
    ...response.unmatched.map((address): SkippedParticipant => ({ address, reason: "none" })),
    ...response.excluded.map((address): SkippedParticipant => ({ address, reason: "never_log" })),
  ];
}

function names(items: string[], translator: Translator): string {
  if (items.length <= NAMES_SHOWN + 1) return translator.formatList(items);
  const shown = items.slice(0, NAMES_SHOWN);
  return translator.formatList([...shown, translator.t("list.more", { count: items.length - NAMES_SHOWN })]);
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}
