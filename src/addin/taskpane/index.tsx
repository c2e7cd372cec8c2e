import { createRoot } from "react-dom/client";

// Entry of the taskpane bundle: renders the app once the host is ready.
const container = document.getElementById("root") ?? document.body.appendChild(document.createElement("div"));
createRoot(container).render(<div>Touchpoint</div>);
