import { useEffect, useState } from "react";
import type { SyncSnapshot } from "../../ports/sync-port";
import { useTaskpane } from "../taskpane-context";

/**
 * The outbox as it is now, kept current. One subscription per view: every status the view shows comes
 * from the same snapshot, so no two lines of the pane can disagree about a log.
 */
export function useSyncSnapshot(): SyncSnapshot | undefined {
  const { deps } = useTaskpane();
  const [snapshot, setSnapshot] = useState<SyncSnapshot | undefined>();
  useEffect(() => {
    let live = true;
    const read = () =>
      void deps.sync
        .snapshot()
        .then((current) => live && setSnapshot(current))
        .catch(() => undefined);
    read();
    const unsubscribe = deps.sync.subscribe((next) => live && setSnapshot(next));
    // The ribbon and on-send queue into the same outbox from their own runtimes, and this one hears
    // nothing of it: coming back to the pane (after the ribbon said "open Touchpoint") reads it again.
    window.addEventListener("focus", read);
    return () => {
      live = false;
      unsubscribe();
      window.removeEventListener("focus", read);
    };
  }, [deps]);
  return snapshot;
}
