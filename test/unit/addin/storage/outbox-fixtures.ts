import type { OutboxEntry } from "../../../../src/addin/ports/outbox-port";
import type { KeyValueStorage } from "../../../../src/addin/platform/storage/key-value-storage";

/** A queued log as the engine writes it. */
/** A queued log (never an entry action): its `request` is always there. */
export function outboxEntry(
  id: string,
  overrides: Partial<OutboxEntry> = {},
): OutboxEntry & { request: NonNullable<OutboxEntry["request"]> } {
  return {
    id,
    request: {
      source: {
        kind: "email",
        key: `<${id}@fabrikam.example>`,
        subject: `Prices ${id}`,
        occurredAt: "2026-11-24T08:00:00.000Z",
      },
      participants: [{ email: "anna.petrova@fabrikam.example", role: "to" }],
    },
    origin: "taskpane",
    label: `Prices ${id}`,
    createdAt: `2026-11-24T08:00:00.${id.padStart(3, "0").slice(-3)}Z`,
    state: "pending",
    attempts: 0,
    notBefore: 0,
    ...overrides,
  };
}

/** OfficeRuntime.storage as a Map the test can inspect and tamper with. */
export function memoryKeyValueStorage(): KeyValueStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: async (key) => map.get(key) ?? null,
    setItem: async (key, value) => {
      map.set(key, value);
    },
    removeItem: async (key) => {
      map.delete(key);
    },
    getKeys: async () => [...map.keys()],
  };
}
