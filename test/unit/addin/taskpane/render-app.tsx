import { setIconOptions } from "@fluentui/react/lib/Styling";
import { render } from "@testing-library/react";
import { createTranslator } from "../../../../src/addin/i18n/create-translator";
import { App } from "../../../../src/addin/taskpane/app";
import { startItemLoad } from "../../../../src/addin/taskpane/item-head-start";
import type { ItemSnapshot } from "../../../../src/domain/item-snapshot";
import type { AddinSettings } from "../../../../src/addin/ports/settings-port";
import { createFakeDeps } from "../use-cases/fakes/fake-ports";

// The pane registers no icon font (bundle size); Fluent would warn about every icon it cannot draw.
setIconOptions({ disableWarnings: true });

/** The real taskpane over fake ports showing one item; `offline` opens it with the store out of reach. */
export function renderApp(
  item: ItemSnapshot | undefined,
  options: {
    language?: string;
    settings?: AddinSettings;
    offline?: boolean;
    /** Runs after the item's load has begun (as the pane's entry begins it) and before the first render. */
    beforeRender?: (fakes: ReturnType<typeof createFakeDeps>) => void;
  } = {},
) {
  const fakes = createFakeDeps(item, options);
  if (options.offline) {
    fakes.store.failWith({ code: "ADDIN_OFFLINE", kind: "network", message: "Network Error" });
    fakes.sync.setOnline(false);
  }
  const translator = createTranslator(options.settings?.language ?? options.language);
  const head = startItemLoad(fakes.deps);
  options.beforeRender?.(fakes);
  const view = render(<App deps={fakes.deps} translator={translator} head={head} />);
  return { ...fakes, view };
}
