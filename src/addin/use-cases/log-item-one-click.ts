import type { LogInteractionRequest, Participant } from "../../contracts";
import { internalDomainsOf } from "../../domain/internal-domains";
import { participantsOf } from "../../domain/participants";
import { storableText } from "../../domain/storable-text";
import type { Translator } from "../i18n/translator-for";
import type { NotificationKind } from "../ports/mailbox-port";
import type { AddinDeps } from "./addin-deps";
import { itemFacts } from "./item-facts";
import { describeLog } from "./describe-log";
import { failureText } from "./failure-text";
import { deliver, outboxCode, type DeliveryOutcome } from "./log-item";
import { refusalText } from "./log-status";
import { markDraft } from "./mark-draft";
import { FIELD_LIMITS } from "../../contracts/field-limits";
import type { ItemSnapshot } from "../../domain/item-snapshot";
import { eventKindOf, lastTemplateKeyOf, templateForItem } from "../../domain/template-choice";

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
  /**
   * A template's description ("Emails") from cached reference data, for an answer that does not name its
   * template (one stored by an older store and replayed).
   */
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
  const failed = (failure: { code: string }): OneClickResult =>
    done({
      kind: "error",
      message: t("notify.failed", { reason: failureText(options.translator, failure) }),
    });
  const read = await deps.mailbox.readCurrentItem();
  if (!read.ok)
    return read.error.code === "ADDIN_NO_ITEM"
      ? done({ kind: "info", message: t("notify.noItem") })
      : failed(read.error);
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
    const marked = await markDraft(deps.mailbox, id);
    if (!marked.ok) return failed(marked.error);
    snapshot = { ...snapshot, touchpointId: id };
  }
  const facts = itemFacts(snapshot, internal);
  if (facts.sourceKey === undefined) return failed({ code: "ADDIN_NO_SOURCE_KEY" });
  const templateCode = await ribbonTemplateCode(deps, snapshot);
  const request: LogInteractionRequest = {
    source: {
      kind: facts.sourceKind,
      key: facts.sourceKey,
      subject: storableText(snapshot.subject, FIELD_LIMITS.sourceText),
      occurredAt: facts.occurredAt,
      ...(snapshot.kind === "appointment" && snapshot.end ? { endAt: snapshot.end } : {}),
      ...(snapshot.webLink ? { webLink: snapshot.webLink } : {}),
      ...(snapshot.itemId ? { itemId: snapshot.itemId } : {}),
    },
    participants: participants.slice(0, 500),
    description: storableText(snapshot.subject, FIELD_LIMITS.description),
    ...(facts.direction ?? {}),
    ...(facts.meetingDurationMin === undefined ? {} : { durationMin: facts.meetingDurationMin }),
    ...(templateCode ? { templateCode } : {}),
  };
  const names = Object.fromEntries(participants.filter((p) => p.name).map((p) => [p.email, p.name ?? ""]));
  try {
    await deps.sync.enqueue({
      id,
      request,
      origin: "ribbon",
      label: snapshot.subject || "(no subject)",
      names,
    });
  } catch (error) {
    return failed({ code: outboxCode(error) });
  }
  return {
    first: { kind: "progress", message: t("status.sending") },
    final: deliver(deps, id).then((outcome) => noticeOf(outcome, options)),
  };
}

/**
 * The ribbon's template, by the pane's rule (templateForItem). The store picks a received email's or a
 * meeting's template from template setup itself, so those cost no request beyond the log; a draft it
 * cannot tell from a sent email, so the ribbon names the *email draft* template, from the cached
 * reference data (one fetch when nothing is cached). Unreadable reference data leaves the choice to
 * the user's last one, else to the store.
 */
async function ribbonTemplateCode(deps: AddinDeps, snapshot: ItemSnapshot): Promise<string | undefined> {
  const lastChoice = deps.settings.read().lastTemplate?.[lastTemplateKeyOf(snapshot)];
  if (eventKindOf(snapshot) !== "email_draft") return lastChoice;
  const [templates, setup] = await Promise.all([deps.store.templates(), deps.store.templateSetup()]);
  if (!templates.ok || !setup.ok || templates.value.notModified || setup.value.notModified) return lastChoice;
  const items = templates.value.body.items;
  return templateForItem(snapshot, setup.value.body.items, lastChoice, items)?.code ?? lastChoice;
}

/** What the notification bar (and the pane's status line) says about a delivery. */
export function noticeOf(outcome: DeliveryOutcome, options: OneClickOptions): Notice {
  const { translator } = options;
  const { t } = translator;
  switch (outcome.status) {
    case "queued":
      return { kind: "info", message: t(QUEUED[outcome.why]) };
    case "failed":
      return { kind: "error", message: refusalText(outcome, translator) };
    case "logged":
      return {
        kind: "info",
        message: describeLog(outcome.response, translator, {
          ...(options.templateName ? { templateName: options.templateName } : {}),
        }),
      };
  }
}

const QUEUED = {
  offline: "status.waitingOffline",
  retrying: "status.waitingRetry",
  "sign-in": "status.waitingSignIn",
} as const;
