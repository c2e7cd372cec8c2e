// Store benchmarks on one database: POST /interactions throughput against its floor; latency in steady
// (open-loop) runs at 50 % of the peak and at 500 logs/s (the budgets), 70 % and 80 % (information); the
// store's event-loop delay; RSS; what a replay costs against a first write; then match, a contact's and a
// company's history and statistics against bulk data. The store runs on its own CPU (bench/lib/cpus.mjs).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { devToken, freshPgDatabase, rssMb, runCli, startStore } from "./lib/store-process.mjs";
import { metric, percentile } from "./lib/report.mjs";
import { CLIENT_CPU, STORE_CPU, runPinned } from "./lib/cpus.mjs";

const runNode = (script, args) => runPinned(script, args, CLIENT_CPU);

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
  let store = await startStore({ dataDir: db.dataDir, databaseUrl: db.databaseUrl, cpu: STORE_CPU });
  const token = devToken(store.env);
  const list = await (
    await fetch(`${store.base}/api/v1/contacts?q=`, { headers: { authorization: `Bearer ${token}` } })
  ).json();
  const contacts = list.items.filter((c) => !c.privacyBlocked).map((c) => c.no);
  const load = (extra) =>
    runNode("load-interactions.mjs", [JSON.stringify({ base: store.base, token, contacts, ...extra })]);

  // Warm-up (not measured): the first seconds of a fresh process are JIT compilation, not throughput. A
  // quick run warms as long as a full one: after 2 s the peak read ~25 % low (SQLite, three interleaved
  // pairs of 5 s peaks: 1,105 / 995 / 972 against 1,378 / 1,288 / 1,510 req/s after 5 s), and so did the
  // steady rates taken from it.
  await load({ seconds: 5 });
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssMb(store.pid))), 100);
  const peak = await load({ seconds });
  rows.push(metric(label("POST /interactions throughput"), peak.requestsPerSecond, "req/s"));
  // The budget: at least the floor on SQLite, twice it on PostgreSQL (its floor pays a round trip per
  // transaction that the store's group commit shares).
  const floorRatio = dialect === "sqlite" ? ">= 1" : ">= 2";
  rows.push(
    metric(label("throughput / floor"), peak.requestsPerSecond / floor.perSecond, "ratio", floorRatio),
  );
  rows.push(metric(label("p99 at the peak (16 connections, closed loop)"), peak.p99, "ms"));
  let non2xx = peak.non2xx + peak.errors;
  // Steady arrivals, latency timed from when each request was due (issue 16's decision): the budgets hold
  // at 50 % of the measured peak and at a fixed 500 logs/s; 70 % and 80 % are reported as information.
  // A quick run measures the budgets only: the information rows would take it past its 3 minutes.
  const steadyRuns = [
    { name: "50 % of peak", rate: peak.requestsPerSecond * 0.5, budget: "<= 25", loopBudget: "<= 10" },
    { name: "500 logs/s", rate: 500, budget: "<= 25" },
    ...(quick
      ? []
      : [
          { name: "70 % of peak", rate: peak.requestsPerSecond * 0.7 },
          { name: "80 % of peak", rate: peak.requestsPerSecond * 0.8 },
        ]),
  ];
  for (const run of steadyRuns) {
    await eventLoopDelayP99(store, token); // the histogram restarts at each scrape: this one opens the window
    const steady = await load({ seconds, rate: Math.max(1, Math.floor(run.rate)) });
    const loopDelay = await eventLoopDelayP99(store, token);
    non2xx += steady.non2xx + steady.errors;
    rows.push(metric(label(`p50 at ${run.name} (steady arrivals)`), steady.p50, "ms"));
    rows.push(metric(label(`p99 at ${run.name} (steady arrivals)`), steady.p99, "ms", run.budget));
    rows.push(metric(label(`store event-loop delay p99 at ${run.name}`), loopDelay, "ms", run.loopBudget));
    if (run.loopBudget) {
      rows.push(
        metric(label(`load generator CPU per request at ${run.name}`), steady.generatorCpuMsPerRequest, "ms"),
      );
    }
  }
  clearInterval(sampler);
  rows.push(metric(label("non-2xx answers under load"), non2xx, "count", "<= 0"));
  rows.push(metric(label("store RSS under load (peak)"), peakRss, "MB", "<= 250"));
  rows.push(metric(label("load generator CPU per request, peak"), peak.generatorCpuMsPerRequest, "ms"));
  await store.stop();

  // A replay answers from the stored answer: it must cost no more than the first write did.
  const replay = await runNode("replay-cost.mjs", [dialect, "--seconds", String(quick ? 3 : 10)]);
  rows.push(metric(label("replays/s against first writes/s (same loop)"), replay.replaysPerSecond, "req/s"));
  rows.push(metric(label("replay cost / first-write cost"), replay.replayCostRatio, "ratio", "<= 1"));

  const contactsTotal = quick ? 100_000 : 1_000_000;
  const entries = quick ? 10_000 : 100_000;
  const companyEntries = quick ? 50_000 : 1_000_000;
  const bulk = await runNode("large-data.mjs", [
    dialect,
    db.target,
    String(contactsTotal),
    String(entries),
    String(companyEntries),
  ]);
  rows.push(
    metric(
      label(`bulk load ${contactsTotal} contacts + ${entries + companyEntries} entries`),
      bulk.seconds,
      "s",
    ),
  );

  store = await startStore({ dataDir: db.dataDir, databaseUrl: db.databaseUrl, cpu: STORE_CPU });
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
  rows.push(metric(label(`statistics / ${entries} entries p50`), percentile(stats, 50), "ms", "<= 5"));
  // A company's timeline: every entry whose Contact Company No. is the company (5,000 people).
  const companyHistory = await timed(
    store,
    token,
    "GET",
    "/api/v1/contacts/BC0000003/interactions",
    undefined,
    runs,
  );
  rows.push(
    metric(
      label(`company history first page / ${companyEntries} entries, 5,000 people p50`),
      percentile(companyHistory, 50),
      "ms",
      "<= 10",
    ),
  );
  const companyStats = await timed(
    store,
    token,
    "GET",
    "/api/v1/contacts/BC0000003/statistics",
    undefined,
    runs,
  );
  rows.push(
    metric(
      label(`company statistics / ${companyEntries} entries p50`),
      percentile(companyStats, 50),
      "ms",
      "<= 5",
    ),
  );
  // The managers' report: a year that starts and ends mid-month (days at both ends, months between).
  const manager = devToken(store.env, "olga.manager@cronus.example", "manager");
  // DESIGN §7: statistics per template, group and salesperson come from the maintained buckets, p50 ≤ 5 ms.
  for (const by of ["group", "template", "salesperson"]) {
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
        label(`report by ${by}, one year / ${entries + companyEntries} entries p50`),
        percentile(report, 50),
        "ms",
        "<= 5",
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
