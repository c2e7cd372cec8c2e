import type { TemplateList } from "../../contracts";
import { createComposition, type Composition } from "../composition";
import { createOutboxSync } from "../outbox-sync";
import { createIndexedDbCacheStorage } from "../platform/storage/indexed-db-cache-storage";
import { registerAction } from "../platform/office/register-action";
import { whenOfficeReady } from "../platform/office/when-office-ready";
import { createStoreConnection } from "../store-connection";
import { runLogItemCommand } from "./log-item-command";

// Entry of the ribbon commands bundle: registers the one-click "Log" command (manifest action id "logItem").
void whenOfficeReady().then(() => {
  let composition: Composition | undefined;
  const compose = () =>
    (composition ??= createComposition({
      // A click must never wait for a chunk: the ribbon's runtime carries all of its code.
      outboxSync: createOutboxSync,
      cacheStorage: createIndexedDbCacheStorage,
      storeConnection: createStoreConnection,
    }));
  registerAction("logItem", (event) =>
    runLogItemCommand(event, {
      compose,
      templateNames: () => cachedTemplateNames(composition),
    }),
  );
  // Built as the runtime loads, so its database (the outbox, the cached template names) is open before a
  // click needs it: opening it was the slowest part of a first click.
  try {
    compose();
  } catch {
    // Nothing is kept: the click builds it again and reports the failure.
  }
});

async function cachedTemplateNames(
  composition: Composition | undefined,
): Promise<ReadonlyMap<string, string>> {
  const record = await composition?.cache.read<TemplateList>("templates");
  return new Map((record?.value.items ?? []).map((template) => [template.code, template.description]));
}
