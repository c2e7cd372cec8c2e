import type { HarnessItem } from "../harness-item";
import { HarnessHost, HOST_GLOBAL } from "../host/harness-host";
import { sampleItems } from "../samples/sample-items";
import { createFakeOffice } from "./create-fake-office";
import { fakeRuntimeStorage } from "./fake-runtime-storage";
import { officeEnums, officeValue } from "./office-enums";
import { installOfflineNetwork } from "./offline-network";

// office-fake.js: loaded by the harness in place of Microsoft's office.js, in the taskpane, commands and
// on-send (launchevent) frames. It serves the harness page's state (window.parent, same origin); opened on its own (a page
// loaded directly with the fake), it runs a private host on the first sample.
type HostWindow = Window & { [HOST_GLOBAL]?: HarnessHost };

function findHost(): HarnessHost {
  const candidates = [window.parent, window] as HostWindow[];
  for (const candidate of candidates) {
    try {
      const host = candidate[HOST_GLOBAL];
      if (host !== undefined) return host;
    } catch {
      // A cross-origin parent cannot be read; fall through to a private host.
    }
  }
  return new HarnessHost({ item: sampleItems[0] as HarnessItem });
}

const host = findHost();
const office = createFakeOffice(host);
// In place of office.js's global: a FakeOffice, not all of `typeof Office` (see create-fake-office.ts).
Object.assign(window, { Office: office, OfficeRuntime: { storage: fakeRuntimeStorage(host) } });
installOfflineNetwork(window, () => host.offline);

// Pages that still use Office.initialize get it called once the document is ready, as office.js does.
window.addEventListener("DOMContentLoaded", () => {
  void office.onReady().then(() => {
    const initialize = office.initialize;
    const inserted = officeEnums.InitializationReason.Inserted;
    if (typeof initialize === "function")
      initialize(officeValue<Office.InitializationReason>(officeEnums.InitializationReason, inserted));
  });
});
