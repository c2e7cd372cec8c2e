import { fail, ok, type Result } from "../../../../src/domain/result";
import type {
  InteractionEntry,
  LogInteractionRequest,
  LogInteractionResponse,
} from "../../../../src/contracts";
import type {
  EntryAction,
  FollowUpAction,
  FollowUpResult,
  OutboxEntry,
  OutboxPort,
} from "../../../../src/addin/ports/outbox-port";
import type { StoreFailure } from "../../../../src/addin/ports/store-client-port";
import type { TokenPort } from "../../../../src/addin/ports/token-port";
import type { SyncClock } from "../../../../src/addin/sync/sync-engine";

/** A clock whose timers fire only when the test advances time. */
export function fakeClock(start = 0): SyncClock & { advance(ms: number): void; pending(): number } {
  let now = start;
  let nextHandle = 1;
  const timers = new Map<number, { at: number; callback: () => void }>();
  return {
    now: () => now,
    setTimeout(callback, ms) {
      const handle = nextHandle++;
      timers.set(handle, { at: now + ms, callback });
      return handle;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
    advance(ms) {
      const until = now + ms;
      for (;;) {
        const due = [...timers.entries()]
          .filter(([, timer]) => timer.at <= until)
          .sort((a, b) => a[1].at - b[1].at)[0];
        if (due === undefined) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].callback();
      }
      now = until;
    },
    pending: () => timers.size,
  };
}

/** Entries are stored as the real outboxes keep them: as JSON (jsdom has no structuredClone either). */
const clone = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));

export function memoryOutbox(): OutboxPort & { entries: Map<string, OutboxEntry> } {
  const entries = new Map<string, OutboxEntry>();
  return {
    entries,
    add: async (entry) => void entries.set(entry.id, clone(entry)),
    get: async (id) => clone(entries.get(id)),
    list: async () => [...entries.values()].map((entry) => clone(entry)),
    update: async (entry) => void entries.set(entry.id, clone(entry)),
    remove: async (id) => void entries.delete(id),
  };
}

/** The entry an action answers with (its number and canceled flag follow the action). */
const loggedEntry: InteractionEntry = {
  entryNo: 1,
  loggedItemId: "li-1",
  contactNo: "CT101",
  templateCode: "EMAIL",
  groupCode: "SYSTEM",
  description: "Prices",
  subject: "Prices",
  occurredAt: "2026-11-24T08:00:00.000Z",
  informationFlow: "outbound",
  initiatedBy: "us",
  costLcy: 8,
  durationMin: 1,
  evaluation: "none",
  attemptFailed: false,
  correspondenceType: "email",
  userId: "alex",
  sourceKind: "email",
  sourceKey: "<m1@x>",
  emailLogged: true,
  postponed: false,
  canceled: false,
  createdAt: "2026-11-24T08:00:00.000Z",
};

export const loggedResponse: LogInteractionResponse = {
  entries: [],
  alreadyLogged: [],
  unmatched: [],
  excluded: [],
};

/** A store that answers each call from a script of failures, then succeeds; records every call. */
export function scriptedStore(script: Array<StoreFailure | "ok"> = []) {
  const calls: Array<{ key: string; request: LogInteractionRequest }> = [];
  const actions: Array<{ key: string; action: EntryAction }> = [];
  const followUps: Array<{ key: string; action: FollowUpAction }> = [];
  return {
    calls,
    actions,
    followUps,
    script,
    async followUp(action: FollowUpAction, key: string): Promise<Result<FollowUpResult, StoreFailure>> {
      followUps.push({ key, action });
      const next = script.shift() ?? "ok";
      if (next !== "ok") return fail(next);
      if (action.kind === "comment")
        return ok({
          entryNo: action.entryNo,
          lineNo: 10000,
          date: "2026-11-24",
          comment: action.comment,
          userId: "alex",
          createdAt: "2026-11-24T08:00:00Z",
        });
      return ok({
        no: action.kind === "completeTodo" ? action.todoNo : "TD000001",
        description: action.kind === "todo" ? action.request.description : "",
        dueDate: action.kind === "todo" ? action.request.dueDate : "2026-11-30",
        contactNo: "CT101",
        assignedTo: "alex",
        createdBy: "alex",
        createdAt: "2026-11-24T08:00:00Z",
        open: action.kind === "todo",
      });
    },
    async entryAction(action: EntryAction, key: string): Promise<Result<InteractionEntry, StoreFailure>> {
      actions.push({ key, action });
      const next = script.shift() ?? "ok";
      const entry = { ...loggedEntry, entryNo: action.entryNo, canceled: action.kind === "cancel" };
      return next === "ok" ? ok(entry) : fail(next);
    },
    async logInteraction(
      request: LogInteractionRequest,
      key: string,
    ): Promise<Result<LogInteractionResponse, StoreFailure>> {
      calls.push({ key, request });
      const next = script.shift() ?? "ok";
      return next === "ok" ? ok(loggedResponse) : fail(next);
    },
  };
}

export function fakeTokens(answers: Array<"ok" | "sign-in" | "unavailable"> = []) {
  const requests: Array<{ forceRefresh?: boolean; interactive?: boolean } | undefined> = [];
  const port: TokenPort & { requests: typeof requests; answers: typeof answers } = {
    requests,
    answers,
    async getToken(options) {
      requests.push(options);
      const answer = answers.shift() ?? "ok";
      if (answer === "ok") return ok("token");
      return answer === "sign-in"
        ? fail({ code: "ADDIN_SIGN_IN_REQUIRED", message: "sign in" })
        : fail({ code: "ADDIN_AUTH_UNAVAILABLE", message: "sign-in service unreachable" });
    },
  };
  return port;
}

export const noLock = {
  withLock: async <T>(work: () => Promise<T>) => ({ acquired: true as const, value: await work() }),
};

export const flush = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
