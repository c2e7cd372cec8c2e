// The client side of the import and export benchmarks, run on its own CPU (taskset) beside the store:
// `import` uploads a contacts CSV and `export` streams the CSV export, both while probing /health every
// 20 ms.
// Both sample the store's RSS every 100 ms. Usage: node bench/import-export-client.mjs JSON
import { readFileSync } from "node:fs";
import { percentile } from "./lib/report.mjs";
import { rssMb } from "./lib/store-process.mjs";

const { mode, base, token, file, storePid } = JSON.parse(process.argv[2]);
const auth = { authorization: `Bearer ${token}` };
let peakRss = 0;
/** The store's CPU time so far (user + system), in ms, from /proc. */
const storeCpuMs = () => {
  const fields = readFileSync(`/proc/${storePid}/stat`, "utf8").split(") ")[1].split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
};
const cpuBefore = storeCpuMs();
const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssMb(storePid))), 100);

/**
 * Probes /health every 20 ms until `stop()`; each probe is timed from when it was due, so a probe held up
 * behind a stalled store counts in full, and a probe that fails is counted with its time to failure.
 */
function probeHealth() {
  const health = [];
  let healthErrors = 0;
  let probing = true;
  const running = (async () => {
    let due = performance.now();
    while (probing) {
      await fetch(`${base}/api/v1/health`)
        .then((r) => r.arrayBuffer())
        .catch(() => (healthErrors += 1));
      health.push(performance.now() - due);
      due += 20;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      else due = performance.now();
    }
  })();
  return async function stop() {
    probing = false;
    await running;
    return { healthP99: percentile(health, 99), healthProbes: health.length, healthErrors };
  };
}

async function runImport() {
  const body = readFileSync(file);
  const stopProbing = probeHealth();
  const started = performance.now();
  const res = await fetch(`${base}/api/v1/import/contacts`, {
    method: "POST",
    headers: { ...auth, "content-type": "text/csv" },
    body,
  });
  const report = await res.json();
  const seconds = (performance.now() - started) / 1000;
  const health = await stopProbing();
  if (!res.ok) throw new Error(`import answered ${res.status}: ${JSON.stringify(report)}`);
  return { seconds, imported: report.imported, rejected: report.rejected.length, ...health };
}

async function runExport() {
  const stopProbing = probeHealth();
  const started = performance.now();
  const res = await fetch(`${base}/api/v1/export?format=csv`, { headers: auth });
  if (!res.ok) throw new Error(`export answered ${res.status}`);
  let bytes = 0;
  let lines = 0;
  for await (const chunk of res.body) {
    bytes += chunk.length;
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines += 1;
  }
  const seconds = (performance.now() - started) / 1000;
  return { seconds, bytes, rows: lines - 1, ...(await stopProbing()) };
}

const result = mode === "import" ? await runImport() : await runExport();
clearInterval(sampler);
console.log(JSON.stringify({ ...result, peakRss, storeCpuSeconds: (storeCpuMs() - cpuBefore) / 1000 }));
