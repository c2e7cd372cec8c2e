import type {
  Contact,
  ExclusionReason,
  InteractionGroup,
  InteractionTemplate,
  ParticipantRole,
  SourceStatus,
} from "../../contracts";
import type { Direction } from "../../domain/direction";
import type { ItemSnapshot } from "../../domain/item-snapshot";
import type { StoreFailure } from "../ports/store-client-port";
import type { UseCaseError } from "./addin-deps";

/** How one participant of the item stands against the store's contacts. */
export type ParticipantState =
  | { state: "matched"; contact: Contact; via: "email" | "alternate" }
  | { state: "ambiguous"; candidates: Contact[] }
  | { state: "company"; company: Contact }
  | { state: "colleague" }
  | { state: "excluded"; reason: ExclusionReason }
  | { state: "unknown" }
  | { state: "invalid" }
  /** The store could not be asked (offline, no cached answer): matched when online, or by the store on delivery. */
  | { state: "pending" };

/** A participant as the Log view and the ribbon see it. */
export type ParticipantView = ParticipantState & {
  /** The address as the item gives it. */
  email: string;
  /** Normalised address; absent when the address is not valid. */
  normalized?: string;
  name: string;
  role: ParticipantRole;
};

/** Everything the Log view needs about the open item, loaded in one go. */
export interface ItemContext {
  snapshot: ItemSnapshot;
  sourceKind: "email" | "meeting";
  /** Dedupe key; absent for a compose item that has no id yet (logging it sets our header first). */
  sourceKey?: string;
  occurredAt: string;
  participants: ParticipantView[];
  /** The item is already logged (by this user or a colleague): who, when, to whom. */
  alreadyLogged?: SourceStatus;
  groups: InteractionGroup[];
  /** Not blocked templates, in the store's order. */
  templates: InteractionTemplate[];
  /** The user's last choice for this kind, else template setup's. */
  defaultTemplateCode?: string;
  /** From the item (sender or organiser internal → outbound / us); undefined lets the template decide. */
  direction?: Direction;
  /** A meeting's length from its start and end. */
  meetingDurationMin?: number;
  /** The tenant's local currency code (amounts are in it); absent when the store names none. */
  currency?: string;
  /** A message being written that this Outlook cannot mark with our header: why it cannot be logged yet. */
  draftProblem?: UseCaseError;
  /** Set when the store could not be reached: participants are then shown from the item alone. */
  storeProblem?: StoreFailure;
}
