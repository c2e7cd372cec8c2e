import type { HarnessHost } from "../host/harness-host";

/**
 * `OfficeRuntime.storage` as Outlook gives every runtime of one add-in on a machine (taskpane, commands,
 * the on-send event runtime): string values behind promises, shared by all of them, here through the host.
 */
export function fakeRuntimeStorage(host: HarnessHost) {
  const store = host.runtimeStorage;
  return {
    getItem: async (key: string): Promise<string | null> => store.get(key) ?? null,
    setItem: async (key: string, value: string): Promise<void> => {
      store.set(key, String(value));
    },
    removeItem: async (key: string): Promise<void> => {
      store.delete(key);
    },
    getKeys: async (): Promise<string[]> => [...store.keys()],
    getItems: async (keys: string[]): Promise<Record<string, string | null>> =>
      Object.fromEntries(keys.map((key) => [key, store.get(key) ?? null])),
    setItems: async (items: Record<string, string>): Promise<void> => {
      for (const [key, value] of Object.entries(items)) store.set(key, String(value));
    },
    removeItems: async (keys: string[]): Promise<void> => {
      for (const key of keys) store.delete(key);
    },
  };
}
