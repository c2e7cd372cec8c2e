import { MessageBar, MessageBarType } from "@fluentui/react";
import { useEffect, useRef, useState } from "react";
import type { HarnessHost } from "../host/harness-host";
import { officePageSource } from "../pane/office-page-source";

/** Accessible title of the taskpane frame; tests find the pane by it. */
export const TASKPANE_TITLE = "Touchpoint taskpane";

/**
 * The real taskpane.html in an iframe, on the fake Office. `loadKey` changes reload it (language, theme
 * and user apply at load, as in Outlook); going offline/online is announced inside the frame.
 */
export function TaskpaneFrame({ host, loadKey }: { host: HarnessHost; loadKey: string }) {
  const frame = useRef<HTMLIFrameElement>(null);
  const [error, setError] = useState<string>();
  const offline = host.offline;

  useEffect(() => {
    let cancelled = false;
    host.clearItemChangedListeners();
    const pageUrl = new URL("taskpane.html", window.location.href).href;
    void officePageSource(pageUrl, new URL("office-fake.js", window.location.href).href).then((source) => {
      if (cancelled || frame.current === null) return;
      if (!source.ok) return setError(source.error.message);
      setError(undefined);
      frame.current.srcdoc = source.value;
    });
    return () => {
      cancelled = true;
    };
  }, [host, loadKey]);

  useEffect(() => {
    const win = frame.current?.contentWindow;
    if (win !== null && win !== undefined) win.dispatchEvent(new Event(offline ? "offline" : "online"));
  }, [offline]);

  return (
    <div style={{ display: "flex", flexDirection: "column", height: "100%" }}>
      {error !== undefined && <MessageBar messageBarType={MessageBarType.error}>{error}</MessageBar>}
      <iframe ref={frame} title={TASKPANE_TITLE} style={{ border: 0, flex: 1, width: "100%" }} />
    </div>
  );
}
