import { createTranslator } from "../i18n/create-translator";
import type { AddinDeps } from "../use-cases/addin-deps";
import { logItemOneClick, type Notice } from "../use-cases/log-item-one-click";

/** What Outlook hands a function command; it waits for `completed()`. */
export interface CompletableEvent {
  completed(): void;
}

export interface LogItemCommandOptions {
  /** Builds the ports; may throw (a bug), and the event still completes. */
  compose: () => AddinDeps;
  /** The command runtime may be torn down after completed(): wait this long for the send, then leave it queued. */
  deliveryWaitMs?: number;
  /** Template descriptions by code from cached reference data, for "… as Emails"; never a store request. */
  templateNames?: (deps: AddinDeps) => Promise<ReadonlyMap<string, string>>;
}

/**
 * The ribbon's one-click Log: runs the use-case, shows its notices in the item's notification bar and
 * completes the event on every path, so Outlook never shows a hanging command.
 */
export async function runLogItemCommand(
  event: CompletableEvent,
  options: LogItemCommandOptions,
): Promise<void> {
  let deps: AddinDeps | undefined;
  try {
    deps = options.compose();
    const translator = createTranslator(deps.settings.read().language ?? deps.mailbox.displayLanguage());
    const names = (await options.templateNames?.(deps).catch(() => undefined)) ?? new Map<string, string>();
    const result = await logItemOneClick(deps, { translator, templateName: (code) => names.get(code) });
    await deps.mailbox.notify(result.first.kind, result.first.message);
    // Past the wait the log stays queued for the next drain; "sending" must not stay on screen as if it were.
    const final = (await within(result.final, options.deliveryWaitMs ?? 20_000)) ?? {
      kind: "info" as const,
      message: translator.t("status.waitingRetry"),
    };
    if (final.message !== result.first.message) await deps.mailbox.notify(final.kind, final.message);
  } catch (error) {
    console.error("Touchpoint: the Log command failed", error);
    if (deps) {
      // A bug: the console keeps its details; the user is told it went wrong, in their language.
      const translator = createTranslator(deps.mailbox.displayLanguage());
      const message = translator.t("notify.failed", { reason: translator.t("error.ADDIN_UNEXPECTED") });
      await deps.mailbox.notify("error", message).catch(() => undefined);
    }
  } finally {
    event.completed();
  }
}

function within(notice: Promise<Notice>, ms: number): Promise<Notice | undefined> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => resolve(undefined), ms);
    notice.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
