import { readdirSync } from "node:fs";
import { getPriority, setPriority } from "node:os";

/** The nice value V8's helper threads run at; the HTTP thread keeps the process's own (0 by default). */
export const GC_THREAD_NICE = 10;

/**
 * Gives V8's helper threads a lower CPU priority than the HTTP thread.
 *
 * V8 marks and sweeps the heap on helper threads while JavaScript runs (four of them in Node). Where the
 * store has one core to itself (a container's CPU quota, a CPU set, or `taskset` as the benchmark runs
 * it), the kernel shares that core equally among runnable threads: during a major collection's concurrent
 * marking (60–100 ms here) the HTTP thread got a quarter to a half of the CPU, every request in flight
 * waited, and the open-loop p99 at half the peak rose from ~20 to 40–110 ms. At nice 10 a helper gets
 * about a tenth of the CPU the HTTP thread wants, and all of what it leaves: the marking finishes in the
 * idle time between requests instead of taking it from them. (At nice 19 the marking starved at the peak,
 * finished on the HTTP thread instead, and the peak fell by a sixth; at 10 the peak is unchanged.)
 *
 * Linux only: elsewhere it does nothing and answers 0. It must run on the main thread before the store
 * starts threads of its own (libuv's pool, which syncs the WAL; the WAL checkpointer): the threads alive
 * then, besides this one, are V8's. Threads started later inherit this thread's priority, not theirs. A
 * thread already lower keeps its priority. Answers how many threads it lowered.
 */
export function lowerGcThreadPriority(): number {
  if (process.platform !== "linux") return 0;
  let threads: number[];
  try {
    threads = readdirSync("/proc/self/task")
      .map(Number)
      .filter((tid) => Number.isInteger(tid) && tid !== process.pid);
  } catch {
    // No /proc (a sandbox): every thread keeps the process's priority, as on other systems.
    return 0;
  }
  let lowered = 0;
  for (const tid of threads) {
    try {
      if (getPriority(tid) >= GC_THREAD_NICE) continue;
      setPriority(tid, GC_THREAD_NICE);
      lowered += 1;
    } catch {
      // The thread ended, or the system refused: it keeps its priority (a slower tail, never a fault).
    }
  }
  return lowered;
}
