import type { ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import { dirname } from "node:path";
import { e2eStateFile } from "./e2e-store";
import { storeDataKey, storeProcessKey } from "./global-setup";

/** Stops the store started by global setup (gracefully, then for good) and removes its data. */
export default async function globalTeardown(): Promise<void> {
  const scope = globalThis as Record<string, unknown>;
  const child = scope[storeProcessKey] as ChildProcess | undefined;
  if (child === undefined) return;
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolveExit) => child.once("exit", resolveExit));
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
    await exited;
    clearTimeout(timer);
  }
  const dataDir = scope[storeDataKey];
  if (typeof dataDir === "string") rmSync(dataDir, { recursive: true, force: true });
  const stateFile = e2eStateFile();
  if (stateFile !== undefined) rmSync(dirname(stateFile), { recursive: true, force: true });
}
