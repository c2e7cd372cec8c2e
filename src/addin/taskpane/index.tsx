import { startTransition } from "react";
import { createRoot } from "react-dom/client";
import { createComposition, preloadStoreConnection } from "../composition";
import { loadTranslator } from "../i18n/load-translator";
import { preloadHttpLibrary } from "../platform/http/preload-http-library";
import { whenOfficeReady } from "../platform/office/when-office-ready";
import { loadItemContext } from "../use-cases/load-item-context";
import { App } from "./app";
import { preloadLogEntry } from "./lazy-parts";
import { registerPaneIcons } from "./register-pane-icons";

// Entry of the taskpane bundle: renders the app once Office is ready (in the user's language), and
// starts the outbox drain.
registerPaneIcons();
preloadHttpLibrary();
preloadStoreConnection();
preloadLogEntry();
// The browser's language is almost always Office's: its catalogue downloads while Office gets ready
// (a chunk load is made once, so the translator below reuses it).
void loadTranslator(navigator.language);
void whenOfficeReady().then(async () => {
  const container =
    document.getElementById("root") ?? document.body.appendChild(document.createElement("div"));
  const composition = createComposition();
  composition.sync.start();
  // Sign-in, then the item's participants, templates and status, start at once: their round trips to the
  // store run while the first frame renders instead of after it.
  void composition.tokens.getToken();
  const firstItem = loadItemContext(composition);
  const language = composition.settings.read().language ?? composition.mailbox.displayLanguage();
  const translator = await loadTranslator(language);
  const root = createRoot(container);
  // As a transition, the first render yields to the browser every few milliseconds, so the requests above
  // go out while it runs rather than after it.
  startTransition(() =>
    root.render(<App deps={composition} translator={translator} firstItem={firstItem} />),
  );
});
