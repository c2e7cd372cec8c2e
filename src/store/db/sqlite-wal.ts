import { open, type FileHandle } from "node:fs/promises";
import { Worker } from "node:worker_threads";
import { GC_THREAD_NICE } from "../gc-thread-priority";

/**
 * Keeps SQLite's two slow operations off the store's HTTP thread. better-sqlite3 is synchronous, so with
 * `synchronous = FULL` every commit's fsync and every automatic WAL checkpoint (an fsync of the WAL, page
 * copies, an fsync of the database) ran on the event loop and stalled every request behind it.
 *
 * - **Commit durability.** The writer runs `synchronous = NORMAL`: a commit writes its WAL frames and
 *   returns without an fsync. `durable()` then syncs the WAL file on libuv's thread pool with fdatasync
 *   (as SQLite itself does on Linux: the data and the size needed to read it back, not the timestamps, so
 *   a WAL that is rewritten in place after a checkpoint costs no journal commit), whichever descriptor
 *   wrote it. No write is acknowledged before it resolves: the same promise as FULL, kept off the event
 *   loop. Concurrent callers share one sync.
 * - **Checkpoints.** The writer's automatic checkpoint is off; a worker thread with its own connection
 *   checkpoints (PASSIVE: it never blocks the writer or a reader) whenever the WAL has grown since the last
 *   one, at a lower CPU priority than the HTTP thread (Linux). If the worker dies, the writer's automatic
 *   checkpoint comes back, so the WAL stays bounded.
 */
export interface WalDurability {
  /** Resolves once every commit made before the call is on disk. */
  durable(): Promise<void>;
  close(): Promise<void>;
}

/** How often the checkpointer looks at the WAL. */
const CHECKPOINT_EVERY_MS = 250;

/** The checkpointer's thread: plain CommonJS, so it runs the same from the build and from the sources. */
const CHECKPOINTER = `
const { parentPort, workerData } = require("node:worker_threads");
const { statSync } = require("node:fs");
// Background work, like V8's collector threads (gc-thread-priority.ts): on Linux a thread's nice value
// is its own, so this lowers the checkpointer alone, and it uses the CPU the HTTP thread leaves.
try {
  if (process.platform === "linux") require("node:os").setPriority(0, workerData.nice);
} catch {
  // Refused: it checkpoints at the process's priority, as on other systems.
}
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma("busy_timeout = 5000");
let seen = "";
const timer = setInterval(() => {
  let stamp;
  try {
    const s = statSync(workerData.wal);
    stamp = s.size + ":" + s.mtimeMs;
  } catch {
    return;
  }
  if (stamp === seen) return;
  db.pragma("wal_checkpoint(PASSIVE)");
  seen = stamp;
}, workerData.everyMs);
parentPort.on("message", () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

export function createWalDurability(
  databaseFile: string,
  onCheckpointerLost: (error: unknown) => void,
): WalDurability {
  const walFile = `${databaseFile}-wal`;
  let handle: FileHandle | undefined;
  let syncing = false;
  const waiting: Array<{ resolve(): void; reject(error: unknown): void }> = [];

  async function pump(): Promise<void> {
    if (syncing) return;
    syncing = true;
    try {
      while (waiting.length > 0) {
        // Every caller waiting now committed before this sync starts, so it covers them all.
        const batch = waiting.splice(0);
        try {
          handle ??= await open(walFile, "r");
          await handle.datasync();
          for (const w of batch) w.resolve();
        } catch (error) {
          for (const w of batch) w.reject(error);
        }
      }
    } finally {
      syncing = false;
    }
  }

  let stopping = false;
  let running = true;
  const checkpointer = new Worker(CHECKPOINTER, {
    eval: true,
    workerData: {
      driver: require.resolve("better-sqlite3"),
      file: databaseFile,
      wal: walFile,
      everyMs: CHECKPOINT_EVERY_MS,
      nice: GC_THREAD_NICE,
    },
  });
  // The store must be able to exit while the checkpointer waits for its next turn.
  checkpointer.unref();
  const lost = (error: unknown) => {
    if (!stopping) onCheckpointerLost(error);
  };
  checkpointer.on("error", lost);
  checkpointer.on("exit", (code) => {
    running = false;
    lost(new Error(`the WAL checkpointer stopped (exit ${code})`));
  });

  return {
    durable() {
      return new Promise<void>((resolve, reject) => {
        waiting.push({ resolve, reject });
        void pump();
      });
    },
    async close() {
      stopping = true;
      if (running) {
        // Held while it stops: an unreferenced worker would let the process end with this close pending.
        checkpointer.ref();
        const exited = new Promise((resolve) => checkpointer.once("exit", resolve));
        checkpointer.postMessage("stop");
        await exited;
      }
      await handle?.close();
      handle = undefined;
    },
  };
}
