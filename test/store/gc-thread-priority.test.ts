import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { GC_THREAD_NICE } from "../../src/store/gc-thread-priority";

/**
 * Runs in a process of its own (jest's threads are not the ones to lower): lowers the threads, then
 * starts one more (a worker thread, as the store's WAL checkpointer is), and prints every thread's nice
 * value from /proc, the main thread's first.
 */
function nicesAfterLowering(): { lowered: number; main: number; before: number[]; later: number[] } {
  const script = `
    const { readdirSync, readFileSync } = require("node:fs");
    const { Worker } = require("node:worker_threads");
    const { lowerGcThreadPriority } = require(${JSON.stringify(join(__dirname, "../../src/store/gc-thread-priority"))});
    const tids = () => readdirSync("/proc/self/task").map(Number);
    const nice = (tid) => Number(readFileSync("/proc/self/task/" + tid + "/stat", "utf8").split(") ")[1].split(" ")[16]);
    const before = tids().filter((tid) => tid !== process.pid);
    const lowered = lowerGcThreadPriority();
    const worker = new Worker("setInterval(() => {}, 1000)", { eval: true });
    worker.on("online", () => {
      const later = tids().filter((tid) => tid !== process.pid && !before.includes(tid));
      console.log(JSON.stringify({ lowered, main: nice(process.pid), before: before.map(nice), later: later.map(nice) }));
      process.exit(0);
    });
  `;
  const tsx = join(__dirname, "../../node_modules/tsx/dist/cli.mjs");
  const out = execFileSync(process.execPath, [tsx, "-e", script], { encoding: "utf8", timeout: 30_000 });
  return JSON.parse(out.trim().split("\n").pop() as string);
}

/** Opens a SQLite writer in a process of its own and answers every thread's nice value but the main one's. */
function nicesWithAWriter(dataDir: string): number[] {
  const script = `
    const { readdirSync, readFileSync } = require("node:fs");
    const { openSqliteWriter } = require(${JSON.stringify(join(__dirname, "../../src/store/db/open-sqlite"))});
    const nice = (tid) => Number(readFileSync("/proc/self/task/" + tid + "/stat", "utf8").split(") ")[1].split(" ")[16]);
    const writer = openSqliteWriter(${JSON.stringify(dataDir)});
    setTimeout(() => {
      const nices = readdirSync("/proc/self/task").map(Number).filter((tid) => tid !== process.pid).map(nice);
      console.log(JSON.stringify(nices));
      void writer.close();
    }, 500);
  `;
  const tsx = join(__dirname, "../../node_modules/tsx/dist/cli.mjs");
  const out = execFileSync(process.execPath, [tsx, "-e", script], { encoding: "utf8", timeout: 30_000 });
  return JSON.parse(out.trim().split("\n").pop() as string);
}

const onLinux = process.platform === "linux" ? it : it.skip;

describe("V8's collector threads in a store process", () => {
  onLinux("run at nice 10 while the main thread, and the threads it starts afterwards, keep nice 0", () => {
    const { lowered, main, before, later } = nicesAfterLowering();
    expect(before.length).toBeGreaterThanOrEqual(4);
    expect(lowered).toBe(before.length);
    expect(before.every((value) => value === GC_THREAD_NICE)).toBe(true);
    expect(main).toBe(0);
    expect(later.length).toBeGreaterThanOrEqual(1);
    expect(later.every((value) => value === 0)).toBe(true);
  });

  onLinux(
    "SQLite's WAL checkpointer thread runs at nice 10 too, and no other thread of the writer is lowered",
    () => {
      const dataDir = mkdtempSync(join(tmpdir(), "tp-nice-"));
      try {
        const nices = nicesWithAWriter(dataDir);
        expect(nices.filter((value) => value === GC_THREAD_NICE)).toHaveLength(1);
        expect(nices.filter((value) => value !== GC_THREAD_NICE).every((value) => value === 0)).toBe(true);
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  );
});
