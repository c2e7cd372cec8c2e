import { directionOf, type Direction } from "../../domain/direction";
import type { ItemSnapshot } from "../../domain/item-snapshot";
import { sourceKeyOf } from "../../domain/source-key";
import { meetingDurationMin } from "../../domain/template-choice";

/** What the item itself says about the log: its kind, dedupe key, time, direction and a meeting's length. */
export interface ItemFacts {
  sourceKind: "email" | "meeting";
  sourceKey?: string;
  occurredAt: string;
  /** Undefined when the item cannot tell (no valid originator): the template's direction applies. */
  direction?: Direction;
  meetingDurationMin?: number;
}

/** Reads the facts of a log from the snapshot through the domain rules (source key, direction, duration). */
export function itemFacts(snapshot: ItemSnapshot, internalDomains: ReadonlySet<string>): ItemFacts {
  const sourceKind = snapshot.kind === "appointment" ? "meeting" : "email";
  const key = sourceKeyOf(snapshot);
  const direction = directionOf(snapshot, internalDomains);
  const occurredAt =
    (sourceKind === "meeting" ? snapshot.start : snapshot.dateTimeCreated) ?? new Date().toISOString();
  const duration =
    snapshot.kind === "appointment" && snapshot.start && snapshot.end
      ? meetingDurationMin(snapshot.start, snapshot.end)
      : undefined;
  return {
    sourceKind,
    ...(key.ok ? { sourceKey: key.value.key } : {}),
    occurredAt,
    ...(direction ? { direction } : {}),
    ...(duration?.ok ? { meetingDurationMin: duration.value } : {}),
  };
}
