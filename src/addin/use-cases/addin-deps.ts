import type { FailureCode } from "../../contracts";
import type { AutoLogContextPort } from "../ports/auto-log-context-port";
import type { MailboxPort } from "../ports/mailbox-port";
import type { SettingsPort } from "../ports/settings-port";
import type { StoreClientPort } from "../ports/store-client-port";
import type { SyncPort } from "../ports/sync-port";

/** The ports every use-case works over; the composition root builds them, tests fake them. */
export interface AddinDeps {
  mailbox: MailboxPort;
  store: StoreClientPort;
  sync: SyncPort;
  settings: SettingsPort;
  /** A fresh id for each log: it becomes the Idempotency-Key of every attempt. */
  newId: () => string;
  /** The tenant's internal domains beyond the user's own (colleagues, not contacts). */
  internalDomains?: readonly string[];
  /** What the on-send runtime decides from (OfficeRuntime.storage); absent where the host has none. */
  autoLogContext?: AutoLogContextPort;
  /** Milliseconds since the epoch (Date.now). */
  now?: () => number;
}

/** A use-case's expected failure, with the code the UI translates. */
export interface UseCaseError {
  code: FailureCode;
  message: string;
}
