import { createStoreClient } from "./platform/http/store-client";
export { createDevTokenProvider } from "./platform/http/dev-token-provider";
import type { CacheStoragePort } from "./ports/cache-storage-port";
import type { TokenPort } from "./ports/token-port";
import { createCachedStoreClient, type CachedStoreClient } from "./sync/cached-store-client";

/** What the store connection is built over: the rest of the composition. */
export interface StoreConnectionParts {
  tokens: TokenPort;
  /** Where the API lives; same origin when empty. */
  baseUrl: string;
  cache: CacheStoragePort;
  now: () => number;
}

/** The store's HTTP client behind the reference-data cache: how the pane and the ribbon reach the store. */
export function createStoreConnection({
  tokens,
  baseUrl,
  cache,
  now,
}: StoreConnectionParts): CachedStoreClient {
  return createCachedStoreClient(createStoreClient({ tokens, baseUrl }), cache, { now });
}
