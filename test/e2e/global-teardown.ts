import type { ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import { e2eStore, forgetE2eStore } from "./e2e-store";
import { storeProcessKey } from "./global-setup";

/** Stops the store started by global setup (gracefully, then for good) and removes its data. */
export default async function globalTeardown(): Promise<void> {
  const child = (globalThis as Record<string, unknown>)[storeProcessKey] as ChildProcess | undefined;
  if (child === undefined) return;
  const dataDir = e2eStore().dataDir;
  if (child.exitCode === null) {
    const exited = new Promise((resolveExit) => child.once("exit", resolveExit));
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
    await exited;
    clearTimeout(timer);
  }
  forgetE2eStore();
  if (dataDir !== "") rmSync(dataDir, { recursive: true, force: true });
}
