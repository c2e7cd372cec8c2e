import type { OnlinePort } from "../ports/online-port";

/** A switch tests (and the harness's Go offline button) flip by hand. */
export interface ManualOnlineManager extends OnlinePort {
  setOnline(online: boolean): void;
}

/** An online port whose state only changes through `setOnline`. */
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
