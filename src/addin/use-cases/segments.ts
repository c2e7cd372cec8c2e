import type { LoggedSegment, LogSegmentResponse, SegmentLinesResponse, SegmentList } from "../../contracts";
import { ok, type Result } from "../../domain/result";
import { storableText } from "../../domain/storable-text";
import type { StoreFailure } from "../ports/store-client-port";
import type { AddinDeps } from "./addin-deps";
import type { ItemContext } from "./item-context";
import { FIELD_LIMITS } from "../../contracts/field-limits";

/** The tenant's segments and the latest logged segments, side by side. */
export async function loadSegments(
  deps: Pick<AddinDeps, "store">,
): Promise<Result<{ segments: SegmentList["items"]; logged: LoggedSegment[] }, StoreFailure>> {
  const [segments, logged] = await Promise.all([deps.store.segments(), deps.store.loggedSegments()]);
  if (!segments.ok) return segments;
  if (!logged.ok) return logged;
  return ok({ segments: segments.value.items, logged: logged.value.items });
}

/** A segment number from the time, in Business Central's style (SM-…), unique enough for one user. */
export const suggestedSegmentNo = (now: number): string => `SM-${now.toString(36).toUpperCase()}`;

/**
 * Creates a segment from the open item's participants (the store matches them by exact and alternate
 * address, as a log does; colleagues and unknown people are left out and reported).
 */
export function createSegmentFromItem(
  deps: Pick<AddinDeps, "store">,
  context: ItemContext,
  no: string,
  description: string,
  idempotencyKey: string,
): Promise<Result<SegmentLinesResponse, StoreFailure>> {
  const addresses = [...new Set(context.participants.map((p) => p.email))].slice(0, 500);
  return deps.store.createSegment(
    { no, description: storableText(description, FIELD_LIMITS.description), addresses },
    idempotencyKey,
  );
}

/** Logs one interaction with the template to every line of the segment. */
export function logToSegment(
  deps: Pick<AddinDeps, "store">,
  segmentNo: string,
  templateCode: string,
  description: string,
  idempotencyKey: string,
): Promise<Result<LogSegmentResponse, StoreFailure>> {
  return deps.store.logSegment(
    segmentNo,
    { templateCode, description: storableText(description, FIELD_LIMITS.description) || segmentNo },
    idempotencyKey,
  );
}

/** Cancels a logged segment and every entry it made. */
export function cancelLoggedSegment(
  deps: Pick<AddinDeps, "store">,
  id: string,
  idempotencyKey: string,
): Promise<Result<LoggedSegment, StoreFailure>> {
  return deps.store.cancelLoggedSegment(id, idempotencyKey);
}
