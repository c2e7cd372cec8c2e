// `npm run bench [-- --quick] [-- --only store|addin]`: every budget of DESIGN §7, measured on this
// machine, printed as one table and written to bench/results/latest.json.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { root } from "./lib/store-process.mjs";
import { printTable, resultsFile, writeResults } from "./lib/report.mjs";
import { storeBench } from "./store-bench.mjs";
import { addinBench } from "./addin-bench.mjs";
import { bulkBench } from "./import-export-bench.mjs";
import { cpuPlacement } from "./lib/cpus.mjs";

const args = process.argv.slice(2);
const quick = args.includes("--quick");
const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : undefined;

const needsAddin = !only || only === "addin";
if (!existsSync(join(root, "build", "store")) || (needsAddin && !existsSync(join(root, "dist")))) {
  console.error("building the store and the add-in first …");
  // `build` builds both: the add-in, then the store.
  const run = spawnSync("npm", ["run", "--silent", "build"], { cwd: root, stdio: "inherit" });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

const rows = [];
const started = Date.now();
const elapsed = () => `${Math.round((Date.now() - started) / 1000)} s`;
if (!only || only === "store") {
  for (const dialect of ["sqlite", "postgres"]) {
    console.error(`store on ${dialect} … (${elapsed()})`);
    rows.push(...(await storeBench(dialect, { quick })));
    console.error(`import and export on ${dialect} … (${elapsed()})`);
    rows.push(...(await bulkBench(dialect, { quick })));
  }
}
if (!only || only === "addin") {
  console.error(`add-in … (${elapsed()})`);
  rows.push(...(await addinBench({ quick })));
}
printTable(rows);
console.log(`\nCPUs: ${cpuPlacement()}`);
writeResults(rows);
const over = rows.filter((r) => !r.ok);
console.log(
  `\n${rows.length} figures in ${Math.round((Date.now() - started) / 1000)} s; ${over.length} over budget; written to ${resultsFile}`,
);
process.exit(over.length > 0 ? 1 : 0);
