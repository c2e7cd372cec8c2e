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
}
