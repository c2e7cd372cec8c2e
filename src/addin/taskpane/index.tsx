// First: starts the downloads the first view waits for, before the modules below are evaluated.
import "./start-downloads";
import { startTransition } from "react";
import { createRoot } from "react-dom/client";
import { createComposition } from "../composition";
import { loadTranslator } from "../i18n/load-translator";
import { whenOfficeReady } from "../platform/office/when-office-ready";
import { App } from "./app";
import { startItemLoad } from "./item-head-start";
import { preloadLogEntry } from "./lazy-parts";
import { registerPaneIcons } from "./register-pane-icons";

// Entry of the taskpane bundle: renders the app once Office is ready (in the user's language), and
// starts the outbox drain.
registerPaneIcons();
preloadLogEntry();
void whenOfficeReady().then(async () => {
  const container =
    document.getElementById("root") ?? document.body.appendChild(document.createElement("div"));
  const composition = createComposition();
  composition.sync.start();
  // Sign-in starts at once, and the item's first requests right after it: the first render takes the
  // main thread for a while, and rendering as a transition lets their answers in meanwhile.
  void composition.tokens.getToken();
  const head = startItemLoad(composition);
  const language = composition.settings.read().language ?? composition.mailbox.displayLanguage();
  const translator = await loadTranslator(language);
  const root = createRoot(container);
  startTransition(() => root.render(<App deps={composition} translator={translator} head={head} />));
});
