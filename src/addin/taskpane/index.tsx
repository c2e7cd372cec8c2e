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
  // Sign-in starts at once, beside the item's read and the arrival of the store client's code.
  void composition.tokens.getToken();
  // The item is read, and its participants matched, while the pane renders: sign-in and the first
  // requests leave at once instead of after the first frame.
  const firstItem = loadItemContext(composition);
  // The outbox drain starts once the first view has its answers: a queued log waits a moment for it.
  const startSync = () => void composition.sync.start();
  void firstItem.then(startSync, startSync);
  const language = composition.settings.read().language ?? composition.mailbox.displayLanguage();
  const translator = await loadTranslator(language);
  createRoot(container).render(<App deps={composition} translator={translator} firstItem={firstItem} />);
});
