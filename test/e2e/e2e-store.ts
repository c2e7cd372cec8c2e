import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The store the e2e suite runs against. */
export interface E2eStore {
  /** Base URL, no trailing slash: the store API under /api/v1 and the built add-in (harness.html, …). */
  url: string;
  dataDir: string;
  pid?: number | undefined;
}

const STATE_VARIABLE = "TOUCHPOINT_E2E_STATE";

/**
 * Records the running store for the tests (written by global setup) in a file of its own: several
 * runs on one machine never share it. Test workers find it through the environment they inherit.
 */
export function writeE2eStore(store: E2eStore): void {
  const file = join(mkdtempSync(join(tmpdir(), "touchpoint-e2e-state-")), "store.json");
  writeFileSync(file, JSON.stringify(store));
  process.env[STATE_VARIABLE] = file;
}

/** The store started by global setup (or TOUCHPOINT_E2E_URL, a store someone already runs). */
export function e2eStore(): E2eStore {
  const external = process.env.TOUCHPOINT_E2E_URL;
  if (external !== undefined && external !== "") return { url: external.replace(/\/+$/, ""), dataDir: "" };
  const file = process.env[STATE_VARIABLE];
  if (file === undefined) {
    throw new Error("No e2e store: run the e2e project through jest (its global setup starts the store).");
  }
  return JSON.parse(readFileSync(file, "utf8")) as E2eStore;
}

/** The folder holding this run's record, for teardown to remove. */
export function e2eStateFile(): string | undefined {
  return process.env[STATE_VARIABLE];
}
