import { Type, type Static } from "@sinclair/typebox";
import { Code } from "./common";
import { ENTRY_FIELDS, InteractionEntry, LoggedItem } from "./interactions";
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
    ...ENTRY_FIELDS,
    ...EntryLinkFields,
  },
  { additionalProperties: false },
);
export type ResumeDraftRequest = Static<typeof ResumeDraftRequest>;
