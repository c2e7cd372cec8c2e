import type { OutboxOutcome, OutboxPort } from "../ports/outbox-port";
import type { DrainOptions } from "./outbox-drain";

/** Time, injectable so tests run hours of backoff in milliseconds. */
export interface SyncClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface DrainScheduler {
  /** Drains now, or joins the drain under way; see `ignoreNetworkBackoff` for when it queues one more. */
  drainNow(options?: DrainOptions): Promise<OutboxOutcome[]>;
  /** While at least one holder is started, a drain runs when the next entry is due and on a timer. */
  hold(): () => void;
}

const NORMAL: DrainOptions = { ignoreNetworkBackoff: false };

/**
 * When drains run: one at a time per runtime, then the next one timed for the earliest due entry (or the
 * poll interval), while held.
 */
export function createDrainScheduler(
  run: (options: DrainOptions) => Promise<OutboxOutcome[]>,
  outbox: Pick<OutboxPort, "list">,
  clock: SyncClock,
  pollIntervalMs = 60_000,
): DrainScheduler {
  let running: Promise<OutboxOutcome[]> | undefined;
  let followUp: Promise<OutboxOutcome[]> | undefined;
  let holders = 0;
  let timer: unknown;

  function drainNow(options: DrainOptions = NORMAL): Promise<OutboxOutcome[]> {
    if (running === undefined) {
      running = run(options).finally(() => {
        running = undefined;
        void scheduleNext();
      });
      return running;
    }
    if (!options.ignoreNetworkBackoff) return running;
    // The network came back while a drain was under way: that drain may already have passed over what
    // failed for lack of network, so one more runs right after it, with the backoff ignored.
    const after = (): Promise<OutboxOutcome[]> => {
      followUp = undefined;
      return drainNow(options);
    };
    followUp ??= running.then(after, after);
    return followUp;
  }

  async function scheduleNext(): Promise<void> {
    if (holders === 0) return;
    if (timer !== undefined) clock.clearTimeout(timer);
    const entries = await outbox.list();
    const due = entries.filter((entry) => entry.state !== "dead").map((entry) => entry.notBefore);
    const wait =
      due.length === 0
        ? pollIntervalMs
        : Math.min(pollIntervalMs, Math.max(0, Math.min(...due) - clock.now()));
    timer = clock.setTimeout(() => {
      timer = undefined;
      void drainNow();
    }, wait);
  }

  return {
    drainNow,
    hold() {
      holders += 1;
      return () => {
        holders -= 1;
        if (holders === 0 && timer !== undefined) {
          clock.clearTimeout(timer);
          timer = undefined;
        }
      };
    },
  };
}
