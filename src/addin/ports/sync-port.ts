import type { LogInteractionResponse } from "../../contracts";
import type { OutboxEntry, OutboxOutcome } from "./outbox-port";

/** One log of the outbox as the user sees it; the request and names let the user fix a refused one. */
export type SyncSnapshotEntry = Pick<
  OutboxEntry,
  | "id"
  | "label"
  | "state"
  | "attempts"
  | "lastError"
  | "createdAt"
  | "request"
  | "action"
  | "followUp"
  | "names"
>;

/** What the user sees of the outbox: counts and per-entry state. */
export interface SyncSnapshot {
  pending: number;
  entries: SyncSnapshotEntry[];
  online: boolean;
  waitingForSignIn: boolean;
  /**
   * Logs that reached the store during this session, newest first, with the store's answer (the "logged"
   * state; not durable).
   */
  logged?: Array<{ id: string; label: string; loggedAt: number; response?: LogInteractionResponse }>;
}

/** The offline-first log path: enqueue durably first, send later; never lose, never duplicate. */
export interface SyncPort {
  /** Writes the log to the durable outbox; resolves once it is stored (the UI confirms then). */
  enqueue(
    entry: Pick<OutboxEntry, "id" | "request" | "action" | "followUp" | "origin" | "label" | "names">,
  ): Promise<void>;
  /** Sends what is due now (one drain at a time across runtimes); resolves with each entry's outcome. */
  drainNow(): Promise<OutboxOutcome[]>;
  /** Removes a dead-lettered entry the user chose to discard. */
  discard(id: string): Promise<void>;
  /**
   * Puts a dead-lettered entry back in the queue: unchanged, under its own idempotency key; with a fixed
   * request, under a new key (a changed body under the old key is 409 STORE_IDEMPOTENCY_MISMATCH).
   * Resolves with the id it is queued under now; undefined when there was no such entry.
   */
  retry(id: string, request?: OutboxEntry["request"]): Promise<string | undefined>;
  snapshot(): Promise<SyncSnapshot>;
  subscribe(listener: (snapshot: SyncSnapshot) => void): () => void;
}
