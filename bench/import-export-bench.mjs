// Bulk import and export on one database: a 100,000-contact CSV uploaded to POST /import/contacts while
// /health is probed, then GET /export of `entries` entries as CSV. The client runs on CPU 0 and the store
// on CPU 1 (taskset) when the machine has two or more.
// Standalone: node bench/import-export-bench.mjs sqlite|postgres [import]   (100,000 contacts), or
//             node bench/import-export-bench.mjs sqlite|postgres export DATA_DIR|DATABASE_URL ENTRIES
import { tmpdir } from "node:os";
import { mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { writeContactsCsv } from "./contacts-csv.mjs";
import { devToken, freshPgDatabase, runCli, startStore } from "./lib/store-process.mjs";
import { metric } from "./lib/report.mjs";
import { CLIENT_CPU, STORE_CPU, runPinned } from "./lib/cpus.mjs";

async function freshStore(dialect, name) {
  const dataDir = mkdtempSync(join(tmpdir(), "tp-bench-io-"));
  const databaseUrl = dialect === "postgres" ? await freshPgDatabase(name) : undefined;
  const env = { TOUCHPOINT_DATA: dataDir, DATABASE_URL: databaseUrl ?? "" };
  runCli(["migrate"], env);
  return { dataDir, databaseUrl, env };
}

const FULL_IMPORT = 100_000;

export async function importBench(dialect, { contacts = FULL_IMPORT } = {}) {
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
    // The budget: 100,000 contacts in 10 s on SQLite, 20 s on PostgreSQL; a smaller (--quick) file is held
    // to the same rate.
    const seconds = dialect === "sqlite" ? 10 : 20;
    const full = contacts >= FULL_IMPORT;
    return [
      metric(
        label(`import ${contacts} contacts (CSV, streamed)`),
        run.seconds,
        "s",
        full ? `<= ${seconds}` : undefined,
      ),
      metric(label("import rows/s"), contacts / run.seconds, "rows/s", `>= ${FULL_IMPORT / seconds}`),
      metric(label("import: store CPU"), run.storeCpuSeconds, "s"),
      metric(label("store RSS during import (peak)"), run.peakRss, "MB", "<= 250"),
      metric(label(`/health p99 during import (${run.healthProbes} probes)`), run.healthP99, "ms", "<= 50"),
      metric(label("/health probes that failed during import"), run.healthErrors, "count", "<= 0"),
    ];
  } finally {
    await store.stop();
    rmSync(db.dataDir, { recursive: true, force: true });
  }
}

/** GET /export as CSV of a store already holding `entries` entries (bench/large-data.mjs). */
export async function exportBench(dialect, { dataDir, databaseUrl, entries }) {
  const label = (s) => `${dialect}: ${s}`;
  const store = await startStore({ dataDir, databaseUrl, cpu: STORE_CPU });
  try {
    const token = devToken(store.env, "alex.rivera@cronus.example", "admin");
    const run = await runPinned(
      "import-export-client.mjs",
      [JSON.stringify({ mode: "export", base: store.base, token, storePid: store.pid })],
      CLIENT_CPU,
    );
    if (run.rows < entries) throw new Error(`exported ${run.rows} of at least ${entries} entries`);
    return [
      metric(label(`export ${entries} entries (CSV, streamed)`), run.seconds, "s", "<= 20"),
      metric(label("export: store CPU"), run.storeCpuSeconds, "s"),
      metric(label("store RSS during export (peak)"), run.peakRss, "MB", "<= 250"),
      // The import's budget: an export must not stop the store answering either.
      metric(label(`/health p99 during export (${run.healthProbes} probes)`), run.healthP99, "ms", "<= 50"),
      metric(label("/health probes that failed during export"), run.healthErrors, "count", "<= 0"),
    ];
  } finally {
    await store.stop();
  }
}

/**
 * Import always (100,000 contacts, the budget's size; 20,000 held to the same rate with --quick); export of
 * 1,000,000 entries in a full run only — loading them takes minutes, more than --quick has.
 */
export async function bulkBench(dialect, { quick }) {
  const rows = await importBench(dialect, { contacts: quick ? 20_000 : FULL_IMPORT });
  if (quick) return rows;
  const entries = 1_000_000;
  const db = await freshStore(dialect, "touchpoint_bench_export");
  try {
    const target = dialect === "postgres" ? db.databaseUrl : db.dataDir;
    await runPinned("large-data.mjs", [dialect, target, "10000", String(entries)], CLIENT_CPU);
    rows.push(...(await exportBench(dialect, { dataDir: db.dataDir, databaseUrl: db.databaseUrl, entries })));
  } finally {
    rmSync(db.dataDir, { recursive: true, force: true });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { printTable } = await import("./lib/report.mjs");
  const [dialect = "sqlite", what = "import", dataDir, entries] = process.argv.slice(2);
  printTable(
    what === "import"
      ? await importBench(dialect)
      : await exportBench(dialect, {
          dataDir,
          databaseUrl: dialect === "postgres" ? dataDir : undefined,
          entries: Number(entries),
        }),
  );
}
