import type { MatchResponse } from "../../contracts";
import { ok, type Result } from "../../domain/result";
import type { CacheRecord, CacheStoragePort } from "../ports/cache-storage-port";
import type { Cached, StoreClientPort, StoreFailure } from "../ports/store-client-port";

type ReferenceCall = "groups" | "templates" | "templateSetup";

export interface CachedStoreClientOptions {
  now: () => number;
  /** A cached answer younger than this is not revalidated again (default 30 s): no refresh storms. */
  revalidateAfterMs?: number;
  /** How many recent match answers to keep (default 50). */
  maxMatchEntries?: number;
}

/** The key `onRefresh` names when a write changed how addresses match: every cached match is gone. */
export const MATCHES_CHANGED = "matches";

/** The store client plus a way to hear that a background refresh brought newer data. */
export interface CachedStoreClient extends StoreClientPort {
  /**
   * Calls back with the cache key that changed (`groups`, `templates`, `templateSetup`, `match:…`), or
   * `matches` when a never-log entry or a contact was written and the cached matches were dropped.
   */
  onRefresh(listener: (key: string) => void): () => void;
  /** Resolves when no background refresh is running (tests, and a pane about to close). */
  whenIdle(): Promise<void>;
}

const MATCH_INDEX_KEY = "match:index";
const LINKS_INDEX_KEY = "links:index";

/**
 * Wraps the store client so the Log view renders from cache before the network answers and works offline:
 * reference data (groups, templates, template setup) and recent matches answer from cache at once and are
 * revalidated in the background, reference data with its ETag (a 304 keeps the cache). With no cache the
 * call waits for the network; a failed refresh keeps what is cached. Everything else passes straight through.
 */
