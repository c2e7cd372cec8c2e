/**
 * The shape of `OfficeRuntime.storage`: string values, shared by the add-in's runtimes on one machine,
 * about 10 MB per add-in. Tests hand in a Map-backed fake.
 */
export interface KeyValueStorage {
  getItem(key: string): Promise<string | null>;
  setItem(key: string, value: string): Promise<void>;
  removeItem(key: string): Promise<void>;
  getKeys?(): Promise<string[]>;
}

/** `OfficeRuntime.storage` when this runtime has it (event runtime, shared runtime, taskpane). */
export function officeRuntimeStorage(): KeyValueStorage | undefined {
  // No @types for office-runtime in this build: read the global through a narrow shape.
  return (globalThis as { OfficeRuntime?: { storage?: KeyValueStorage } }).OfficeRuntime?.storage;
}
