import type { LogInteractionRequest, LogInteractionResponse, Participant } from "../../contracts";
import { internalDomainsOf } from "../../domain/internal-domains";
import { participantsOf } from "../../domain/participants";
import { storableText } from "../../domain/storable-text";
import type { Translator } from "../i18n/translator-for";
import type { NotificationKind } from "../ports/mailbox-port";
import type { AddinDeps } from "./addin-deps";
import { itemFacts } from "./item-facts";
import { deliver, type DeliveryOutcome } from "./log-item";
import { reasonOf } from "./reason-of";

/** A line for the item's notification bar. */
export interface Notice {
  kind: NotificationKind;
  message: string;
}

/** The ribbon's answer: a notice at once (saved, or why nothing was queued), and the final one after sending. */
export interface OneClickResult {
  first: Notice;
  final: Promise<Notice>;
}

export interface OneClickOptions {
  translator: Translator;
  /** A template's description for the notice ("Emails"), from cached reference data; the code otherwise. */
  templateName?: (code: string) => string | undefined;
}

/**
 * The one-click "Log" command: the store matches the item's participants itself and takes the template
 * from the user's last choice or template setup, so it is exactly one request. A message being composed
 * first gets our x-touchpoint-id header and is keyed by it.
 */
export async function logItemOneClick(deps: AddinDeps, options: OneClickOptions): Promise<OneClickResult> {
  const { t } = options.translator;
  const done = (notice: Notice): OneClickResult => ({ first: notice, final: Promise.resolve(notice) });
  const read = await deps.mailbox.readCurrentItem();
  if (!read.ok)
    return done({
      kind: "error",
      message: t("notify.failed", { reason: reasonOf(options.translator, read.error.code) }),
    });
  let snapshot = read.value;

  const internal = internalDomainsOf(snapshot.mailbox, deps.internalDomains ?? []);
  const participants: Participant[] = participantsOf(snapshot, internal)
    .filter((person) => !person.invalid && !person.internal)
    .map((person) => ({
      email: person.address,
      role: person.role,
      ...(person.name ? { name: storableText(person.name, 320) } : {}),
    }));
  if (participants.length === 0) return done({ kind: "info", message: t("notify.noContact") });

  const id = deps.newId();
  // Only a message carries internet headers; a meeting is keyed by its own identity in any form.
  if (snapshot.kind === "message" && snapshot.mode === "compose" && !snapshot.touchpointId) {
    const marked = await deps.mailbox.setTouchpointId(id);
    if (!marked.ok) {
      return done({
        kind: "error",
        message: t("notify.failed", { reason: reasonOf(options.translator, marked.error.code) }),
      });
    }
    snapshot = { ...snapshot, touchpointId: id };
  }
  const facts = itemFacts(snapshot, internal);
  if (facts.sourceKey === undefined) {
    return done({
      kind: "error",
      message: t("notify.failed", { reason: reasonOf(options.translator, "ADDIN_NO_SOURCE_KEY") }),
    });
  }
  const templateCode = deps.settings.read().lastTemplate?.[facts.sourceKind];
  const request: LogInteractionRequest = {
    source: {
      kind: facts.sourceKind,
      key: facts.sourceKey,
      subject: storableText(snapshot.subject, 1000),
      occurredAt: facts.occurredAt,
      ...(snapshot.kind === "appointment" && snapshot.end ? { endAt: snapshot.end } : {}),
      ...(snapshot.webLink ? { webLink: snapshot.webLink } : {}),
      ...(snapshot.itemId ? { itemId: snapshot.itemId } : {}),
    },
    participants: participants.slice(0, 500),
    description: storableText(snapshot.subject, 100),
    ...(facts.direction ?? {}),
    ...(facts.meetingDurationMin === undefined ? {} : { durationMin: facts.meetingDurationMin }),
    ...(templateCode ? { templateCode } : {}),
  };
  await deps.sync.enqueue({ id, request, origin: "ribbon", label: snapshot.subject || "(no subject)" });
  return {
    first: { kind: "progress", message: t("notify.saved") },
    final: deliver(deps, id).then((outcome) => noticeOf(outcome, options)),
  };
}

/** What the notification bar says about a delivery. */
export function noticeOf(outcome: DeliveryOutcome, options: OneClickOptions): Notice {
  const { t } = options.translator;
  if (outcome.status === "queued") return { kind: "info", message: t("notify.saved") };
  if (outcome.status === "failed")
    return {
      kind: "error",
      message: t("notify.failed", { reason: reasonOf(options.translator, outcome.code) }),
    };
  return loggedNotice(outcome.response, options);
}

function loggedNotice(
  response: LogInteractionResponse,
  { translator, templateName }: OneClickOptions,
): Notice {
  const { t, formatDate } = translator;
  const count = new Set(response.entries.map((entry) => entry.contactNo)).size;
  if (count > 0) {
    const code = response.entries[0]?.templateCode ?? "";
    return { kind: "info", message: t("notify.logged", { count, template: templateName?.(code) ?? code }) };
  }
  const [earlier] = response.alreadyLogged;
  if (earlier) {
    const who = earlier.loggedByName ?? earlier.loggedBy;
    return { kind: "info", message: t("notify.alreadyLogged", { who, date: formatDate(earlier.loggedAt) }) };
  }
  return { kind: "info", message: t("notify.noContact") };
}