export function createCachedStoreClient(
  client: StoreClientPort,
  cache: CacheStoragePort,
  options: CachedStoreClientOptions,
): CachedStoreClient {
  const listeners = new Set<(key: string) => void>();
  const inFlight = new Map<string, Promise<unknown>>();
  const revalidateAfter = options.revalidateAfterMs ?? 30_000;
  const maxMatches = options.maxMatchEntries ?? 50;

  const notify = (key: string): void => {
    for (const listener of [...listeners]) listener(key);
  };

  /** Runs one refresh per key at a time; later callers share it. */
  function once<T>(key: string, refresh: () => Promise<T>): Promise<T> {
    const running = inFlight.get(key) as Promise<T> | undefined;
    if (running !== undefined) return running;
    const started = refresh().finally(() => inFlight.delete(key));
    inFlight.set(key, started);
    return started;
  }

  async function revalidateReference<T>(
    call: ReferenceCall,
    cached: CacheRecord<T> | undefined,
  ): Promise<Result<CacheRecord<T>, StoreFailure>> {
    const fetched = await (client[call] as (etag?: string) => Promise<Result<Cached<T>, StoreFailure>>)(
      cached?.etag,
    );
    if (!fetched.ok) return fetched;
    if (fetched.value.notModified) {
      if (cached === undefined) throw new Error(`store answered 304 for ${call} without a cached copy`);
      const touched = { ...cached, storedAt: options.now() };
      await cache.write(touched);
      return ok(touched);
    }
    const fresh: CacheRecord<T> = { key: call, value: fetched.value.body, storedAt: options.now() };
    if (fetched.value.etag !== undefined) fresh.etag = fetched.value.etag;
    await cache.write(fresh);
    if (cached !== undefined) notify(call);
    return ok(fresh);
  }

  async function reference<T>(
    call: ReferenceCall,
    callerEtag?: string,
  ): Promise<Result<Cached<T>, StoreFailure>> {
    const cached = await cache.read<T>(call);
    let record: CacheRecord<T>;
    if (cached === undefined) {
      const fetched = await once(call, () => revalidateReference<T>(call, undefined));
      if (!fetched.ok) return fetched;
      record = fetched.value;
    } else {
      record = cached;
      if (options.now() - cached.storedAt >= revalidateAfter)
        void once(call, () => revalidateReference(call, cached));
    }
    if (callerEtag !== undefined && record.etag === callerEtag)
      return ok({ notModified: true, etag: callerEtag });
    return ok(
      record.etag === undefined
        ? { notModified: false, body: record.value }
        : { notModified: false, etag: record.etag, body: record.value },
    );
  }

  async function refreshMatch(
    key: string,
    addresses: string[],
  ): Promise<Result<MatchResponse, StoreFailure>> {
    const fetched = await client.matchContacts(addresses);
    if (!fetched.ok) return fetched;
    const previous = await cache.read<MatchResponse>(key);
    await cache.write({ key, value: fetched.value, storedAt: options.now() });
    await rememberMatchKey(key);
    if (previous !== undefined && JSON.stringify(previous.value) !== JSON.stringify(fetched.value))
      notify(key);
    return fetched;
  }

  /** Keeps the newest `maxMatches` match answers; older ones are dropped (they are only a head start). */
  async function rememberMatchKey(key: string): Promise<void> {
    const index = (await cache.read<string[]>(MATCH_INDEX_KEY))?.value ?? [];
    const next = [key, ...index.filter((other) => other !== key)];
    for (const dropped of next.splice(maxMatches)) await cache.remove(dropped);
    await cache.write({ key: MATCH_INDEX_KEY, value: next, storedAt: options.now() });
  }

  /**
   * Opportunities and campaigns, as templates are: the cached answer at once (revalidated in the background
   * when older than `revalidateAfter`), the network only when nothing is cached. Keyed by the query; the
   * newest `maxMatches` queries are kept.
   */
  async function salesLinks<T>(
    key: string,
    fetch: () => Promise<Result<T, StoreFailure>>,
  ): Promise<Result<T, StoreFailure>> {
    const refresh = async (): Promise<Result<T, StoreFailure>> => {
      const fetched = await fetch();
      if (!fetched.ok) return fetched;
      const previous = await cache.read<T>(key);
      await cache.write({ key, value: fetched.value, storedAt: options.now() });
      const index = (await cache.read<string[]>(LINKS_INDEX_KEY))?.value ?? [];
      const next = [key, ...index.filter((other) => other !== key)];
      for (const dropped of next.splice(maxMatches)) await cache.remove(dropped);
      await cache.write({ key: LINKS_INDEX_KEY, value: next, storedAt: options.now() });
      if (previous !== undefined && JSON.stringify(previous.value) !== JSON.stringify(fetched.value))
        notify(key);
      return fetched;
    };
    const cached = await cache.read<T>(key);
    if (cached === undefined) return once(key, refresh);
    if (options.now() - cached.storedAt >= revalidateAfter) void once(key, refresh);
    return ok(cached.value);
  }

  /** Drops every cached match: after a write that changes how addresses match, none of them holds. */
  async function forgetMatches(): Promise<void> {
    const index = (await cache.read<string[]>(MATCH_INDEX_KEY))?.value ?? [];
    for (const key of index) await cache.remove(key);
    await cache.remove(MATCH_INDEX_KEY);
    notify(MATCHES_CHANGED);
  }

  /** A write passed through; on success the cached matches are dropped before the caller hears of it. */
  const changingMatches =
    <A extends unknown[], T>(write: (...args: A) => Promise<Result<T, StoreFailure>>) =>
    async (...args: A): Promise<Result<T, StoreFailure>> => {
      const result = await write(...args);
      if (result.ok) await forgetMatches();
      return result;
    };

  return {
    ...client,
    addNeverLog: changingMatches(client.addNeverLog),
    removeNeverLog: changingMatches(client.removeNeverLog),
    createContact: changingMatches(client.createContact),
    updateContact: changingMatches(client.updateContact),
    groups: (etag) => reference("groups", etag),
    templates: (etag) => reference("templates", etag),
    templateSetup: (etag) => reference("templateSetup", etag),
    opportunities: (query) =>
      salesLinks(`opportunities:${JSON.stringify(query)}`, () => client.opportunities(query)),
    campaigns: (query) => salesLinks(`campaigns:${JSON.stringify(query)}`, () => client.campaigns(query)),
    async matchContacts(addresses) {
      const key = `match:${[...new Set(addresses.map((address) => address.trim().toLowerCase()))].sort().join(",")}`;
      const cached = await cache.read<MatchResponse>(key);
      if (cached === undefined) return once(key, () => refreshMatch(key, addresses));
      if (options.now() - cached.storedAt >= revalidateAfter)
        void once(key, () => refreshMatch(key, addresses));
      return ok(cached.value);
    },
    async whenIdle() {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight.values()]);
    },
    onRefresh(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
