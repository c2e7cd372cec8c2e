import { createRoot } from "react-dom/client";
import { createComposition } from "../composition";
import { whenOfficeReady } from "../platform/office/when-office-ready";
import { App } from "./app";

// Entry of the taskpane bundle: renders the app once Office is ready, and starts the outbox drain.
void whenOfficeReady().then(() => {
  const container =
    document.getElementById("root") ?? document.body.appendChild(document.createElement("div"));
  const composition = createComposition();
  composition.sync.start();
  createRoot(container).render(<App deps={composition} />);
});
