import type { Result } from "../../domain/result";
import type { AddinDeps, UseCaseError } from "../use-cases/addin-deps";
import type { ItemContext } from "../use-cases/item-context";
import { loadItemContext } from "../use-cases/load-item-context";

/**
 * The open item's first load, begun as soon as Office is ready (before the pane's first render, which
 * takes the main thread for a while), with the pane's one subscription to item changes made at the same
 * moment: an item selected before the pane was on screen is never missed.
 */
export interface ItemHeadStart {
  /** The first item's context, once, if no other item was selected since it began loading. */
  takeFirst(): Promise<Result<ItemContext, UseCaseError>> | undefined;
  /** Calls back on every item change from now on; answers an unsubscribe. */
  onItemChanged(listener: () => void): () => void;
}

export function startItemLoad(deps: AddinDeps): ItemHeadStart {
  let first: Promise<Result<ItemContext, UseCaseError>> | undefined = loadItemContext(deps);
  const listeners = new Set<() => void>();
  // One subscription for the pane's life (Office removes every handler of an event type at once), so its
  // unsubscribe is never needed. An Outlook below Mailbox 1.5 refuses it: its pane cannot be pinned, and
  // it shows the item it was opened on. Any other refusal is said where a support engineer looks.
  void deps.mailbox
    .onItemChanged(() => {
      first = undefined;
      for (const listener of [...listeners]) listener();
    })
    .then((subscribed) => {
      if (!subscribed.ok && subscribed.error.code !== "ADDIN_REQUIREMENT_MISSING")
        console.warn("Touchpoint: the pane cannot follow the selected item", subscribed.error);
    });
  return {
    takeFirst() {
      const taken = first;
      first = undefined;
      return taken;
    },
    onItemChanged(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
