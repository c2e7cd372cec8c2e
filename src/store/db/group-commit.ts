import type { Kysely } from "kysely";
import type { Result } from "../../domain/result";
import type { Database, DialectName } from "./database";
import { runCompiled } from "./run-compiled";
import { createRepositories, type Repositories } from "./repositories/create-repositories";

type Work = (repos: Repositories) => Promise<Result<unknown, { code: string }>>;
interface Job {
  work: Work;
  resolve(result: Result<unknown, { code: string }>): void;
  reject(error: unknown): void;
}
type Outcome = { settled: Result<unknown, { code: string }> } | { thrown: unknown };

/** More jobs than this wait for the next commit, so one slow batch cannot grow without bound. */
const MAX_BATCH = 256;
/**
 * A batch takes no more jobs once it has run this long: the rest wait for the next batch, after one turn
 * of the event loop. With a synchronous driver a batch never yields, so this bounds how long the HTTP
 * thread is held by writes (a burst after a pause would otherwise run as one long batch).
 */
const BATCH_BUDGET_MS = 5;

/**
 * Transactions for a single-writer database (SQLite): every write that arrives while a batch runs joins
 * the next commit. Each job runs inside its own SAVEPOINT, so a job that fails (a `{ ok: false }` answer or
 * a throw) is rolled back alone; if the commit fails every job in it fails. With one writer the jobs run
 * one after another, exactly as separate transactions would.
 *
 * No job is answered before `durable()` says the commit that holds it is on disk. That fsync runs off the
 * event loop, and the next batch does not wait for it: it executes while the previous one is being synced,
 * and one fsync covers every commit made before it started.
 */
export function createGroupCommit(
  kysely: Kysely<Database>,
  dialect: DialectName,
  durable: () => Promise<void>,
  batchBudgetMs = BATCH_BUDGET_MS,
  now: () => number = () => performance.now(),
) {
  const queue: Job[] = [];
  let draining = false;

  /** Whether a batch begun at `started` with `size` jobs takes the next one waiting. */
  const takesMore = (started: number, size: number) =>
    queue.length > 0 && size < MAX_BATCH && (size === 0 || now() - started < batchBudgetMs);

  async function runBatch(): Promise<void> {
    const batch: Job[] = [];
    const outcomes: Outcome[] = [];
    const started = now();
    try {
      await kysely.transaction().execute(async (trx) => {
        const repos = createRepositories(trx, dialect);
        while (takesMore(started, batch.length)) {
          const job = queue.shift() as Job;
          batch.push(job);
          await runCompiled(trx, "savepoint touchpoint_job", []);
          let outcome: Outcome;
          try {
            outcome = { settled: await job.work(repos) };
          } catch (error) {
            outcome = { thrown: error };
          }
          if ("thrown" in outcome || !outcome.settled.ok)
            await runCompiled(trx, "rollback to touchpoint_job", []);
          await runCompiled(trx, "release touchpoint_job", []);
          outcomes.push(outcome);
        }
      });
    } catch (commitFailure) {
      for (const job of batch) job.reject(commitFailure);
      return;
    }
    void durable().then(
      () =>
        batch.forEach((job, i) => {
          const outcome = outcomes[i] as Outcome;
          if ("thrown" in outcome) job.reject(outcome.thrown);
          else job.resolve(outcome.settled);
        }),
      (syncFailure: unknown) => {
        for (const job of batch) job.reject(syncFailure);
      },
    );
  }

  async function drain(): Promise<void> {
    try {
      while (queue.length > 0) {
        await runBatch();
        // Let the event loop turn (reads, new requests) before the jobs left over run.
        if (queue.length > 0) await new Promise((resolve) => setImmediate(resolve));
      }
    } finally {
      draining = false;
    }
  }

  return function transaction<T, E extends { code: string }>(
    work: (repos: Repositories) => Promise<Result<T, E>>,
  ): Promise<Result<T, E>> {
    return new Promise<Result<T, E>>((resolve, reject) => {
      queue.push({ work, resolve: resolve as Job["resolve"], reject });
      if (draining) return;
      draining = true;
      // Start after this turn of the event loop has read every request that is ready: with a synchronous
      // driver a batch runs without yielding, so starting at once would commit each request alone.
      setImmediate(() => void drain());
    });
  };
}
