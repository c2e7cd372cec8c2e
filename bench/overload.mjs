// Overload: POST /interactions at `factor` × the measured peak, open loop (each log due every
// 1/rate s, timed from when it was due), with enough connections that the store — not the generator —
// decides what waits. Reports what the accepted logs (2xx) saw, what was shed (503), and the store's RSS.
// The store runs on CPU 0 and the generator on CPU 1 (taskset), so neither takes the other's core.
//   node bench/overload.mjs [sqlite|postgres] [--factor 10] [--seconds 10] [--connections 1000] [--rate N]
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { devToken, freshPgDatabase, root, rssMb, runCli, startStore } from "./lib/store-process.mjs";

const args = process.argv.slice(2);
const dialect = args.find((a) => a === "sqlite" || a === "postgres") ?? "sqlite";
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const factor = option("--factor", 10);
const seconds = option("--seconds", 10);
const connections = option("--connections", 1000);
/** A fixed offered rate instead of factor × this run's peak, so runs on a busy machine compare. */
const fixedRate = option("--rate", 0);

function generate(options) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      "taskset",
      ["-c", "1", process.execPath, join(root, "bench", "load-interactions.mjs"), JSON.stringify(options)],
      {
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    let out = "";
    child.stdout.on("data", (c) => (out += c));
    child.on("exit", (code) =>
      code === 0
        ? resolve(JSON.parse(out.trim().split("\n").pop()))
        : reject(new Error(`generator exited ${code}`)),
    );
  });
}

const dataDir = mkdtempSync(join(tmpdir(), "tp-overload-"));
const databaseUrl = dialect === "postgres" ? await freshPgDatabase("touchpoint_overload") : undefined;
const env = { TOUCHPOINT_DATA: dataDir, DATABASE_URL: databaseUrl ?? "" };
runCli(["migrate"], env);
runCli(["seed", "--demo"], env);
// TOUCHPOINT_OVERLOAD_ENV='{"TOUCHPOINT_MAX_IN_FLIGHT":"64"}' tries other shedding settings.
const store = await startStore({
  dataDir,
  databaseUrl,
  cpu: 0,
  extraEnv: JSON.parse(process.env.TOUCHPOINT_OVERLOAD_ENV ?? "{}"),
});
try {
  const token = devToken(store.env);
  const list = await (
    await fetch(`${store.base}/api/v1/contacts?q=`, { headers: { authorization: `Bearer ${token}` } })
  ).json();
  const contacts = list.items.filter((c) => !c.privacyBlocked).map((c) => c.no);
  const base = { base: store.base, token, contacts };
  await generate({ ...base, seconds: 3 }); // warm-up: JIT, caches
  const peak = await generate({ ...base, seconds: 5 });
  const rate = fixedRate > 0 ? fixedRate : Math.round(peak.requestsPerSecond * factor);
  let rss = 0;
  const sampler = setInterval(() => (rss = Math.max(rss, rssMb(store.pid))), 100);
  const over = await generate({ ...base, seconds, rate, connections });
  clearInterval(sampler);
  const row = {
    dialect,
    peakPerSecond: Math.round(peak.requestsPerSecond),
    offeredPerSecond: rate,
    acceptedPerSecond: Math.round(over.acceptedPerSecond),
    acceptedP50Ms: Math.round(over.acceptedP50),
    acceptedP99Ms: Math.round(over.acceptedP99),
    allP99Ms: Math.round(over.p99),
    byStatus: over.byStatus,
    errors: over.errors,
    storeRssPeakMb: Math.round(rss),
    generatorCpuMsPerRequest: Number(over.generatorCpuMsPerRequest.toFixed(3)),
  };
  console.log(JSON.stringify(row));
} finally {
  await store.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
