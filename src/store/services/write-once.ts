import { createHash } from "node:crypto";
import { fail, ok, type Result } from "../../domain/result";
import type { Principal } from "../auth/principal";
import type { StoreDatabase } from "../db/create-database";
import type { Repositories } from "../db/repositories/create-repositories";
import type { ServiceFailure } from "../errors";
import { canonicalJson } from "./canonical-json";

/** An Idempotency-Key and the fingerprint of the request it came with. */
export interface IdempotencyClaim {
  key: string;
  fingerprint: string;
}

/** What the request said: the fingerprint covers all of it, so a key cannot be reused for another. */
export interface FingerprintedRequest {
  /** `POST /contacts`, `POST /interactions/:entryNo/cancel`: method and route. */
  route: string;
  params?: unknown;
  query?: unknown;
  body?: unknown;
}

/** How long a key holds its answer, and the clock it is measured by. */
export interface KeyPolicy {
  ttlMs: number;
  now: () => Date;
}

export const DEFAULT_KEY_TTL_MS = 24 * 60 * 60 * 1000;

/** An answer to store under a key and give again on a retry: status and body (undefined: no body). */
export interface Answer<B = unknown> {
  status: number;
  body: B;
}
export type OnceOutcome<B = unknown> = Answer<B> & { replayed: boolean };

/** The fingerprint of a request by this user: same user, route, parameters and body, same fingerprint. */
export function fingerprintOf(principal: Principal, request: FingerprintedRequest): string {
  return createHash("sha256")
    .update(canonicalJson({ user: principal.userId, ...request }))
    .digest("base64url");
}

const owner = (principal: Principal) => ({ tenantId: principal.tenantId, userId: principal.userId });
const expiredBefore = (policy: KeyPolicy) => new Date(policy.now().getTime() - policy.ttlMs).toISOString();

/**
 * The answer stored under this user's key, to give again; a failure when the key came with another
 * request; undefined when the key is new (or expired). One indexed read: a replay costs less than the
 * first write did.
 */
export async function earlierAnswer(
  repos: Repositories,
  principal: Principal,
  claim: IdempotencyClaim,
  policy: KeyPolicy,
): Promise<Result<OnceOutcome, ServiceFailure> | undefined> {
  const stored = await repos.idempotency.find(owner(principal), claim.key, expiredBefore(policy));
  if (stored === undefined) return undefined;
  if (stored.requestHash !== claim.fingerprint) return fail({ code: "STORE_IDEMPOTENCY_MISMATCH" });
  return ok({
    status: stored.statusCode,
    body: stored.responseJson === undefined ? undefined : JSON.parse(stored.responseJson),
    replayed: true,
  });
}

type KeyTaken = { code: "KEY_TAKEN" };

/**
 * Runs one write in one transaction and, when the request carried a key, stores its answer under the
 * key as the last write of that same transaction: the change and its answer commit together or not at
 * all. A failed answer stores nothing, so a refused request leaves the key free. When another request
 * took the key meanwhile (a race the early lookup could not see), this one rolls back and gives that
 * request's answer, or a mismatch if it said something else; a failure is checked the same way first,
 * since a racing original can be what made it fail.
 */
export async function writeOnce<B>(
  db: StoreDatabase,
  principal: Principal,
  claim: IdempotencyClaim | undefined,
  policy: KeyPolicy,
  work: (repos: Repositories) => Promise<Result<Answer<B>, ServiceFailure>>,
): Promise<Result<OnceOutcome<B>, ServiceFailure>> {
  if (claim === undefined) {
    const done = await db.transaction(work);
    return done.ok ? ok({ ...done.value, replayed: false }) : done;
  }
  const result = await db.transaction<OnceOutcome<B>, ServiceFailure | KeyTaken>(async (repos) => {
    const answer = await work(repos);
    if (!answer.ok) return answer;
    const now = policy.now().toISOString();
    const responseJson = answer.value.body === undefined ? null : JSON.stringify(answer.value.body);
    const recorded = await repos.idempotency.record(
      owner(principal),
      claim.key,
      claim.fingerprint,
      now,
      expiredBefore(policy),
      { statusCode: answer.value.status, responseJson },
    );
    if (!recorded) return fail<KeyTaken>({ code: "KEY_TAKEN" });
    return ok({ ...answer.value, replayed: false });
  });
  if (result.ok) return result;
  // Refused, or beaten to the key: a request with this key that committed meanwhile (a retry racing
  // its original, whose change made this one fail: "already canceled") has the answer to give.
  const winner = await earlierAnswer(db.repositories, principal, claim, policy);
  if (winner !== undefined) return winner as Result<OnceOutcome<B>, ServiceFailure>;
  if (result.error.code !== "KEY_TAKEN") return result as { ok: false; error: ServiceFailure };
  // Taken by a request whose answer cannot be read yet: the client retries later and gets it.
  return fail({ code: "STORE_IDEMPOTENCY_IN_PROGRESS" });
}

/** Deletes expired keys in batches of at most `batchSize`, one transaction each; answers how many went. */
export async function sweepExpiredKeys(
  db: StoreDatabase,
  policy: KeyPolicy,
  batchSize = 1000,
  pause: () => Promise<void> = () => new Promise((resolve) => setImmediate(resolve)),
): Promise<{ deleted: number; batches: number }> {
  let deleted = 0;
  let batches = 0;
  for (;;) {
    const before = expiredBefore(policy);
    const swept = await db.transaction(async (repos) => ok(await repos.idempotency.sweep(before, batchSize)));
    if (!swept.ok) break;
    batches += 1;
    deleted += swept.value;
    if (swept.value < batchSize) return { deleted, batches };
    // Let requests in between batches: the sweep must never hold the writer for long.
    await pause();
  }
  return { deleted, batches };
}
