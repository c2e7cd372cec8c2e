import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client } from "pg";
import { dialects, type TestDialect } from "../store/dialects";
import { fuzzOpenApi, type FuzzResult } from "./fuzz-openapi";
import { killRun, type KillRunResult } from "./kill-run";
import type { StoreTarget } from "./store-child";
import { twoStoresRun, type TwoStoresResult } from "./two-stores";

export interface SuiteSize {
  kills: number;
  upMs: [number, number];
  fuzzCases: number;
  twoStoreSources: number;
}

export const FULL: SuiteSize = { kills: 3, upMs: [2000, 4000], fuzzCases: 10_000, twoStoreSources: 200 };
export const QUICK: SuiteSize = { kills: 1, upMs: [800, 1200], fuzzCases: 1_000, twoStoreSources: 20 };

export interface DatabaseReport {
  database: "sqlite" | "postgres";
  kill: KillRunResult;
  twoStores?: TwoStoresResult;
  fuzz: FuzzResult;
}

/** A place for child stores' data: a directory (SQLite on tmpfs when there is one) or a new schema. */
async function targetFor(
  name: "sqlite" | "postgres",
): Promise<{ target: StoreTarget; dispose(): Promise<void> }> {
  const dataDir = mkdtempSync(
    path.join(existsSync("/dev/shm") && name === "sqlite" ? "/dev/shm" : tmpdir(), "touchpoint-reliability-"),
  );
  if (name === "sqlite")
    return { target: { dataDir }, dispose: async () => rmSync(dataDir, { recursive: true, force: true }) };
  const url = process.env.TOUCHPOINT_TEST_DATABASE_URL as string;
  const schema = `t_${process.env.TOUCHPOINT_TEST_RUN ?? "reliability"}_${randomBytes(5).toString("hex")}`;
  const admin = async (sql: string) => {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`create schema ${schema}`);
  return {
    target: { dataDir, databaseUrl: url, schema },
    async dispose() {
      rmSync(dataDir, { recursive: true, force: true });
      await admin(`drop schema if exists ${schema} cascade`);
    },
  };
}

/** Every run of the suite on every database the store suite runs on. */
export async function runReliability(
  size: SuiteSize,
  log: (line: string) => void = () => undefined,
): Promise<DatabaseReport[]> {
  const reports: DatabaseReport[] = [];
  for (const [name, make] of dialects()) {
    log(`${name}: ${size.kills} × kill -9 under sustained logging …`);
    const place = await targetFor(name);
    let kill: KillRunResult;
    try {
      kill = await killRun({ target: place.target, kills: size.kills, upMs: size.upMs, seed: 11 });
    } finally {
      await place.dispose();
    }
    let twoStores: TwoStoresResult | undefined;
    if (name === "postgres") {
      log(`${name}: two store processes, ${size.twoStoreSources} sources sent to both at once …`);
      const shared = await targetFor(name);
      try {
        twoStores = await twoStoresRun(shared.target, size.twoStoreSources);
      } finally {
        await shared.dispose();
      }
    }
    log(`${name}: ${size.fuzzCases} fuzzed requests from the OpenAPI document …`);
    const dialect: TestDialect = make();
    let fuzz: FuzzResult;
    try {
      fuzz = await fuzzOpenApi(dialect, size.fuzzCases, 20261124);
    } finally {
      await dialect.dispose();
    }
    reports.push({ database: name, kill, ...(twoStores ? { twoStores } : {}), fuzz });
  }
  return reports;
}

const count = (n: number) => n.toLocaleString("en-US");

/** The suite's one table: load held, faults survived, bad inputs tried, logs lost and duplicated, 5xx. */
export function reliabilityTable(reports: DatabaseReport[]): string {
  const header = [
    "database",
    "load held",
    "faults survived",
    "bad inputs tried",
    "logs lost",
    "logs duplicated",
    "5xx",
  ];
  const rows = reports.map((r) => {
    const lost = r.kill.lost + (r.twoStores?.lost ?? 0);
    const duplicated = r.kill.duplicated + (r.twoStores?.duplicated ?? 0);
    const fiveXx = r.kill.fiveXx + (r.twoStores?.fiveXx ?? 0) + r.fuzz.fiveXx;
    const faults = [
      `${r.kill.kills} × kill -9 (${r.kill.cutOff} requests cut off)`,
      ...(r.twoStores ? [`2 stores × ${count(r.twoStores.requests)} racing logs`] : []),
    ];
    return [
      r.database,
      `${count(r.kill.acknowledged)} logs, ${Math.round(r.kill.logsPerSecond)}/s`,
      faults.join(", "),
      `${count(r.fuzz.tried)} (${count(r.fuzz.answered["4xx"])} refused, ${r.fuzz.refusedWrites} wrote)`,
      String(lost),
      String(duplicated),
      String(fiveXx),
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] as number)).join(" | ")} |`;
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

/** True when nothing was lost, duplicated, answered 5xx, written by a refused request, or left unreplayable. */
export function allHeld(reports: DatabaseReport[]): boolean {
  return reports.every(
    (r) =>
      r.kill.lost + r.kill.duplicated + r.kill.fiveXx + r.kill.replayFailures === 0 &&
      (r.twoStores === undefined ||
        r.twoStores.lost + r.twoStores.duplicated + r.twoStores.fiveXx + r.twoStores.replayFailures === 0) &&
      r.fuzz.fiveXx + r.fuzz.refusedWrites + r.fuzz.uncoded === 0,
  );
}
