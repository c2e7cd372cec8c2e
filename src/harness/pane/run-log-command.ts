import type { HarnessHost } from "../host/harness-host";
import { officePageSource } from "./office-page-source";

export type LogRun =
  | { state: "running" }
  | { state: "completed"; milliseconds: number; firstNoticeMs?: number; options?: unknown }
  | { state: "never-completed"; seconds: number }
  | { state: "failed"; message: string };

const ACTION_ID = "logItem";
const REGISTER_TIMEOUT_MS = 15_000;

/**
 * Runs the ribbon's Log function command as Outlook does: loads commands.html in a hidden frame, waits
 * for Office.actions.associate("logItem"), calls it with an event, and reports whether completed() came.
 */
export async function runLogCommand(
  host: HarnessHost,
  frame: HTMLIFrameElement,
  completionTimeoutMs: number,
): Promise<LogRun> {
  host.clearActions();
  const pageUrl = new URL("commands.html", window.location.href).href;
  const source = await officePageSource(pageUrl, new URL("office-fake.js", window.location.href).href);
  if (!source.ok) return { state: "failed", message: source.error.message };
  frame.srcdoc = source.value;
  const handler = await waitFor(() => host.action(ACTION_ID), REGISTER_TIMEOUT_MS);
  if (handler === undefined) {
    return {
      state: "failed",
      message: `commands.html never called Office.actions.associate("${ACTION_ID}", …).`,
    };
  }
  const started = performance.now();
  return new Promise<LogRun>((resolve) => {
    const timer = setTimeout(
      () => resolve({ state: "never-completed", seconds: completionTimeoutMs / 1000 }),
      completionTimeoutMs,
    );
    const event = {
      source: { id: ACTION_ID },
      completed(options?: unknown) {
        clearTimeout(timer);
        const firstNotice = host.firstNoticeSince(started);
        resolve({
          state: "completed",
          milliseconds: Math.round(performance.now() - started),
          ...(firstNotice === undefined
            ? {}
            : { firstNoticeMs: Math.round((firstNotice - started) * 10) / 10 }),
          options,
        });
      },
    };
    try {
      const outcome = handler(event);
      // The promise comes from the commands frame's realm, so `instanceof Promise` would miss it.
      const thenable = outcome as { catch?: (onRejected: (error: unknown) => void) => unknown } | undefined;
      if (typeof thenable?.catch === "function")
        thenable.catch((error) => console.error("Log command rejected", error));
    } catch (error) {
      // Outlook keeps waiting for completed() after a throw; so does the harness, and the warning shows.
      console.error("Log command threw", error);
    }
  });
}

export async function waitFor<T>(probe: () => T | undefined, timeoutMs: number): Promise<T | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
