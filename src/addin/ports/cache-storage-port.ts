/** A cached answer of the store with the validator to revalidate it and when it was stored. */
export interface CacheRecord<T = unknown> {
  key: string;
  value: T;
  etag?: string;
  storedAt: number;
}

/** Durable key-value cache for reference data and recent matches (IndexedDB in the taskpane). */
export interface CacheStoragePort {
  read<T>(key: string): Promise<CacheRecord<T> | undefined>;
  write<T>(record: CacheRecord<T>): Promise<void>;
  remove(key: string): Promise<void>;
  /**
   * Whether reads answer without waiting for the storage to open: a browser creating the database on a
   * pane's first opening takes ~100 ms, which the first view should not wait for.
   */
  isOpen(): boolean;
}
