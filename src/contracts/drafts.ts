import { Type, type Static } from "@sinclair/typebox";
import { Code, CorrespondenceType, Evaluation, InformationFlow, InitiatedBy } from "./common";
import { InteractionEntry, LoggedItem } from "./interactions";
import { FIELD_LIMITS } from "./field-limits";
import { EntryLinkFields } from "./sales-links";

/** A postponed interaction [Postponed Interactions]: one logged item whose entries are all postponed. */
export const Draft = Type.Object({ item: LoggedItem, entries: Type.Array(InteractionEntry) });
export type Draft = Static<typeof Draft>;

/** Answer of GET /drafts: the caller's own drafts, newest first. */
export const DraftList = Type.Object({ items: Type.Array(Draft) });
export type DraftList = Static<typeof DraftList>;

export const DraftListQuery = Type.Object(
  { limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })) },
  { additionalProperties: false },
);
export type DraftListQuery = Static<typeof DraftListQuery>;

/**
 * Body of POST /logged-items/{id}/resume [Resume Interaction]: the fields the draft still misses. What
 * is absent stays as saved; a new template brings its own defaults for cost, duration and direction.
 */
export const ResumeDraftRequest = Type.Object(
  {
    templateCode: Type.Optional(Code),
    description: Type.Optional(Type.String({ maxLength: FIELD_LIMITS.description })),
    evaluation: Type.Optional(Evaluation),
    attemptFailed: Type.Optional(Type.Boolean()),
    costLcy: Type.Optional(Type.Number({ minimum: 0, maximum: 1e9 })),
    durationMin: Type.Optional(Type.Number({ minimum: 0, maximum: 525600 })),
    informationFlow: Type.Optional(InformationFlow),
    initiatedBy: Type.Optional(InitiatedBy),
    correspondenceType: Type.Optional(CorrespondenceType),
    salespersonCode: Type.Optional(Code),
    ...EntryLinkFields,
  },
  { additionalProperties: false },
);
export type ResumeDraftRequest = Static<typeof ResumeDraftRequest>;
