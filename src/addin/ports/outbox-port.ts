import type {
  CommentLine,
  CreateTodoRequest,
  Evaluation,
  FailureCode,
  InteractionEntry,
  LogInteractionRequest,
  LogInteractionResponse,
  Todo,
} from "../../contracts";

/** A change to a logged entry from History: queued, keyed and retried like a log. */
export type EntryAction =
  | { kind: "cancel" | "restore"; entryNo: number }
  | { kind: "evaluate"; entryNo: number; evaluation: Evaluation };

/** What hangs off a logged entry: a follow-up set or completed, a comment line added. Queued like a log. */
export type FollowUpAction =
  | { kind: "todo"; request: CreateTodoRequest }
  | { kind: "completeTodo"; todoNo: string }
  | { kind: "comment"; entryNo: number; comment: string };

/** What the store answered a follow-up action with. */
export type FollowUpResult = Todo | CommentLine;

/** Where a queued log stands. `dead` needs the user: fix or discard; nothing expires silently. */
export type OutboxState = "pending" | "sending" | "dead";

/** A log (or an entry action) waiting for the store: data, not a closure, so any runtime can send it. */
export interface OutboxEntry {
  /** UUID, created once when the user logs; it is the Idempotency-Key of every attempt. */
  id: string;
  /** A log; absent when the entry is an `action` on an entry already logged. */
  request?: LogInteractionRequest;
  action?: EntryAction;
  followUp?: FollowUpAction;
  /** Where it came from, for the pending list ("Re: Prices", taskpane/ribbon/on-send). */
  origin: "taskpane" | "ribbon" | "on-send";
  label: string;
  createdAt: string;
  state: OutboxState;
  attempts: number;
  /** Epoch ms before which the drain leaves it alone (backoff, Retry-After). */
  notBefore: number;
  /**
   * Why the last attempt failed. `storeMessage` is the store's own sentence for a code this add-in does
   * not know; `details` what the store said about the failure (e.g. which contacts it could not find).
   */
  lastError?: {
    code: FailureCode;
    message: string;
    status?: number;
    storeMessage?: string;
    details?: unknown;
  };
  /** Display names of the log's contacts (by number) and participants (by address), for the Fix editor. */
  names?: Record<string, string>;
}

/** The durable queue of logs; IndexedDB in the taskpane, OfficeRuntime.storage in the event runtime. */
export interface OutboxPort {
  add(entry: OutboxEntry): Promise<void>;
  get(id: string): Promise<OutboxEntry | undefined>;
  list(): Promise<OutboxEntry[]>;
  update(entry: OutboxEntry): Promise<void>;
  remove(id: string): Promise<void>;
}

/** What the drain reports per entry; the UI shows it. */
export type OutboxOutcome =
  | { id: string; status: "logged"; response: LogInteractionResponse }
  | { id: string; status: "done"; entry: InteractionEntry }
  | { id: string; status: "recorded"; value: FollowUpResult }
  | { id: string; status: "retrying"; notBefore: number }
  | { id: string; status: "dead"; code: FailureCode; storeMessage?: string; details?: unknown }
  | { id: string; status: "waiting-for-sign-in" }
  /** An automatic (on-send) log in which the store found no contact to log: dropped, nothing written. */
  | { id: string; status: "skipped"; code: FailureCode };
