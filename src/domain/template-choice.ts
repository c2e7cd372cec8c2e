import type { EventKind, InteractionTemplate, TemplateSetupRow } from "../contracts/reference-data";
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

/** Where the user's last template choice for an item is remembered: a draft's apart from a received email's. */
export type LastTemplateKey = "email" | "email_draft" | "meeting";

export function lastTemplateKeyOf(snapshot: ItemSnapshot): LastTemplateKey {
  const kind = eventKindOf(snapshot);
  return kind === "meeting_invitation" ? "meeting" : kind;
}

/**
 * The template an item is logged with, the one rule for the pane and the ribbon alike: the user's last
 * choice for the item's event kind, else template setup's (a draft takes the *email draft* template);
 * a draft whose event has no usable template falls back to the email one. Undefined: none is usable.
 */
export function templateForItem(
  snapshot: ItemSnapshot,
  setup: readonly TemplateSetupRow[],
  lastChoice: string | undefined,
  templates: readonly InteractionTemplate[],
): InteractionTemplate | undefined {
  const kind = eventKindOf(snapshot);
  const chosen = defaultTemplate(
    kind,
    setup,
    lastChoice === undefined ? {} : { [kind]: lastChoice },
    templates,
  );
  if (chosen.ok) return chosen.value;
  const email = kind === "email_draft" ? defaultTemplate("email", setup, {}, templates) : chosen;
  return email.ok ? email.value : undefined;
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
