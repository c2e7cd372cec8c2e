import type { LogInteractionResponse } from "../../contracts";
import type { Translator } from "../i18n/translator-for";
import type { OutboxEntry } from "../ports/outbox-port";
import type { SyncSnapshot, SyncSnapshotEntry } from "../ports/sync-port";
import { describeLog, nobodyLoggedReason, NOTICE_MAX } from "./describe-log";
import { failureText } from "./failure-text";

/** Failures that mean the network, not the store, is missing: the log waits to be back online. */
const NETWORK_CODES: ReadonlySet<string> = new Set(["ADDIN_OFFLINE", "ADDIN_AUTH_UNAVAILABLE"]);

/**
 * The one state a log is in, from the outbox as it is now: saved and waiting (offline, for the store,
 * for sign-in), being sent, logged (with the store's answer), or needing the user's attention.
 */
export type LogStatus =
  | { state: "waiting"; why: "offline" | "retrying" | "sign-in" }
  | { state: "sending" }
  | { state: "logged"; response?: LogInteractionResponse }
  | { state: "attention"; failure: NonNullable<OutboxEntry["lastError"]> };

/** Where the log `id` stands in the snapshot; undefined once it is gone (discarded, or fixed under a new id). */
export function logStatusOf(snapshot: SyncSnapshot, id: string): LogStatus | undefined {
  const entry = snapshot.entries.find((candidate) => candidate.id === id);
  if (entry !== undefined) return entryStatus(entry, snapshot);
  const logged = snapshot.logged?.find((candidate) => candidate.id === id);
  if (logged === undefined) return undefined;
  return logged.response === undefined ? { state: "logged" } : { state: "logged", response: logged.response };
}

/** The state of one outbox entry. */
export function entryStatus(entry: SyncSnapshotEntry, snapshot: SyncSnapshot): LogStatus {
  if (entry.state === "dead")
    return { state: "attention", failure: entry.lastError ?? { code: "ADDIN_UNEXPECTED", message: "" } };
  if (entry.state === "sending") return { state: "sending" };
  if (!snapshot.online || NETWORK_CODES.has(entry.lastError?.code ?? ""))
    return { state: "waiting", why: "offline" };
  if (snapshot.waitingForSignIn) return { state: "waiting", why: "sign-in" };
  return entry.attempts > 0 ? { state: "waiting", why: "retrying" } : { state: "sending" };
}

const WAITING = {
  offline: "status.waitingOffline",
  retrying: "status.waitingRetry",
  "sign-in": "status.waitingSignIn",
} as const;

/** Why the store refused a log, in the user's words: for nobody to log to, who was skipped and why. */
export function refusalReason(
  failure: { code: string; storeMessage?: string; details?: unknown },
  translator: Translator,
  maxLength = NOTICE_MAX,
  sendToPane = true,
): string {
  const nobody =
    failure.code === "STORE_NO_CONTACTS"
      ? nobodyLoggedReason(failure.details, translator, maxLength, sendToPane)
      : undefined;
  return nobody ?? failureText(translator, failure);
}

/** A refused log as a notice: "Not logged." and why, short enough for the notification bar. */
export function refusalText(
  failure: { code: string; storeMessage?: string; details?: unknown },
  translator: Translator,
): string {
  const lead = translator.t("notify.failed", { reason: "" });
  return translator.t("notify.failed", {
    reason: refusalReason(failure, translator, NOTICE_MAX - lead.length),
  });
}

/** The status line for a log: one sentence for its one state. */
export function logStatusText(
  status: LogStatus,
  translator: Translator,
  templateName?: (code: string) => string | undefined,
): string {
  const { t } = translator;
  switch (status.state) {
    case "waiting":
      return t(WAITING[status.why]);
    case "sending":
      return t("status.sending");
    case "logged":
      if (status.response?.entries.some((entry) => entry.postponed) === true)
        return t("status.draftSaved", { count: status.response.entries.length });
      return status.response === undefined
        ? t("status.logged")
        : describeLog(status.response, translator, {
            sendToPane: false,
            ...(templateName ? { templateName } : {}),
          });
    case "attention":
      return t("status.needsAttention", {
        reason: refusalReason(status.failure, translator, Infinity, false),
      });
  }
}
