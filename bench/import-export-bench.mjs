// Bulk import and export on one database: a 100,000-contact CSV uploaded to POST /import/contacts while
// /health is probed, then GET /export of `entries` entries as CSV. The client runs on CPU 0 and the store
// on CPU 1 (taskset) when the machine has two or more.
// Standalone: node bench/import-export-bench.mjs sqlite|postgres [--quick]
import { spawn } from "node:child_process";
import { availableParallelism, tmpdir } from "node:os";
import { mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { writeContactsCsv } from "./contacts-csv.mjs";
import { devToken, freshPgDatabase, root, runCli, startStore } from "./lib/store-process.mjs";
import { metric } from "./lib/report.mjs";

export const pinned = availableParallelism() >= 2;
export const CLIENT_CPU = pinned ? 0 : undefined;
export const STORE_CPU = pinned ? 1 : undefined;

/** Runs a bench script with node, on `cpu` when given; answers the JSON of its last line. */
export function runPinned(script, args, cpu) {
  const command = [process.execPath, join(root, "bench", script), ...args];
  const argv = cpu === undefined ? command : ["taskset", "-c", String(cpu), ...command];
  return new Promise((resolve, reject) => {
    const child = spawn(argv[0], argv.slice(1), { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (c) => (out += c));
    child.on("exit", (code) =>
      code === 0
        ? resolve(JSON.parse(out.trim().split("\n").pop()))
        : reject(new Error(`${script} exited ${code}`)),
    );
  });
}

async function freshStore(dialect, name) {
  const dataDir = mkdtempSync(join(tmpdir(), "tp-bench-io-"));
  const databaseUrl = dialect === "postgres" ? await freshPgDatabase(name) : undefined;
  const env = { TOUCHPOINT_DATA: dataDir, DATABASE_URL: databaseUrl ?? "" };
  runCli(["migrate"], env);
  return { dataDir, databaseUrl, env };
}

export async function importBench(dialect, { contacts = 100_000 } = {}) {
  const label = (s) => `${dialect}: ${s}`;
  const db = await freshStore(dialect, "touchpoint_bench_import");
  const file = join(db.dataDir, "contacts.csv");
  await writeContactsCsv(contacts, file);
  const store = await startStore({ dataDir: db.dataDir, databaseUrl: db.databaseUrl, cpu: STORE_CPU });
  try {
    const token = devToken(store.env, "alex.rivera@cronus.example", "admin");
    const run = await runPinned(
      "import-export-client.mjs",
      [JSON.stringify({ mode: "import", base: store.base, token, file, storePid: store.pid })],
      CLIENT_CPU,
    );
    if (run.imported !== contacts) throw new Error(`imported ${run.imported} of ${contacts}`);
    const budget = dialect === "sqlite" ? "<= 10" : "<= 20";
    return [
      metric(label(`import ${contacts} contacts (CSV, streamed)`), run.seconds, "s", budget),
      metric(label("import rows/s"), contacts / run.seconds, "rows/s"),
      metric(label("import: store CPU"), run.storeCpuSeconds, "s"),
      metric(label("store RSS during import (peak)"), run.peakRss, "MB", "<= 250"),
      metric(label(`/health p99 during import (${run.healthProbes} probes)`), run.healthP99, "ms", "<= 50"),
    ];
  } finally {
    await store.stop();
    rmSync(db.dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { printTable } = await import("./lib/report.mjs");
  const dialect = process.argv[2] ?? "sqlite";
  printTable(await importBench(dialect));
}
