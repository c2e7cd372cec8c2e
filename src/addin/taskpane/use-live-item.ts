import { useEffect } from "react";
import type { AddinDeps } from "../use-cases/addin-deps";

/** Cache keys whose change alters how the open item's people match or what it offers. */
const AFFECTS_ITEM = /^(matches|match:|templates|templateSetup|groups)/;

/**
 * Keeps the open item true to what the store says now, without reopening it: a write that changes how
 * addresses match (never-log list, a new contact), a background refresh that found newer matches (a
 * contact made private elsewhere) or templates, the network coming back (participants that could not be
 * matched offline are matched then) and a queued log landing each re-read the item context.
 */
export function useLiveItem(deps: AddinDeps, reload: () => void): void {
  useEffect(() => {
    const stopRefresh = deps.store.onRefresh?.((key) => {
      if (AFFECTS_ITEM.test(key)) reload();
    });
    let online: boolean | undefined;
    /** The newest log that landed, as of the last snapshot; null before the first one. */
    let landed: string | undefined | null = null;
    const stopSync = deps.sync.subscribe((snapshot) => {
      const newest = snapshot.logged?.[0]?.id;
      const backOnline = online === false && snapshot.online;
      // A log that landed may be this item's (fixed and resent, or queued earlier): its state is new.
      const newLog = landed !== null && newest !== undefined && newest !== landed;
      if (backOnline || newLog) reload();
      online = snapshot.online;
      landed = newest;
    });
    return () => {
      stopRefresh?.();
      stopSync();
    };
  }, [deps, reload]);
}
