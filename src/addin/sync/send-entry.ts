import { ok, type Result } from "../../domain/result";
import type { OutboxEntry, OutboxOutcome } from "../ports/outbox-port";
import type { StoreClientPort, StoreFailure } from "../ports/store-client-port";
import type { TokenErrorCode, TokenPort } from "../ports/token-port";
import { backoffDelay, decideRetry, type BackoffOptions } from "./retry-policy";

export interface SendEntryDeps {
  store: Pick<StoreClientPort, "logInteraction" | "entryAction" | "followUp">;
  tokens: TokenPort;
  now: () => number;
  random: () => number;
  backoff?: BackoffOptions | undefined;
}

/** One entry after one send (with at most one token refresh): what to store and what to report. */
export type SendResult =
  | { kind: "logged"; outcome: OutboxOutcome & { status: "logged" } }
  | { kind: "done"; outcome: OutboxOutcome & { status: "done" } }
  | { kind: "skipped"; outcome: OutboxOutcome & { status: "skipped" } }
  | { kind: "recorded"; outcome: OutboxOutcome & { status: "recorded" } }
  | { kind: "keep"; entry: OutboxEntry; outcome: OutboxOutcome; stopDrain: boolean };

/**
 * Sends one outbox entry with its id as the Idempotency-Key. A 401 refreshes the token once and resends
 * (same key, so a send that did land is replayed, not doubled); still 401 means waiting for sign-in.
 */
export async function sendEntry(entry: OutboxEntry, deps: SendEntryDeps): Promise<SendResult> {
  let refreshed = false;
  const attempt = entry.attempts + 1;
  // Ask for the token first: "cannot reach the sign-in service" (offline) must back off like any
  // network error, while only "the user must sign in" stops the drain.
  const token = await deps.tokens.getToken();
  if (!token.ok) return tokenFailure(entry, attempt, token.error, deps);
  for (;;) {
    const result = await sendOnce(entry, deps);
    if (result.ok) return result.value;
    const decision = decideRetry(result.error, attempt, deps.random, refreshed, deps.backoff);
    if (decision.action === "refresh-token") {
      refreshed = true;
      const fresh = await deps.tokens.getToken({ forceRefresh: true });
      if (fresh.ok) continue;
      return tokenFailure(entry, attempt, fresh.error, deps);
    }
    const lastError = describe(result.error);
    if (decision.action === "wait-for-sign-in") return waitForSignIn(entry, attempt, lastError);
    if (decision.action === "dead" && entry.origin === "on-send" && lastError.code === "STORE_NO_CONTACTS") {
      // The on-send rules left it to the store to match recipients the pane had not seen; none is a
      // contact, so there is nothing to log: not a failure to show the user.
      return { kind: "skipped", outcome: { id: entry.id, status: "skipped", code: lastError.code } };
    }
    if (decision.action === "dead") {
      return {
        kind: "keep",
        entry: { ...entry, state: "dead", attempts: attempt, lastError },
        outcome: {
          id: entry.id,
          status: "dead",
          code: lastError.code,
          ...(lastError.storeMessage === undefined ? {} : { storeMessage: lastError.storeMessage }),
          ...(lastError.details === undefined ? {} : { details: lastError.details }),
        },
        stopDrain: false,
      };
    }
    const notBefore = deps.now() + decision.delayMs;
    return {
      kind: "keep",
      entry: { ...entry, state: "pending", attempts: attempt, notBefore, lastError },
      outcome: { id: entry.id, status: "retrying", notBefore },
      // The store or the network is struggling: back off as a whole instead of hammering it entry by entry.
      stopDrain: true,
    };
  }
}

function tokenFailure(
  entry: OutboxEntry,
  attempt: number,
  error: { code: TokenErrorCode; message: string },
  deps: SendEntryDeps,
): SendResult {
  const lastError = { code: error.code, message: error.message };
  if (error.code === "ADDIN_SIGN_IN_REQUIRED") return waitForSignIn(entry, attempt, lastError);
  const notBefore = deps.now() + backoffDelay(attempt, deps.random, deps.backoff);
  return {
    kind: "keep",
    entry: { ...entry, state: "pending", attempts: attempt, notBefore, lastError },
    outcome: { id: entry.id, status: "retrying", notBefore },
    stopDrain: true,
  };
}

function waitForSignIn(
  entry: OutboxEntry,
  attempt: number,
  lastError: NonNullable<OutboxEntry["lastError"]>,
): SendResult {
  return {
    kind: "keep",
    entry: { ...entry, state: "pending", attempts: attempt, lastError },
    outcome: { id: entry.id, status: "waiting-for-sign-in" },
    stopDrain: true,
  };
}

function describe(failure: StoreFailure): NonNullable<OutboxEntry["lastError"]> {
  const described: NonNullable<OutboxEntry["lastError"]> = { code: failure.code, message: failure.message };
  if ("status" in failure) described.status = failure.status;
  if ("storeMessage" in failure && failure.storeMessage !== undefined)
    described.storeMessage = failure.storeMessage;
  if ("details" in failure && failure.details !== undefined) described.details = failure.details;
  return described;
}

/** One attempt: the log, or the entry action, under the entry's id as the Idempotency-Key. */
async function sendOnce(
  entry: OutboxEntry,
  deps: SendEntryDeps,
): Promise<Result<Extract<SendResult, { kind: "logged" | "done" | "recorded" }>, StoreFailure>> {
  const { id, action, followUp, request } = entry;
  if (followUp !== undefined) {
    const recorded = await deps.store.followUp(followUp, id);
    return recorded.ok
      ? ok({ kind: "recorded", outcome: { id, status: "recorded", value: recorded.value } })
      : recorded;
  }
  if (action !== undefined) {
    const done = await deps.store.entryAction(action, id);
    return done.ok ? ok({ kind: "done", outcome: { id, status: "done", entry: done.value } }) : done;
  }
  if (request === undefined) throw new Error(`outbox entry ${id} has neither a log nor an action`);
  const logged = await deps.store.logInteraction(request, id);
  return logged.ok
    ? ok({ kind: "logged", outcome: { id, status: "logged", response: logged.value } })
    : logged;
}
