import type { AddinErrorCode } from "../../contracts";
import { internalDomainsOf } from "../../domain/internal-domains";
import type { NeverLogRules } from "../../domain/never-log";
import { participantsOf } from "../../domain/participants";
import {
  EMPTY_AUTO_LOG_CONTEXT,
  type AutoLogContext,
  type AutoLogContextPort,
} from "../ports/auto-log-context-port";
import type { MailboxPort } from "../ports/mailbox-port";
import type { OutboxPort } from "../ports/outbox-port";
import type { SettingsPort } from "../ports/settings-port";
import { rememberLoggedThread } from "../use-cases/auto-log-context";
import { autoLogSwitchedOn, decideAutoLog } from "../use-cases/auto-log-rules";
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
  /** The tenant's policy, never-log list, known addresses and logged conversations, as the taskpane left them. */
  context?: AutoLogContextPort;
  newId: () => string;
  now: () => number;
  internalDomains?: readonly string[];
  neverLog?: NeverLogRules;
  /** Let the mail go after this long whatever happens (default 2.5 s, far below Outlook's limit). */
  budgetMs?: number;
  setTimeout?: (callback: () => void, ms: number) => unknown;
  clearTimeout?: (handle: unknown) => void;
  /** Where a skipped or failed auto-log is told (the event runtime's console); never the user's send. */
  report?: (outcome: OnSendOutcome, detail?: string) => void;
}

/** The handler's own time limit: Outlook waits longer, but a send must never feel held up. */
const DEFAULT_BUDGET_MS = 2500;

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
    const guard = arm(() => allow("ADDIN_ON_SEND_TIMEOUT"), deps.budgetMs ?? DEFAULT_BUDGET_MS);
    try {
      allow(await queueAutoLog(deps));
    } catch (error) {
      allow("ADDIN_ON_SEND_FAILED", error instanceof Error ? error.message : String(error));
    } finally {
      disarm(guard);
    }
  };
}

const mergeRules = (rules: NeverLogRules | undefined, context: AutoLogContext): NeverLogRules => ({
  addresses: new Set([...(rules?.addresses ?? []), ...context.neverLog.addresses]),
  domains: new Set([...(rules?.domains ?? []), ...context.neverLog.domains]),
});

async function queueAutoLog(deps: OnItemSendDeps): Promise<OnSendOutcome> {
  const settings = deps.settings.read();
  const context = (await deps.context?.read()) ?? EMPTY_AUTO_LOG_CONTEXT;
  // The switch first: with auto-log off the item is not even read.
  const off = autoLogSwitchedOn({ policy: context.policy, userChoice: settings.autoLog });
  if (off !== undefined) return off;
  const read = await deps.mailbox.readCurrentItem();
  if (!read.ok) return read.error.code;
  const snapshot = read.value;
  const internalDomains = [...(deps.internalDomains ?? []), ...context.internalDomains];
  const neverLog = mergeRules(deps.neverLog, context);
  const decision = decideAutoLog({
    policy: context.policy,
    userChoice: settings.autoLog,
    logReplies: settings.logReplies === true,
    sensitivity: snapshot.sensitivity,
    recipients: participantsOf(snapshot, internalDomainsOf(snapshot.mailbox, internalDomains)),
    neverLog,
    contacts: context.contacts,
    reply: snapshot.composeType === "reply",
    threadLogged:
      snapshot.conversationId !== undefined && context.loggedThreads.includes(snapshot.conversationId),
  });
  if (!decision.log) return decision.skip;
  // The id stamped on the message is the log's Idempotency-Key: a message sent again is logged once.
  const id = snapshot.touchpointId ?? deps.newId();
  const built = buildOnSendLog(snapshot, {
    id,
    internalDomains,
    neverLog,
    only: new Set(decision.addresses),
  });
  if (!built.ok) return built.error.code;
  if (snapshot.kind === "message" && snapshot.touchpointId === undefined) {
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
  const thread = snapshot.conversationId;
  if (thread !== undefined && deps.context !== undefined)
    await deps.context.update((current) => rememberLoggedThread(current, thread)).catch(() => undefined);
  return "queued";
}
