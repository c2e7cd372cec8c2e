import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";

/** Where a child store keeps its data: a SQLite directory, or a PostgreSQL schema. */
export interface StoreTarget {
  dataDir: string;
  databaseUrl?: string;
  schema?: string;
}

/** A store running as its own process, which a test may kill -9 and start again on the same data. */
export interface StoreChild {
  url: string;
  child: ChildProcess;
  kill(): Promise<void>;
}

const SCRIPT = path.join(__dirname, "..", "store", "sync", "store-process.cjs");

export function startStoreChild(target: StoreTarget, options: { seed?: boolean } = {}): Promise<StoreChild> {
  const args = [
    SCRIPT,
    target.dataDir,
    "0",
    ...(target.databaseUrl ? [target.databaseUrl, target.schema ?? ""] : []),
  ];
  const child = spawn(process.execPath, args, {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, ...(options.seed === false ? { TOUCHPOINT_CHILD_NO_SEED: "1" } : {}) },
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on("line", (line) => {
      const ready = /^READY (\d+)$/.exec(line);
      if (ready)
        resolve({
          url: `http://127.0.0.1:${ready[1]}`,
          child,
          kill: () => killChild(child),
        });
    });
    child.on("exit", (code) => reject(new Error(`store exited with ${code}: ${stderr}`)));
  });
}

/** kill -9, and wait until the process is gone. */
export function killChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGKILL");
  });
}
