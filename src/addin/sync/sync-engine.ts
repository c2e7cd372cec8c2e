import type { DrainLockPort } from "../ports/drain-lock-port";
import type { OutboxEntry, OutboxOutcome, OutboxPort } from "../ports/outbox-port";
import type { StoreClientPort } from "../ports/store-client-port";
import type { SyncPort, SyncSnapshot } from "../ports/sync-port";
import type { TokenPort } from "../ports/token-port";
import type { OnlineManager } from "./online-manager";
import type { BackoffOptions } from "./retry-policy";
import { adoptQueuedLogs } from "./adopt-queued-logs";
import { sendEntry } from "./send-entry";

/** Time, injectable so tests run hours of backoff in milliseconds. */
export interface SyncClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface SyncEngineDeps {
  outbox: OutboxPort;
  store: Pick<StoreClientPort, "logInteraction" | "entryAction">;
  tokens: TokenPort;
  online: OnlineManager;
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

const RECENT_LOGGED = 20;
/** Sends in flight at once during a drain. */
const DEFAULT_CONCURRENCY = 4;
/** Failures that mean "no network", as the store client and token providers code them. */
const NETWORK_CODES = new Set(["ADDIN_OFFLINE", "ADDIN_TIMEOUT", "ADDIN_AUTH_UNAVAILABLE"]);

/** The outbox drain: oldest due entry first, deleted only after a 2xx, retried with capped backoff. */
export function createSyncEngine(deps: SyncEngineDeps): SyncEngine {
  const listeners = new Set<(snapshot: SyncSnapshot) => void>();
  const logged: NonNullable<SyncSnapshot["logged"]> = [];
  let waitingForSignIn = false;
  let reconnected = false;
  let started = 0;
  let timer: unknown;
  let running: Promise<OutboxOutcome[]> | undefined;

  async function snapshot(): Promise<SyncSnapshot> {
    const entries = await deps.outbox.list();
    return {
      pending: entries.length,
      entries: sortOldestFirst(entries).map(
        ({ id, label, state, attempts, lastError, createdAt, request, action, names }) => ({
          id,
          label,
          state,
          attempts,
          lastError,
          createdAt,
          ...(request === undefined ? {} : { request }),
          ...(action === undefined ? {} : { action }),
          ...(names === undefined ? {} : { names }),
        }),
      ),
      online: deps.online.isOnline(),
      waitingForSignIn,
      logged: [...logged],
    };
  }

  // Snapshots are coalesced: while one is being read, further changes ask for one more read, not one each
  // (a drain of 1,000 logs would otherwise read the whole outbox 2,000 times).
  let publishing: Promise<void> | undefined;
  let changedSince = false;
  function publish(): Promise<void> {
    if (listeners.size === 0) return Promise.resolve();
    if (publishing !== undefined) {
      changedSince = true;
      return publishing;
    }
    publishing = (async () => {
      do {
        changedSince = false;
        const current = await snapshot();
        for (const listener of [...listeners]) listener(current);
      } while (changedSince);
    })().finally(() => {
      publishing = undefined;
    });
    return publishing;
  }

  async function drainOnce(): Promise<OutboxOutcome[]> {
    if (!deps.online.isOnline()) return [];
    if (waitingForSignIn) {
      // Someone may have signed in from another surface: a silent token ends the wait.
      const token = await deps.tokens.getToken();
      if (!token.ok) return [];
      waitingForSignIn = false;
    }
    const locked = await deps.lock.withLock(async () => {
      for (const source of deps.adoptFrom ?? []) await adoptQueuedLogs(source, deps.outbox);
      return drainLocked();
    });
    return locked.acquired ? locked.value : [];
  }

  async function drainLocked(): Promise<OutboxOutcome[]> {
    const outcomes: OutboxOutcome[] = [];
    const sendDeps = {
      store: deps.store,
      tokens: deps.tokens,
      now: () => deps.clock.now(),
      random: deps.random,
      backoff: deps.backoff,
    };
    // Entries enqueued while draining are picked up by the next pass of the outer loop.
    const tried = new Set<string>();
    let stop = false;

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
      await publish();
      const result = await sendEntry(next, sendDeps);
      outcomes.push(result.outcome);
      if (result.kind === "done") {
        await deps.outbox.remove(next.id);
        await publish();
        return;
      }
      if (result.kind === "logged") {
        await deps.outbox.remove(next.id);
        logged.unshift({
          id: next.id,
          label: next.label,
          loggedAt: deps.clock.now(),
          response: result.outcome.response,
        });
        logged.splice(RECENT_LOGGED);
        await publish();
        return;
      }
      await deps.outbox.update(result.entry);
      if (result.outcome.status === "waiting-for-sign-in") waitingForSignIn = true;
      await publish();
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

  function isDue(entry: OutboxEntry): boolean {
    if (entry.state === "dead") return false;
    // The network just came back: what failed for lack of it goes now, not when its backoff ends.
    // A server's Retry-After (429/503) is still honoured.
    if (reconnected && NETWORK_CODES.has(entry.lastError?.code ?? "")) return true;
    return entry.notBefore <= deps.clock.now();
  }

  function drainNow(): Promise<OutboxOutcome[]> {
    // One drain per runtime at a time; the lock keeps other runtimes out.
    running ??= drainOnce().finally(() => {
      running = undefined;
      void scheduleNext();
    });
    return running;
  }

  async function scheduleNext(): Promise<void> {
    if (started === 0) return;
    if (timer !== undefined) deps.clock.clearTimeout(timer);
    const entries = await deps.outbox.list();
    const due = entries.filter((entry) => entry.state !== "dead").map((entry) => entry.notBefore);
    const poll = deps.pollIntervalMs ?? 60_000;
    const wait = due.length === 0 ? poll : Math.min(poll, Math.max(0, Math.min(...due) - deps.clock.now()));
    timer = deps.clock.setTimeout(() => {
      timer = undefined;
      void drainNow();
    }, wait);
  }

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
      await publish();
    },
    drainNow,
    async discard(id) {
      await deps.outbox.remove(id);
      await publish();
    },
    async retry(id, request) {
      const entry = await deps.outbox.get(id);
      if (entry === undefined) return undefined;
      const fixed = request !== undefined && JSON.stringify(request) !== JSON.stringify(entry.request);
      const again: OutboxEntry = {
        ...entry,
        state: "pending",
        attempts: 0,
        notBefore: 0,
        lastError: undefined,
      };
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
      await publish();
      void drainNow();
      return queuedAs;
    },
    snapshot,
    subscribe(listener) {
      listeners.add(listener);
      void snapshot().then((current) => listeners.has(listener) && listener(current));
      return () => listeners.delete(listener);
    },
    start() {
      started += 1;
      const unsubscribe = deps.online.subscribe((online) => {
        void publish();
        if (!online) return;
        reconnected = true;
        void drainNow().finally(() => (reconnected = false));
      });
      void drainNow();
      return () => {
        unsubscribe();
        started -= 1;
        if (started === 0 && timer !== undefined) {
          deps.clock.clearTimeout(timer);
          timer = undefined;
        }
      };
    },
    async signedIn() {
      waitingForSignIn = false;
      await publish();
      return drainNow();
    },
  };
}

function sortOldestFirst(entries: OutboxEntry[]): OutboxEntry[] {
  return [...entries].sort((a, b) =>
    a.createdAt === b.createdAt
      ? a.id < b.id
        ? -1
        : a.id > b.id
          ? 1
          : 0
      : a.createdAt < b.createdAt
        ? -1
        : 1,
  );
}
