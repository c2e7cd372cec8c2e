import { readAuthConfig } from "./platform/auth/auth-config";
import { createOfficeMailbox } from "./platform/office/create-office-mailbox";
import { createOfficeSettings } from "./platform/office/create-office-settings";
import { readMailboxUser } from "./platform/office/read-mailbox-user";
import { supportsNestedAppAuth } from "./platform/office/supports-nested-app-auth";
import type { CacheStoragePort } from "./ports/cache-storage-port";
import type { TokenPort } from "./ports/token-port";
import type { CachedStoreClient } from "./sync/cached-store-client";
import {
  deferAutoLogContext,
  deferCacheStorage,
  deferStoreClient,
  deferSyncEngine,
} from "./sync/deferred-ports";
import type { SyncEngine } from "./sync/sync-engine";
import type { OutboxSyncParts } from "./outbox-sync";
import type { StoreConnectionParts } from "./store-connection";
import type { AddinDeps } from "./use-cases/addin-deps";

/** The wired add-in: the use-cases' ports plus the lifecycle handles the hosts (pane, ribbon) drive. */
export interface Composition extends AddinDeps {
  store: CachedStoreClient;
  sync: SyncEngine;
  tokens: TokenPort;
  /** Reference data kept across openings; the ribbon reads template names from it without a request. */
  cache: CacheStoragePort;
}

export interface CompositionOptions {
  /** The token provider (MSAL in Outlook); absent: the dev token of a store in dev auth. */
  tokens?: TokenPort;
  /**
   * Builds the outbox engine. Absent, its code loads as a separate chunk beside the pane's first view,
   * which needs none of it; the ribbon hands `createOutboxSync` in, so a click never waits for a chunk.
   */
  outboxSync?: (parts: OutboxSyncParts) => SyncEngine;
  /** Builds the reference-data cache; absent, its IndexedDB code loads as a separate chunk likewise. */
  cacheStorage?: () => CacheStoragePort;
  /**
   * Builds the store client over the cache. Absent, its code loads as a separate chunk (`preloadStoreConnection`
   * starts that before Office is ready): no request can leave before the HTTP library's chunk anyway.
   */
  storeConnection?: (parts: StoreConnectionParts) => CachedStoreClient;
}

const loadStoreConnection = () => import("./store-connection");

/** Starts fetching the store connection's code at once, so it is there when the first request is. */
export function preloadStoreConnection(): void {
  void loadStoreConnection().catch(() => undefined);
}

let cacheStorage: Promise<CacheStoragePort> | undefined;
/** The reference-data cache, opened once a page: its IndexedDB code is a chunk of its own. */
function loadCacheStorage(): Promise<CacheStoragePort> {
  return (cacheStorage ??= import("./platform/storage/indexed-db-cache-storage").then(
    (module) => module.createIndexedDbCacheStorage(),
    (error: unknown) => {
      cacheStorage = undefined;
      throw error;
    },
  ));
}

/**
 * Starts opening the cache at once (its code, then its database), so the item's first reads do not wait
 * for either: a first opening creates the database, which takes a browser ~100 ms.
 */
export function preloadCacheStorage(): void {
  void loadCacheStorage().catch(() => undefined);
}

/**
 * Builds the add-in's dependencies: the Office adapters, the store client (same origin unless the
 * user set a store address) behind the reference-data cache, and the outbox sync engine. Until an
 * Entra ID provider is handed in, it signs in with the dev token of a store in dev auth.
 */
export function createComposition(options: CompositionOptions = {}): Composition {
  const mailbox = createOfficeMailbox();
  const settings = createOfficeSettings();
  const baseUrl = settings.read().storeUrl ?? "";
  const tokens = options.tokens ?? entraTokens() ?? devTokens(baseUrl);
  const newId = () => crypto.randomUUID();
  const cache = options.cacheStorage?.() ?? deferCacheStorage(loadCacheStorage);
  const connection: StoreConnectionParts = { tokens, baseUrl, cache, now: Date.now };
  const store =
    options.storeConnection?.(connection) ??
    deferStoreClient(() =>
      loadStoreConnection().then(({ createStoreConnection }) => createStoreConnection(connection)),
    );
  const parts: OutboxSyncParts = { store, tokens, newId };
  const sync = options.outboxSync
    ? options.outboxSync(parts)
    : deferSyncEngine(() => import("./outbox-sync").then(({ createOutboxSync }) => createOutboxSync(parts)));
  return {
    mailbox,
    settings,
    store,
    sync,
    tokens,
    cache,
    newId,
    now: Date.now,
    // The on-send runtime decides from what the pane learns of the store: it cannot ask in time itself.
    autoLogContext: deferAutoLogContext(() =>
      import("./platform/storage/office-runtime-auto-log-context").then((module) =>
        module.createSharedAutoLogContext(),
      ),
    ),
  };
}

/** MSAL nested app auth when the build carries an Entra ID app registration; undefined otherwise. */
function entraTokens(): TokenPort | undefined {
  const config = readAuthConfig(document.baseURI);
  if (!config.ok) return undefined;
  // MSAL loads on the first token request, outside the pane's initial bundle.
  return tokensLoadedOnUse(() =>
    Promise.all([
      import("./platform/auth/naa-token-provider"),
      import("./platform/office/open-auth-dialog"),
    ]).then(([{ createNaaTokenProvider }, { createOfficeAuthDialog }]) =>
      createNaaTokenProvider(config.value, {
        supportsNestedAppAuth: () => supportsNestedAppAuth(),
        dialog: createOfficeAuthDialog(),
        loginHint: () => readMailboxUser()?.address,
      }),
    ),
  );
}

/**
 * Signs in as the mailbox user against a store in dev auth (the harness and local sideloading). Its code
 * rides with the store connection's, fetched at start: production signs in through MSAL instead.
 */
function devTokens(baseUrl: string): TokenPort {
  const user = readMailboxUser();
  return tokensLoadedOnUse(() =>
    loadStoreConnection().then(({ createDevTokenProvider }) =>
      createDevTokenProvider({
        user: user?.address ?? "",
        ...(user?.name ? { name: user.name } : {}),
        baseUrl,
      }),
    ),
  );
}

/** A token provider whose code loads on the first request; a failed load is tried again by the next. */
function tokensLoadedOnUse(load: () => Promise<TokenPort>): TokenPort {
  let provider: Promise<TokenPort> | undefined;
  return {
    async getToken(request) {
      provider ??= load();
      try {
        return await (await provider).getToken(request);
      } catch (error) {
        provider = undefined;
        const message = error instanceof Error ? error.message : String(error);
        return { ok: false, error: { code: "ADDIN_AUTH_UNAVAILABLE", message } };
      }
    },
  };
}
