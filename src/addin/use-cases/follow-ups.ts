import type { CommentList, ReportDimension, StatisticsReport, TodoList } from "../../contracts";
import { fail, ok, type Result } from "../../domain/result";
import type { FollowUpAction, FollowUpResult } from "../ports/outbox-port";
import type { StoreFailure } from "../ports/store-client-port";
import type { AddinDeps, UseCaseError } from "./addin-deps";
import { outboxCode } from "./log-item";

/** What became of a follow-up action: recorded (the store's answer), or queued until it can be sent. */
export type FollowUpOutcome = { status: "recorded"; value: FollowUpResult } | { status: "queued" };

/**
 * Sets or completes a follow-up, or adds a comment line, the way a log is sent: written to the outbox
 * first under a fresh id (its Idempotency-Key on every attempt), then one drain. Offline it stays queued;
 * a refusal comes back with the store's code and waits in the outbox to be retried or discarded.
 */
export async function recordFollowUp(
  deps: Pick<AddinDeps, "sync" | "newId">,
  followUp: FollowUpAction,
  label: string,
): Promise<Result<FollowUpOutcome, UseCaseError>> {
  const id = deps.newId();
  try {
    await deps.sync.enqueue({ id, followUp, origin: "taskpane", label });
  } catch (error) {
    return fail({ code: outboxCode(error), message: error instanceof Error ? error.message : String(error) });
  }
  const outcomes = await deps.sync.drainNow().catch(() => []);
  const mine = outcomes.find((outcome) => outcome.id === id);
  if (mine?.status === "recorded") return ok({ status: "recorded", value: mine.value });
  if (mine?.status === "dead") return fail({ code: mine.code, message: mine.storeMessage ?? mine.code });
  return ok({ status: "queued" });
}

/** A contact's open follow-ups, soonest due first (the contact card). */
export function loadOpenFollowUps(
  deps: Pick<AddinDeps, "store">,
  contactNo: string,
): Promise<Result<TodoList, StoreFailure>> {
  return deps.store.todos({ contact: contactNo, open: true });
}

/** An entry's comment lines, in order (under its History row). */
export function loadComments(
  deps: Pick<AddinDeps, "store">,
  entryNo: number,
): Promise<Result<CommentList, StoreFailure>> {
  return deps.store.comments(entryNo);
}

/** A UTC day `days` after `now`, as a follow-up's default due date. */
export function dayAfter(now: Date, days: number): string {
  return new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/** The managers' report for one dimension and inclusive range of UTC days. */
export function loadReport(
  deps: Pick<AddinDeps, "store">,
  by: ReportDimension,
  range: { from?: string; to?: string },
): Promise<Result<StatisticsReport, StoreFailure>> {
  return deps.store.report({ by, ...range });
}

const CSV_FORMULA_START = /^[=+\-@\t\r|]/;
const csvCell = (value: string | number): string => {
  const text =
    typeof value === "number" ? String(value) : CSV_FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * The report as CSV under the given column captions (key, description, count, failed, cost, duration,
 * success rate), a cell a spreadsheet would read as a formula made text, as the store's export does.
 */
export function reportCsv(report: StatisticsReport, captions: readonly string[]): string {
  const rows = report.items.map((i) => [
    i.key,
    i.description ?? "",
    i.count,
    i.failed,
    i.costLcy,
    i.durationMin,
    Math.round(i.successRate * 1000) / 10,
  ]);
  return `\uFEFF${[captions, ...rows].map((r) => r.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
