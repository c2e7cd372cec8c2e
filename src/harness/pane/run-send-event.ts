import type { HarnessHost } from "../host/harness-host";
import { officePageSource } from "./office-page-source";
import { waitFor } from "./run-log-command";

export type SendRun =
  | { state: "running" }
  | { state: "completed"; milliseconds: number; allowEvent: boolean }
  | { state: "never-completed"; seconds: number }
  | { state: "failed"; message: string };

/** The function the manifest's LaunchEvent extension point names for OnMessageSend and OnAppointmentSend. */
const ACTION_ID = "onItemSend";
const REGISTER_TIMEOUT_MS = 15_000;

/**
 * Runs the add-in's send handler as Outlook's event-based activation does: loads launchevent.html in a
 * hidden frame, waits for Office.actions.associate("onItemSend"), calls it with an OnMessageSend (or
 * OnAppointmentSend) event and waits for `event.completed({ allowEvent })`. The item is sent only when
 * it completes with allowEvent true (or nothing: Outlook's default is to allow); a handler that never
 * completes holds the send, as Outlook does, until the harness's time limit.
 */
export async function runSendEvent(
  host: HarnessHost,
  frame: HTMLIFrameElement,
  completionTimeoutMs: number,
): Promise<SendRun> {
  const kind = host.item?.kind;
  if (kind === undefined || host.item?.mode !== "compose")
    return { state: "failed", message: "Only an item being written can be sent." };
  host.clearActions();
  const pageUrl = new URL("launchevent.html", window.location.href).href;
  const source = await officePageSource(pageUrl, new URL("office-fake.js", window.location.href).href);
  if (!source.ok) return { state: "failed", message: source.error.message };
  frame.srcdoc = source.value;
  const handler = await waitFor(() => host.action(ACTION_ID), REGISTER_TIMEOUT_MS);
  if (handler === undefined)
    return {
      state: "failed",
      message: `launchevent.html never called Office.actions.associate("${ACTION_ID}", …).`,
    };
  const started = performance.now();
  return new Promise<SendRun>((resolve) => {
    const timer = setTimeout(
      () => resolve({ state: "never-completed", seconds: completionTimeoutMs / 1000 }),
      completionTimeoutMs,
    );
    const event = {
      type: kind === "message" ? "OnMessageSend" : "OnAppointmentSend",
      source: { id: ACTION_ID },
      completed(options?: { allowEvent?: boolean }) {
        clearTimeout(timer);
        resolve({
          state: "completed",
          milliseconds: Math.round(performance.now() - started),
          allowEvent: options?.allowEvent !== false,
        });
      },
    };
    try {
      const outcome = handler(event);
      // The promise comes from the event frame's realm, so `instanceof Promise` would miss it.
      const thenable = outcome as { catch?: (onRejected: (error: unknown) => void) => unknown } | undefined;
      if (typeof thenable?.catch === "function")
        thenable.catch((error) => console.error("Send handler rejected", error));
    } catch (error) {
      console.error("Send handler threw", error);
    }
  });
}
