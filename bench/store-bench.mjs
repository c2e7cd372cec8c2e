// Store benchmarks on one database: POST /interactions throughput against its floor, latency at 80 % of
// the peak, RSS, then match / history / statistics against bulk data.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { devToken, freshPgDatabase, root, rssMb, runCli, startStore } from "./lib/store-process.mjs";
import { metric, percentile } from "./lib/report.mjs";

function runNode(script, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, "bench", script), ...args], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (c) => (out += c));
    child.on("exit", (code) =>
      code === 0
        ? resolve(JSON.parse(out.trim().split("\n").pop()))
        : reject(new Error(`${script} exited ${code}`)),
    );
  });
}

async function prepare(dialect, name) {
  if (dialect === "postgres") {
    const url = await freshPgDatabase(name);
    const env = { DATABASE_URL: url, TOUCHPOINT_DATA: mkdtempSync(join(tmpdir(), "tp-bench-")) };
    runCli(["migrate"], env);
    return { env, target: url, dataDir: env.TOUCHPOINT_DATA, databaseUrl: url };
  }
  const dataDir = mkdtempSync(join(tmpdir(), "tp-bench-"));
  const env = { TOUCHPOINT_DATA: dataDir, DATABASE_URL: "" };
  runCli(["migrate"], env);
  return { env, target: dataDir, dataDir };
}

