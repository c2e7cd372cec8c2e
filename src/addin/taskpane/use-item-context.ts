import { useCallback, useEffect, useRef, useState } from "react";
import type { AddinDeps, UseCaseError } from "../use-cases/addin-deps";
import type { ItemContext } from "../use-cases/item-context";
import { loadItemContext } from "../use-cases/load-item-context";
import type { ItemHeadStart } from "./item-head-start";
import type { Result } from "../../domain/result";

export type ItemContextState =
  | { status: "loading" }
  | { status: "ready"; context: ItemContext }
  | { status: "failed"; error: UseCaseError };

/**
 * The open item's context: `head`'s first load (begun before the pane rendered, else loaded on mount),
 * then loaded again whenever Outlook selects another item under the pinned pane; an answer for an item
 * no longer selected is dropped.
 */
export function useItemContext(
  deps: AddinDeps,
  head: ItemHeadStart,
): { state: ItemContextState; reload: () => void } {
  const [state, setState] = useState<ItemContextState>({ status: "loading" });
  const generation = useRef(0);

  const show = useCallback((mine: number, result: Result<ItemContext, UseCaseError>) => {
    if (mine !== generation.current) return;
    setState(
      result.ok ? { status: "ready", context: result.value } : { status: "failed", error: result.error },
    );
  }, []);
  const load = useCallback(
    (mine: number) => loadItemContext(deps).then((result) => show(mine, result)),
    [deps, show],
  );
  // After a log or a cancel the same item stays on screen until the fresh answer replaces it.
  const reload = useCallback(() => void load(++generation.current), [load]);

  useEffect(() => {
    const mine = ++generation.current;
    const first = head.takeFirst();
    if (first === undefined) void load(mine);
    else void first.then((result) => show(mine, result));
    return head.onItemChanged(() => {
      setState({ status: "loading" });
      void load(++generation.current);
      // A mail just sent may have left a log in the on-send runtime's queue: sending it now lets the
      // sent copy, once selected, show as logged without waiting for the next poll.
      void deps.sync.drainNow().catch(() => undefined);
    });
  }, [deps, head, load, show]);

  return { state, reload };
}
