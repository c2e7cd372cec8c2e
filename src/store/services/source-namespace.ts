import type { Source } from "../../contracts";
import { fail, ok, type Result } from "../../domain/result";
import type { ServiceFailure } from "../errors";

/**
 * Source kinds whose keys only the store writes, each under its own prefix: a client's log through
 * POST /interactions can neither take these kinds nor a key in their namespace, so an email can never
 * be keyed like a document (and found "already logged" in its place), whatever key a client sends.
 */
const STORE_OWNED_PREFIXES = { document: "document:", segment: "segment:" } as const;

/** The source key of a sales, purchase or service document: namespaced by kind, then its type and number. */
export const documentSourceKey = (documentType: string, documentNo: string): string =>
  `${STORE_OWNED_PREFIXES.document}${documentType}:${documentNo}`;

/** The source key of one log of a segment (when it logs no email or meeting of its own). */
export const segmentSourceKey = (segmentNo: string, loggedSegmentId: string): string =>
  `${STORE_OWNED_PREFIXES.segment}${segmentNo}:${loggedSegmentId}`;

/** Refuses a client's source of a store-owned kind, or whose key sits in a store-owned namespace. */
export function refuseStoreOwnedSource(source: Pick<Source, "kind" | "key">): Result<void, ServiceFailure> {
  const prefixes = Object.entries(STORE_OWNED_PREFIXES);
  const owned = prefixes.find(([kind, prefix]) => source.kind === kind || source.key.startsWith(prefix));
  if (owned === undefined) return ok(undefined);
  return fail({
    code: "STORE_SOURCE_KEY_RESERVED",
    message: `Sources of kind ${owned[0]}, and keys starting "${owned[1]}", are written by the store's own ${owned[0]} path only.`,
    details: { kind: owned[0] },
  });
}
