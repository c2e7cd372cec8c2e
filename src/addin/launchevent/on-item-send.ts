import type { AddinErrorCode } from "../../contracts";
import type { NeverLogRules } from "../../domain/never-log";
import type { MailboxPort } from "../ports/mailbox-port";
import type { OutboxPort } from "../ports/outbox-port";
import type { SettingsPort } from "../ports/settings-port";
import { buildOnSendLog } from "./build-on-send-log";

/** The send event Outlook hands the handler; it waits for `completed` and must always get it. */
export interface SendEvent {
  completed(options?: { allowEvent?: boolean }): void;
}

export interface OnItemSendDeps {
  mailbox: MailboxPort;
  settings: SettingsPort;
  /** The OfficeRuntime.storage outbox: the taskpane adopts and sends what is queued here. */
  outbox: OutboxPort;
  newId: () => string;
  now: () => number;
  internalDomains?: readonly string[];
  neverLog?: NeverLogRules;
  /** Let the mail go after this long whatever happens (default 3 s, far below Outlook's limit). */
  budgetMs?: number;
  setTimeout?: (callback: () => void, ms: number) => unknown;
  clearTimeout?: (handle: unknown) => void;
  /** Where a skipped or failed auto-log is told (the event runtime's console); never the user's send. */
  report?: (outcome: OnSendOutcome, detail?: string) => void;
}

/** What became of an auto-log: queued, or the code of why not (a skip is a normal outcome, not an error). */
export type OnSendOutcome = "queued" | AddinErrorCode;

/**
 * The OnMessageSend / OnAppointmentSend handler: when the user turned auto-log on, it marks the message
 * with our x-touchpoint-id header and queues a participants-mode log in the outbox. It never sends HTTP
 * and never blocks: every path, errors and the time guard included, completes with allowEvent: true.
 */
export function createOnItemSend(deps: OnItemSendDeps): (event: SendEvent) => Promise<void> {
  const arm = deps.setTimeout ?? ((callback, ms) => setTimeout(callback, ms));
  const disarm = deps.clearTimeout ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  const report = deps.report ?? (() => undefined);

  return async (event) => {
    let completed = false;
    const allow = (outcome: OnSendOutcome, detail?: string): void => {
      if (completed) return;
      completed = true;
      report(outcome, detail);
      event.completed({ allowEvent: true });
    };
    const guard = arm(() => allow("ADDIN_ON_SEND_TIMEOUT"), deps.budgetMs ?? 3000);
    try {
      allow(await queueAutoLog(deps));
    } catch (error) {
      allow("ADDIN_ON_SEND_FAILED", error instanceof Error ? error.message : String(error));
    } finally {
      disarm(guard);
    }
  };
}

async function queueAutoLog(deps: OnItemSendDeps): Promise<OnSendOutcome> {
  if (deps.settings.read().autoLog !== true) return "ADDIN_SKIP_AUTO_LOG_OFF";
  const read = await deps.mailbox.readCurrentItem();
  if (!read.ok) return read.error.code;
  const id = read.value.touchpointId ?? deps.newId();
  const built = buildOnSendLog(read.value, {
    id,
    ...(deps.internalDomains ? { internalDomains: deps.internalDomains } : {}),
    ...(deps.neverLog ? { neverLog: deps.neverLog } : {}),
  });
  if (!built.ok) return built.error.code;
  if (read.value.kind === "message" && read.value.touchpointId === undefined) {
    // Without the header, read mode would key the sent copy by its Message-ID: a second log of the same
    // email. Better no auto-log than a duplicate; the user can still log it from the pane.
    const marked = await deps.mailbox.setTouchpointId(id);
    if (!marked.ok) return marked.error.code;
  }
  await deps.outbox.add({
    id,
    request: built.value.request,
    origin: "on-send",
    label: built.value.label,
    createdAt: new Date(deps.now()).toISOString(),
    state: "pending",
    attempts: 0,
    notBefore: 0,
  });
  return "queued";
}
