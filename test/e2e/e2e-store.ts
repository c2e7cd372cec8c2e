import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Where global setup tells the tests about the store it started (one run at a time per machine user). */
const STATE_FILE =
  process.env.TOUCHPOINT_E2E_STATE ??
  join(tmpdir(), `touchpoint-e2e-${process.getuid?.() ?? "user"}`, "store.json");

/** The store the e2e suite runs against. */
export interface E2eStore {
  /** Base URL, no trailing slash: the store API under /api/v1 and the built add-in (harness.html, …). */
  url: string;
  dataDir: string;
  pid?: number;
}

/** Records the running store for the tests (written by global setup). */
export function writeE2eStore(store: E2eStore): void {
  mkdirSync(join(STATE_FILE, ".."), { recursive: true });
  writeFileSync(STATE_FILE, JSON.stringify(store));
  process.env.TOUCHPOINT_E2E_STATE = STATE_FILE;
}

/** The store started by global setup (or TOUCHPOINT_E2E_URL, a store someone already runs). */
export function e2eStore(): E2eStore {
  const external = process.env.TOUCHPOINT_E2E_URL;
  if (external !== undefined && external !== "") return { url: external.replace(/\/+$/, ""), dataDir: "" };
  try {
    return JSON.parse(readFileSync(STATE_FILE, "utf8")) as E2eStore;
  } catch {
    throw new Error(
      `No e2e store recorded in ${STATE_FILE}: run the e2e project through jest (its global setup starts the store).`,
    );
  }
}

/** Removes the record once the store is stopped. */
export function forgetE2eStore(): void {
  writeFileSync(STATE_FILE, "{}");
}
