import { useEffect } from "react";
import type { AddinDeps } from "../use-cases/addin-deps";

/** Cache keys whose change alters how the open item's people match or what it offers. */
const AFFECTS_ITEM = /^(matches|match:|templates|templateSetup|groups)/;

/**
 * Keeps the open item true to what the store says now, without reopening it: a write that changes how
 * addresses match (never-log list, a new contact), a background refresh that found newer matches (a
 * contact made private elsewhere) or templates, and the network coming back (participants that could
 * not be matched offline are matched then) each re-read the item context.
 */
export function useLiveItem(deps: AddinDeps, reload: () => void): void {
  useEffect(() => {
    const stopRefresh = deps.store.onRefresh?.((key) => {
      if (AFFECTS_ITEM.test(key)) reload();
    });
    let online: boolean | undefined;
    const stopSync = deps.sync.subscribe((snapshot) => {
      if (online === false && snapshot.online) reload();
      online = snapshot.online;
    });
    return () => {
      stopRefresh?.();
      stopSync();
    };
  }, [deps, reload]);
}
