import type { DrainLockPort } from "../ports/drain-lock-port";
import type { OutboxEntry, OutboxOutcome, OutboxPort } from "../ports/outbox-port";
import type { OnlinePort } from "../ports/online-port";
import type { StoreClientPort } from "../ports/store-client-port";
import type { SyncPort } from "../ports/sync-port";
import type { TokenPort } from "../ports/token-port";
import type { BackoffOptions } from "./retry-policy";
import { adoptQueuedLogs } from "./adopt-queued-logs";
import { createDrainScheduler, type SyncClock } from "./drain-scheduler";
import { drainOutbox, type DrainOptions } from "./outbox-drain";
import { createSyncPublisher, type SyncState } from "./sync-publisher";

export type { SyncClock } from "./drain-scheduler";

export interface SyncEngineDeps {
  outbox: OutboxPort;
  store: Pick<StoreClientPort, "logInteraction" | "entryAction" | "followUp">;
  tokens: TokenPort;
  online: OnlinePort;
  clock: SyncClock;
  /** [0, 1); the jitter source. */
  random: () => number;
  lock: DrainLockPort;
  /** A fresh UUID, for a dead entry the user fixed (a changed body needs a new Idempotency-Key). */
  newId: () => string;
  backoff?: BackoffOptions;
  /**
   * Other runtimes' queues (the on-send runtime's OfficeRuntime.storage outbox): their entries are moved
   * into `outbox` before each drain, keeping their ids, so one drain sends everything.
   */
  adoptFrom?: OutboxPort[];
  /** While started, drain at least this often even when nothing else triggers it (default 60 s). */
  pollIntervalMs?: number;
  /** Sends in flight at once during a drain (default 4; 1 sends strictly one after another). */
  concurrency?: number;
}

/** The sync port plus the lifecycle its host drives: pane open/close and the user signing in. */
export interface SyncEngine extends SyncPort {
  /** Pane opened: drain now, on every `online` event, when a backoff is due and on a timer. Returns stop. */
  start(): () => void;
  /** The user signed in (interactive token obtained): leave the waiting state and drain. */
  signedIn(): Promise<OutboxOutcome[]>;
}

/**
 * The outbox sync engine: a publisher of snapshots, the drain itself, and a scheduler that decides when
 * a drain runs. This file wires them and holds the operations the pane calls.
 */
export function createSyncEngine(deps: SyncEngineDeps): SyncEngine {
  const state: SyncState = { logged: [], waitingForSignIn: false };
  const publisher = createSyncPublisher(deps.outbox, deps.online, state);
  const drainDeps = {
    outbox: deps.outbox,
    store: deps.store,
    tokens: deps.tokens,
    online: deps.online,
    now: () => deps.clock.now(),
    random: deps.random,
    backoff: deps.backoff,
    concurrency: deps.concurrency,
    state,
    publish: publisher.publish,
  };

  async function drainOnce(options: DrainOptions): Promise<OutboxOutcome[]> {
    if (!deps.online.isOnline()) return [];
    if (state.waitingForSignIn) {
      // Someone may have signed in from another surface: a silent token ends the wait.
      const token = await deps.tokens.getToken();
      if (!token.ok) return [];
      state.waitingForSignIn = false;
    }
    // One drain across runtimes: the lock keeps the others out.
    const locked = await deps.lock.withLock(async () => {
      for (const source of deps.adoptFrom ?? []) await adoptQueuedLogs(source, deps.outbox);
      return drainOutbox(drainDeps, options);
    });
    return locked.acquired ? locked.value : [];
  }

  const scheduler = createDrainScheduler(drainOnce, deps.outbox, deps.clock, deps.pollIntervalMs);

  return {
    async enqueue(input) {
      const entry: OutboxEntry = {
        ...input,
        createdAt: new Date(deps.clock.now()).toISOString(),
        state: "pending",
        attempts: 0,
        notBefore: 0,
      };
      await deps.outbox.add(entry);
      await publisher.publish();
    },
    drainNow: () => scheduler.drainNow(),
    async discard(id) {
      await deps.outbox.remove(id);
      await publisher.publish();
    },
    async retry(id, request) {
      const entry = await deps.outbox.get(id);
      if (entry === undefined) return undefined;
      const fixed = request !== undefined && JSON.stringify(request) !== JSON.stringify(entry.request);
      const { lastError: _cleared, ...rest } = entry;
      const again: OutboxEntry = { ...rest, state: "pending", attempts: 0, notBefore: 0 };
      let queuedAs = id;
      if (fixed) {
        // A dead entry got a definitive rejection, so nothing was committed under its key. A changed
        // body under the old key would be 409 IDEMPOTENCY_MISMATCH, so the fixed log takes a new key;
        // the store's unique source key still prevents a double log if the old one ever landed.
        queuedAs = deps.newId();
        await deps.outbox.add({ ...again, id: queuedAs, request });
        await deps.outbox.remove(id);
      } else {
        await deps.outbox.update(again);
      }
      await publisher.publish();
      void scheduler.drainNow();
      return queuedAs;
    },
    snapshot: publisher.snapshot,
    subscribe: publisher.subscribe,
    start() {
      const release = scheduler.hold();
      const unsubscribe = deps.online.subscribe((online) => {
        void publisher.publish();
        if (online) void scheduler.drainNow({ ignoreNetworkBackoff: true });
      });
      void scheduler.drainNow();
      return () => {
        unsubscribe();
        release();
      };
    },
    async signedIn() {
      state.waitingForSignIn = false;
      await publisher.publish();
      return scheduler.drainNow();
    },
  };
}
