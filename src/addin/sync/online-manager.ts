/** Whether the network is believed up, and a callback when that changes; tests drive a manual one. */
export interface OnlineManager {
  isOnline(): boolean;
  /** Calls back with the new state; returns an unsubscribe. */
  subscribe(listener: (online: boolean) => void): () => void;
}

/** The minimal event target the browser manager needs (window in the taskpane). */
export interface OnlineEventSource {
  addEventListener(type: "online" | "offline", listener: () => void): void;
  removeEventListener(type: "online" | "offline", listener: () => void): void;
}

/**
 * The browser's view: `navigator.onLine` plus the online/offline events. `onLine === false` is
 * reliable; `true` only means "maybe", so the drain still treats network errors as retryable.
 */
export function createBrowserOnlineManager(
  source: OnlineEventSource,
  readOnLine: () => boolean = () => (typeof navigator === "undefined" ? true : navigator.onLine !== false),
): OnlineManager {
  return {
    isOnline: readOnLine,
    subscribe(listener) {
      const up = (): void => listener(true);
      const down = (): void => listener(false);
      source.addEventListener("online", up);
      source.addEventListener("offline", down);
      return () => {
        source.removeEventListener("online", up);
        source.removeEventListener("offline", down);
      };
    },
  };
}

/** A switch tests (and the harness's Go offline button) flip by hand. */
export interface ManualOnlineManager extends OnlineManager {
  setOnline(online: boolean): void;
}

/** An online manager whose state only changes through `setOnline`. */
export function createManualOnlineManager(initial = true): ManualOnlineManager {
  let online = initial;
  const listeners = new Set<(online: boolean) => void>();
  return {
    isOnline: () => online,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setOnline(next) {
      if (next === online) return;
      online = next;
      for (const listener of [...listeners]) listener(next);
    },
  };
}
