import type { Result } from "../../domain/result";
import type { StoreFailure } from "../ports/store-client-port";
import type { AddinDeps } from "./addin-deps";

/** Cancels a logged item and all its entries (they stay, flagged canceled, as Business Central keeps them). */
export function cancelLoggedItem(
  deps: Pick<AddinDeps, "store">,
  loggedItemId: string,
): Promise<Result<void, StoreFailure>> {
  return deps.store.cancelLoggedItem(loggedItemId);
}
