import type { OnlinePort } from "../../ports/online-port";

/** The minimal event target the browser adapter needs (window in the taskpane). */
export interface OnlineEventSource {
  addEventListener(type: "online" | "offline", listener: () => void): void;
  removeEventListener(type: "online" | "offline", listener: () => void): void;
}

/**
 * The browser's view: `navigator.onLine` plus the online/offline events. `onLine === false` is
 * reliable; `true` only means "maybe", so the drain still treats network errors as retryable.
 */
export function createBrowserOnline(
  source: OnlineEventSource,
  readOnLine: () => boolean = () => (typeof navigator === "undefined" ? true : navigator.onLine !== false),
): OnlinePort {
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