async function timed(store, token, method, path, body, runs) {
  const times = [];
  for (let i = 0; i < runs + 10; i += 1) {
    const started = performance.now();
    const res = await fetch(`${store.base}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { "content-type": "application/json" } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`${method} ${path} answered ${res.status}`);
    if (i >= 10) times.push(performance.now() - started);
  }
  return times;
}

/**
 * The store's own event-loop delay p99 (perf_hooks.monitorEventLoopDelay, as prom-client samples it at
 * 10 ms resolution) since the previous scrape: prom-client restarts the histogram at every scrape. The
 * histogram records each 10 ms timer's whole interval (an idle loop reads 10 ms), so the delay is what
 * exceeds the resolution.
 */
async function eventLoopDelayP99(store, token) {
  const res = await fetch(`${store.base}/api/v1/metrics`, { headers: { authorization: `Bearer ${token}` } });
  const text = await res.text();
  const seconds = Number(/^touchpoint_nodejs_eventloop_lag_p99_seconds (\S+)/m.exec(text)?.[1]);
  return Math.max(0, seconds * 1000 - EVENT_LOOP_RESOLUTION_MS);
}

const EVENT_LOOP_RESOLUTION_MS = 10;

export async function storeBench(dialect, { quick }) {
  const rows = [];
  const label = (s) => `${dialect}: ${s}`;
  const seconds = quick ? 5 : 20;

  const floorDb = await prepare(dialect, "touchpoint_bench_floor");
  const floor = await runNode("floor.mjs", [dialect, floorDb.target, String(quick ? 3000 : 20000)]);
  rows.push(metric(label("floor: single-row transactions"), floor.perSecond, "tx/s"));

  const db = await prepare(dialect, "touchpoint_bench");
  runCli(["seed", "--demo"], db.env);
  let store = await startStore({ dataDir: db.dataDir, databaseUrl: db.databaseUrl });
  const token = devToken(store.env);
  const list = await (
    await fetch(`${store.base}/api/v1/contacts?q=`, { headers: { authorization: `Bearer ${token}` } })
  ).json();
  const contacts = list.items.filter((c) => !c.privacyBlocked).map((c) => c.no);

  // Warm-up (not measured): the first seconds of a fresh process are JIT compilation, not throughput.
  await runNode("load-interactions.mjs", [
    JSON.stringify({ base: store.base, token, contacts, seconds: quick ? 2 : 5 }),
  ]);
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssMb(store.pid))), 100);
  const peak = await runNode("load-interactions.mjs", [
    JSON.stringify({ base: store.base, token, contacts, seconds }),
  ]);
  await eventLoopDelayP99(store, token); // the histogram restarts at each scrape: this one opens the window
  const steady = await runNode("load-interactions.mjs", [
    JSON.stringify({
      base: store.base,
      token,
      contacts,
      seconds,
      rate: Math.max(1, Math.floor(peak.requestsPerSecond * 0.8)),
    }),
  ]);
  const steadyLoopDelay = await eventLoopDelayP99(store, token);
  clearInterval(sampler);
  rows.push(metric(label("POST /interactions throughput"), peak.requestsPerSecond, "req/s"));
  rows.push(metric(label("throughput / floor"), peak.requestsPerSecond / floor.perSecond, "ratio", ">= 0.5"));
  rows.push(metric(label("p99 at the peak (16 connections, closed loop)"), peak.p99, "ms"));
  rows.push(metric(label("p50 at 80 % of peak (steady arrivals)"), steady.p50, "ms"));
  rows.push(metric(label("p99 at 80 % of peak (steady arrivals)"), steady.p99, "ms", "<= 25"));
  rows.push(
    metric(
      label("non-2xx answers under load"),
      peak.non2xx + steady.non2xx + peak.errors + steady.errors,
      "count",
      "<= 0",
    ),
  );
  rows.push(metric(label("store event-loop delay p99, steady run"), steadyLoopDelay, "ms", "<= 10"));
  rows.push(metric(label("store RSS under load (peak)"), peakRss, "MB", "<= 250"));
  // The generator shares the store's cores: what each request cost it, at the peak and in the steady run.
  rows.push(metric(label("load generator CPU per request, peak"), peak.generatorCpuMsPerRequest, "ms"));
  rows.push(metric(label("load generator CPU per request, steady"), steady.generatorCpuMsPerRequest, "ms"));
  await store.stop();

  const contactsTotal = quick ? 100_000 : 1_000_000;
  const entries = quick ? 10_000 : 100_000;
  const load = await runNode("large-data.mjs", [dialect, db.target, String(contactsTotal), String(entries)]);
  rows.push(metric(label(`bulk load ${contactsTotal} contacts + ${entries} entries`), load.seconds, "s"));

  store = await startStore({ dataDir: db.dataDir, databaseUrl: db.databaseUrl });
  const runs = quick ? 50 : 200;
  const addresses = [];
  for (let i = 0; i < 100; i += 1) {
    const n = 1 + ((i * 7919) % contactsTotal);
    if (i % 10 < 6 && n > contactsTotal / 10) addresses.push(`x.y.${n}@company1.bench.example`);
    else if (i % 10 < 8) addresses.push(`someone${i}@company${1 + (i % 100)}.bench.example`);
    else if (i % 10 === 8) addresses.push(`someone${i}@gmail.com`);
    else addresses.push(`nobody${i}@nowhere${i}.example`);
  }
  // Real addresses of real people: fetch a few through the API so the exact-match path is exercised.
  const people = await (
    await fetch(`${store.base}/api/v1/contacts?q=anna`, { headers: { authorization: `Bearer ${token}` } })
  ).json();
  people.items.slice(0, 60).forEach((c, i) => c.email && (addresses[i] = c.email));
  const match = await timed(store, token, "POST", "/api/v1/contacts/match", { addresses }, runs);
  rows.push(
    metric(
      label(`match 100 addresses / ${contactsTotal} contacts p50`),
      percentile(match, 50),
      "ms",
      "<= 10",
    ),
  );
  const history = await timed(
    store,
    token,
    "GET",
    "/api/v1/contacts/BC0000002/interactions",
    undefined,
    runs,
  );
  rows.push(
    metric(label(`history first page / ${entries} entries p50`), percentile(history, 50), "ms", "<= 10"),
  );
  const stats = await timed(store, token, "GET", "/api/v1/contacts/BC0000002/statistics", undefined, runs);
  rows.push(metric(label(`statistics / ${entries} entries p50`), percentile(stats, 50), "ms"));
  // The managers' report: a year that starts and ends mid-month (days at both ends, months between).
  const manager = devToken(store.env, "olga.manager@cronus.example", "manager");
  for (const by of ["salesperson", "template"]) {
    const report = await timed(
      store,
      manager,
      "GET",
      `/api/v1/statistics?by=${by}&from=2020-02-15&to=2021-02-14`,
      undefined,
      runs,
    );
    rows.push(
      metric(
        label(`report by ${by}, one year / ${entries} entries p50`),
        percentile(report, 50),
        "ms",
        "<= 10",
      ),
    );
  }
  await store.stop();

  if (dialect === "sqlite") {
    rmSync(db.dataDir, { recursive: true, force: true });
    rmSync(floorDb.dataDir, { recursive: true, force: true });
  }
  return rows;
}
