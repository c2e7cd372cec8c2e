import type { CorrespondenceType } from "../contracts/common";
import type { EventKind, InteractionTemplate, TemplateSetupRow } from "../contracts/reference-data";
import { entryDirection, type Direction } from "./direction";
import type { ItemSnapshot } from "./item-snapshot";
import { fail, ok, type Result } from "./result";

/** The template setup events an Outlook item can be. */
export type ItemEventKind = Extract<EventKind, "email" | "email_draft" | "meeting_invitation">;

/** Per event kind, the template code the user chose last time. */
export type LastTemplateChoice = Readonly<Partial<Record<EventKind, string>>>;

export interface NoTemplate {
  code: "DOMAIN_NO_TEMPLATE";
  kind: EventKind;
}

export interface InvalidTimeRange {
  code: "DOMAIN_INVALID_TIME_RANGE";
}

/** What a new entry starts with before the user edits it. */
export interface EntryDefaults extends Direction {
  templateCode: string;
  description: string;
  costLcy: number;
  durationMin: number;
  correspondenceType: CorrespondenceType;
}

/** Longest description an entry holds [Interaction Log Entry: Description, Text[100]]. */
export const DESCRIPTION_MAX = 100;

/** The template setup event of an item: a received message, a message being written, or a meeting. */
export function eventKindOf(snapshot: ItemSnapshot): ItemEventKind {
  if (snapshot.kind === "appointment") return "meeting_invitation";
  return snapshot.mode === "compose" ? "email_draft" : "email";
}

/**
 * The template a new entry of this kind starts with: the user's last choice for the kind, else template
 * setup's; a blocked or unknown template is never chosen.
 */
export function defaultTemplate(
  kind: EventKind,
  setup: readonly TemplateSetupRow[],
  lastChoiceByKind: LastTemplateChoice,
  templates: readonly InteractionTemplate[],
): Result<InteractionTemplate, NoTemplate> {
  const usable = (code: string | null | undefined): InteractionTemplate | undefined =>
    code ? templates.find((template) => template.code === code && !template.blocked) : undefined;
  const chosen =
    usable(lastChoiceByKind[kind]) ?? usable(setup.find((row) => row.eventKind === kind)?.templateCode);
  return chosen ? ok(chosen) : fail({ code: "DOMAIN_NO_TEMPLATE", kind });
}

/** Whole minutes from a meeting's start to its end (ISO 8601), rounded; a coded failure when unusable. */
export function meetingDurationMin(
  start: string | undefined,
  end: string | undefined,
): Result<number, InvalidTimeRange> {
  const from = Date.parse(start ?? "");
  const to = Date.parse(end ?? "");
  if (Number.isNaN(from) || Number.isNaN(to) || to < from) return fail({ code: "DOMAIN_INVALID_TIME_RANGE" });
  return ok(Math.round((to - from) / 60_000));
}

/**
 * A new entry's defaults from its template and item: description from the subject (cut to 100, the
 * template's description when there is none), the template's cost, the meeting's own duration when
 * known (else the template's), and the item's direction when known (else the template's).
 */
export function entryDefaults(
  template: InteractionTemplate,
  snapshot: ItemSnapshot,
  itemDirection?: Direction,
): EntryDefaults {
  const duration =
    snapshot.kind === "appointment" ? meetingDurationMin(snapshot.start, snapshot.end) : undefined;
  const subject = snapshot.subject.replace(/\s+/g, " ").trim();
  return {
    templateCode: template.code,
    description: cut(subject.length > 0 ? subject : template.description, DESCRIPTION_MAX),
    costLcy: template.unitCostLcy,
    durationMin: duration?.ok ? duration.value : template.unitDurationMin,
    correspondenceType: template.correspondenceType,
    ...entryDirection(itemDirection, template),
  };
}

/** At most `max` UTF-16 units, never splitting a surrogate pair, without trailing space. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let out = "";
  for (const char of text) {
    if (out.length + char.length > max) break;
    out += char;
  }
  return out.trimEnd();
}
