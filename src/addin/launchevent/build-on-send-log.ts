import type { AddinErrorCode, LogInteractionRequest, Participant } from "../../contracts";
import { internalDomainsOf } from "../../domain/internal-domains";
import type { ItemSnapshot } from "../../domain/item-snapshot";
import { isNeverLogged, NO_NEVER_LOG, type NeverLogRules } from "../../domain/never-log";
import { participantsOf } from "../../domain/participants";
import { fail, ok, type Result } from "../../domain/result";
import { storableText } from "../../domain/storable-text";
import { itemFacts } from "../use-cases/item-facts";
import { FIELD_LIMITS } from "../../contracts/field-limits";

/** Why an item being sent is not auto-logged; each is a normal outcome, never an error for the user. */
export type OnSendSkip = Extract<
  AddinErrorCode,
  "ADDIN_SKIP_PRIVATE" | "ADDIN_SKIP_NO_EXTERNAL_PARTICIPANT" | "ADDIN_SKIP_NO_SOURCE_KEY"
>;

export interface OnSendLogOptions {
  /** The id of this log: Idempotency-Key, and the x-touchpoint-id header the message carries. */
  id: string;
  internalDomains?: readonly string[];
  /** The never-log rules this runtime knows; the store applies the tenant's list again when matching. */
  neverLog?: NeverLogRules;
  /** When given, only these (normalised) addresses are sent: the ones the auto-log rules let through. */
  only?: ReadonlySet<string>;
}

const PRIVATE = new Set(["private", "personal", "confidential"]);

/**
 * The auto-log of an item being sent, in participants mode (the store matches them, so no request is
 * needed here): skipped for private items and when no external, loggable participant remains.
 */
export function buildOnSendLog(
  snapshot: ItemSnapshot,
  options: OnSendLogOptions,
): Result<{ request: LogInteractionRequest; label: string }, { code: OnSendSkip }> {
  if (snapshot.sensitivity !== undefined && PRIVATE.has(snapshot.sensitivity))
    return fail({ code: "ADDIN_SKIP_PRIVATE" });
  const internal = internalDomainsOf(snapshot.mailbox, options.internalDomains ?? []);
  const rules = options.neverLog ?? NO_NEVER_LOG;
  const participants: Participant[] = participantsOf(snapshot, internal)
    .filter((person) => !person.invalid && !person.internal && !isNeverLogged(person.address, rules))
    .filter((person) => options.only === undefined || options.only.has(person.address))
    .map((person) => ({
      email: person.address,
      role: person.role,
      ...(person.name ? { name: storableText(person.name, 320) } : {}),
    }));
  if (participants.length === 0) return fail({ code: "ADDIN_SKIP_NO_EXTERNAL_PARTICIPANT" });

  // A message is keyed by the header we set while it is sent, so read mode finds the same log later.
  const marked =
    snapshot.kind === "message"
      ? { ...snapshot, touchpointId: snapshot.touchpointId ?? options.id }
      : snapshot;
  const facts = itemFacts(marked, internal);
  const key = facts.sourceKey;
  if (key === undefined) return fail({ code: "ADDIN_SKIP_NO_SOURCE_KEY" });
  const subject = storableText(snapshot.subject, FIELD_LIMITS.sourceText);
  return ok({
    label: subject || "(no subject)",
    request: {
      source: {
        kind: facts.sourceKind,
        key,
        subject,
        occurredAt: facts.occurredAt,
        ...(snapshot.kind === "appointment" && snapshot.end ? { endAt: snapshot.end } : {}),
      },
      participants,
      ...(facts.direction
        ? { informationFlow: facts.direction.informationFlow, initiatedBy: facts.direction.initiatedBy }
        : {}),
      ...(facts.meetingDurationMin === undefined ? {} : { durationMin: facts.meetingDurationMin }),
    },
  });
}
