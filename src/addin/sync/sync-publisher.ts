import type { OutboxEntry, OutboxPort } from "../ports/outbox-port";
import type { OnlinePort } from "../ports/online-port";
import type { SyncSnapshot } from "../ports/sync-port";

/** What the engine knows beyond the outbox itself: recent logs and whether it waits for a sign-in. */
export interface SyncState {
  /** Newest first, at most RECENT_LOGGED. */
  logged: NonNullable<SyncSnapshot["logged"]>;
  waitingForSignIn: boolean;
}

export const RECENT_LOGGED = 20;

export interface SyncPublisher {
  snapshot(): Promise<SyncSnapshot>;
  /** Tells every listener the current snapshot. */
  publish(): Promise<void>;
  subscribe(listener: (snapshot: SyncSnapshot) => void): () => void;
}

/** Snapshots of the outbox for the pane, read once per burst of changes however many there were. */
export function createSyncPublisher(outbox: OutboxPort, online: OnlinePort, state: SyncState): SyncPublisher {
  const listeners = new Set<(snapshot: SyncSnapshot) => void>();

  async function snapshot(): Promise<SyncSnapshot> {
    const entries = await outbox.list();
    return {
      pending: entries.length,
      entries: sortOldestFirst(entries).map(
        ({
          id,
          label,
          state: entryState,
          attempts,
          lastError,
          createdAt,
          request,
          action,
          followUp,
          names,
        }) => ({
          id,
          label,
          state: entryState,
          attempts,
          createdAt,
          ...(request === undefined ? {} : { request }),
          ...(action === undefined ? {} : { action }),
          ...(followUp === undefined ? {} : { followUp }),
          ...(lastError === undefined ? {} : { lastError }),
          ...(names === undefined ? {} : { names }),
        }),
      ),
      online: online.isOnline(),
      waitingForSignIn: state.waitingForSignIn,
      logged: [...state.logged],
    };
  }

  // Coalesced: while one snapshot is being read, further changes ask for one more read, not one each
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

  return {
    snapshot,
    publish,
    subscribe(listener) {
      listeners.add(listener);
      void snapshot().then((current) => listeners.has(listener) && listener(current));
      return () => listeners.delete(listener);
    },
  };
}

/** Oldest first; entries made in the same millisecond in id order, so every runtime agrees. */
export function sortOldestFirst(entries: OutboxEntry[]): OutboxEntry[] {
  return [...entries].sort((a, b) => {
    if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}
