import type { OutboxEntry, OutboxOutcome, OutboxPort } from "../ports/outbox-port";
import type { OnlinePort } from "../ports/online-port";
import type { StoreClientPort } from "../ports/store-client-port";
import type { TokenPort } from "../ports/token-port";
import type { BackoffOptions } from "./retry-policy";
import { sendEntry } from "./send-entry";
import { RECENT_LOGGED, sortOldestFirst, type SyncState } from "./sync-publisher";

export interface DrainDeps {
  outbox: OutboxPort;
  store: Pick<StoreClientPort, "logInteraction" | "entryAction" | "followUp">;
  tokens: TokenPort;
  online: OnlinePort;
  now: () => number;
  random: () => number;
  backoff?: BackoffOptions | undefined;
  /** Sends in flight at once (default 4; 1 sends strictly one after another). */
  concurrency?: number | undefined;
  state: SyncState;
  publish: () => Promise<void>;
}

export interface DrainOptions {
  /**
   * The network just came back: what failed for lack of it goes now, not when its backoff ends.
   * A server's Retry-After (429/503) is still honoured.
   */
  ignoreNetworkBackoff: boolean;
}

/** Sends in flight at once during a drain. */
const DEFAULT_CONCURRENCY = 4;
/** Failures that mean "no network", as the store client and token providers code them. */
const NETWORK_CODES = new Set(["ADDIN_OFFLINE", "ADDIN_TIMEOUT", "ADDIN_AUTH_UNAVAILABLE"]);

/**
 * One pass over the outbox, under the caller's lock: oldest due entry first, each deleted only after a
 * 2xx, a failure rescheduled with its backoff. Entries enqueued meanwhile are taken by a later round.
 */
export async function drainOutbox(deps: DrainDeps, options: DrainOptions): Promise<OutboxOutcome[]> {
  const outcomes: OutboxOutcome[] = [];
  const sendDeps = {
    store: deps.store,
    tokens: deps.tokens,
    now: deps.now,
    random: deps.random,
    backoff: deps.backoff,
  };
  const tried = new Set<string>();
  let stop = false;

  function isDue(entry: OutboxEntry): boolean {
    if (entry.state === "dead") return false;
    if (options.ignoreNetworkBackoff && NETWORK_CODES.has(entry.lastError?.code ?? "")) return true;
    return entry.notBefore <= deps.now();
  }

  async function sendOne(candidate: OutboxEntry): Promise<void> {
    tried.add(candidate.id);
    if (!deps.online.isOnline()) {
      stop = true;
      return;
    }
    // Re-read: the user may have discarded or fixed it since the list was taken.
    const next = await deps.outbox.get(candidate.id);
    if (next === undefined || !isDue(next)) return;
    // "sending" is shown to the user; an entry left "sending" by a closed runtime is simply due again.
    await deps.outbox.update({ ...next, state: "sending" });
    await deps.publish();
    const result = await sendEntry(next, sendDeps);
    outcomes.push(result.outcome);
    if (result.kind === "done" || result.kind === "skipped" || result.kind === "recorded") {
      await deps.outbox.remove(next.id);
      await deps.publish();
      return;
    }
    if (result.kind === "logged") {
      await deps.outbox.remove(next.id);
      deps.state.logged.unshift({
        id: next.id,
        label: next.label,
        loggedAt: deps.now(),
        response: result.outcome.response,
      });
      deps.state.logged.splice(RECENT_LOGGED);
      await deps.publish();
      return;
    }
    await deps.outbox.update(result.entry);
    if (result.outcome.status === "waiting-for-sign-in") deps.state.waitingForSignIn = true;
    await deps.publish();
    if (result.stopDrain) stop = true;
  }

  for (;;) {
    const due = sortOldestFirst(await deps.outbox.list()).filter(
      (entry) => !tried.has(entry.id) && isDue(entry),
    );
    if (due.length === 0) return outcomes;
    // The oldest goes alone, as a probe: a store that is down, overloaded or refusing our token stops
    // the drain after one request. Then a few sends in flight at once, started oldest first: each has
    // its own Idempotency-Key, so the order they land in cannot duplicate anything, and a store that
    // batches commits takes them together.
    await sendOne(due[0] as OutboxEntry);
    let next = 1;
    const worker = async (): Promise<void> => {
      while (!stop && next < due.length) await sendOne(due[next++] as OutboxEntry);
    };
    const width = Math.min(deps.concurrency ?? DEFAULT_CONCURRENCY, due.length - 1);
    if (!stop) await Promise.all(Array.from({ length: width }, worker));
    if (stop) return outcomes;
  }
}
