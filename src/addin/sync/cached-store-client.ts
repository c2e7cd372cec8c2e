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

  /**
   * Cache bookkeeping after a fresh answer runs once the caller has that answer: the pane shows what the
   * network said without waiting for IndexedDB. Saves run one after another, in the order the answers came,
   * so an older answer never lands over a newer one. `whenIdle` waits for them; a failure only costs the
   * head start.
   */
  let saved: Promise<void> = Promise.resolve();
  /** Fresh answers on their way into the cache: read from here until they are there. */
  const unsaved = new Map<string, CacheRecord<unknown>>();
  function saveLater(record: CacheRecord<unknown>, save: () => Promise<void>): void {
    unsaved.set(record.key, record);
    saved = saved
      .then(save)
      .catch((error: unknown) => console.warn("Touchpoint: the cache could not be updated", error))
      .finally(() => {
        if (unsaved.get(record.key) === record) unsaved.delete(record.key);
      });
  }
  /**
   * Whether `key` is read before the cache has opened (a pane's first reads; a browser creating the database
   * takes ~100 ms): then the network is asked at once too (`firstAnswer`).
   */
  const opening = (key: string): boolean => !cache.isOpen() && !unsaved.has(key);
  const read = async <T>(key: string): Promise<CacheRecord<T> | undefined> =>
    (unsaved.get(key) as CacheRecord<T> | undefined) ?? cache.read<T>(key);

  /**
   * The first of the cache's record and the network's answer, while the cache opens: a cached copy shows at
   * once on a slow network, and a first opening (nothing cached yet) does not wait for the database to be
   * created. The network's failure is given only once the cache has nothing either. `fromCache` says which.
   */
  function firstAnswer<R, T>(
    fetched: Promise<Result<R, StoreFailure>>,
    cached: Promise<CacheRecord<T> | undefined>,
    fromRecord: (record: CacheRecord<T>) => R,
  ): Promise<{ answer: Result<R, StoreFailure>; fromCache: boolean }> {
    return new Promise((resolve, reject) => {
      let failed: Result<R, StoreFailure> | undefined;
      let missed = false;
      const fromNetwork = (answer: Result<R, StoreFailure>) => resolve({ answer, fromCache: false });
      fetched.then((answer) => {
        if (answer.ok || missed) fromNetwork(answer);
        else failed = answer;
      }, reject);
      const miss = () => {
        if (failed !== undefined) fromNetwork(failed);
        else missed = true;
      };
      cached.then(
        (record) =>
          record === undefined ? miss() : resolve({ answer: ok(fromRecord(record)), fromCache: true }),
        (error: unknown) => {
          console.warn("Touchpoint: the cache could not be read", error);
          miss();
        },
      );
    });
  }

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
      saveLater(touched, () => cache.write(touched));
      return ok(touched);
    }
    const fresh: CacheRecord<T> = { key: call, value: fetched.value.body, storedAt: options.now() };
    if (fetched.value.etag !== undefined) fresh.etag = fetched.value.etag;
    saveLater(fresh, async () => {
      await cache.write(fresh);
      if (cached !== undefined) notify(call);
    });
    return ok(fresh);
  }

  async function reference<T>(
    call: ReferenceCall,
    callerEtag?: string,
  ): Promise<Result<Cached<T>, StoreFailure>> {
    if (opening(call)) {
      const fetched = once(call, () => revalidateReference<T>(call, undefined));
      const kept = read<T>(call);
      const { answer, fromCache } = await firstAnswer(fetched, kept, (record) => record);
      // Shown from the cache while the network brought another copy: listeners hear of it, as after a
      // background revalidation (in the saves' queue, so `whenIdle` waits for it too).
      if (fromCache)
        saved = saved
          .then(() => Promise.all([fetched, kept]))
          .then(([fresh, shown]) => {
            if (fresh.ok && JSON.stringify(fresh.value.value) !== JSON.stringify(shown?.value)) notify(call);
          })
          // Either failure was met already: the network's by the caller, the cache's in `firstAnswer`.
          .catch(() => undefined);
      return answer.ok ? answerOf(answer.value, callerEtag) : answer;
    }
    const cached = await read<T>(call);
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
    return answerOf(record, callerEtag);
  }

  function answerOf<T>(record: CacheRecord<T>, callerEtag?: string): Result<Cached<T>, StoreFailure> {
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
    if (fetched.ok) remember(key, fetched.value, MATCH_INDEX_KEY);
    return fetched;
  }

  /**
   * Caches a fresh answer under `key` and keeps the newest `maxMatches` of its kind (listed under
   * `indexKey`; older ones are dropped, they are only a head start). Listeners hear of it when it changed.
   */
  function remember<T>(key: string, value: T, indexKey: string): void {
    const record: CacheRecord<T> = { key, value, storedAt: options.now() };
    const saving = unsaved.get(key) as CacheRecord<T> | undefined;
    saveLater(record, async () => {
      const previous = saving ?? (await cache.read<T>(key));
      await cache.write(record);
      const index = (await cache.read<string[]>(indexKey))?.value ?? [];
      const next = [key, ...index.filter((other) => other !== key)];
      for (const dropped of next.splice(maxMatches)) await cache.remove(dropped);
      await cache.write({ key: indexKey, value: next, storedAt: options.now() });
      if (previous !== undefined && JSON.stringify(previous.value) !== JSON.stringify(value)) notify(key);
    });
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
      if (fetched.ok) remember(key, fetched.value, LINKS_INDEX_KEY);
      return fetched;
    };
    const cached = await read<T>(key);
    if (cached === undefined) return once(key, refresh);
    if (options.now() - cached.storedAt >= revalidateAfter) void once(key, refresh);
    return ok(cached.value);
  }

  /** Drops every cached match: after a write that changes how addresses match, none of them holds. */
  async function forgetMatches(): Promise<void> {
    // A match answered before the write may still be on its way into the cache: it must not outlive this.
    await saved;
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
      if (opening(key)) {
        // A fresh match that differs from the cached one shown meanwhile is told to listeners (refreshMatch).
        const fetched = once(key, () => refreshMatch(key, addresses));
        return (await firstAnswer(fetched, read<MatchResponse>(key), (record) => record.value)).answer;
      }
      const cached = await read<MatchResponse>(key);
      if (cached === undefined) return once(key, () => refreshMatch(key, addresses));
      if (options.now() - cached.storedAt >= revalidateAfter)
        void once(key, () => refreshMatch(key, addresses));
      return ok(cached.value);
    },
    async whenIdle() {
      for (;;) {
        const tail = saved;
        await Promise.allSettled([...inFlight.values(), tail]);
        if (inFlight.size === 0 && tail === saved) return;
      }
    },
    onRefresh(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
