import { DEFAULT_AUTO_LOG_POLICY } from "../../../domain/auto-log-policy";
import {
  EMPTY_AUTO_LOG_CONTEXT,
  type AutoLogContext,
  type AutoLogContextPort,
} from "../../ports/auto-log-context-port";
import { officeRuntimeStorage, type KeyValueStorage } from "./key-value-storage";

const KEY = "touchpoint.autolog.context";

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];

/** The stored JSON may come from another version of the add-in: keep only well-typed fields. */
function sanitize(raw: unknown): AutoLogContext | undefined {
  if (typeof raw !== "object" || raw === null) return undefined;
  const record = raw as Record<string, unknown>;
  const never = (record.neverLog ?? {}) as Record<string, unknown>;
  const contacts: AutoLogContext["contacts"] = {};
  if (typeof record.contacts === "object" && record.contacts !== null)
    for (const [address, state] of Object.entries(record.contacts as Record<string, unknown>))
      if (state === "known" || state === "privacy_blocked" || state === "never_log" || state === "none")
        contacts[address] = state;
  const policy = record.policy;
  return {
    policy: policy === "off" || policy === "on" || policy === "suggest" ? policy : DEFAULT_AUTO_LOG_POLICY,
    internalDomains: strings(record.internalDomains),
    neverLog: { addresses: strings(never.addresses), domains: strings(never.domains) },
    contacts,
    loggedThreads: strings(record.loggedThreads),
    refreshedAt: typeof record.refreshedAt === "number" ? record.refreshedAt : 0,
  };
}

/** The auto-log context under one OfficeRuntime.storage key, shared by the taskpane and the on-send runtime. */
export function createOfficeRuntimeAutoLogContext(storage: KeyValueStorage): AutoLogContextPort {
  async function read(): Promise<AutoLogContext | undefined> {
    const raw = await storage.getItem(KEY);
    if (raw === null) return undefined;
    try {
      return sanitize(JSON.parse(raw));
    } catch {
      return undefined;
    }
  }
  return {
    read,
    async update(change) {
      const next = change((await read()) ?? EMPTY_AUTO_LOG_CONTEXT);
      await storage.setItem(KEY, JSON.stringify(next));
    },
  };
}

/**
 * The context over this runtime's OfficeRuntime.storage, looked up on each use (OfficeRuntime may be
 * defined only once the runtime has loaded); without it nothing is stored and nothing is read.
 */
export function createSharedAutoLogContext(
  storage: () => KeyValueStorage | undefined = officeRuntimeStorage,
): AutoLogContextPort {
  return {
    async read() {
      const shared = storage();
      return shared === undefined ? undefined : createOfficeRuntimeAutoLogContext(shared).read();
    },
    async update(change) {
      const shared = storage();
      if (shared !== undefined) await createOfficeRuntimeAutoLogContext(shared).update(change);
    },
  };
}
