// `npm test`: everything a user needs to trust a change, in one command, ending with one summary line.
// Steps run in order; a failed step does not hide the others.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, mkdirSync } from "node:fs";

const args = process.argv.slice(2);
const quick = args.includes("--no-e2e");
const steps = [
  ["lock file", "node", ["scripts/check-lock.mjs"]],
  ["type check", "npx", ["tsc", "--noEmit", "-p", "tsconfig.json"]],
  ["type check (domain, no DOM/Node)", "npx", ["tsc", "--noEmit", "-p", "src/domain/tsconfig.json"]],
  ["lint", "npx", ["eslint", "--max-warnings=0", "."]],
  ["format", "npx", ["prettier", "--check", "--log-level=warn", "."]],
  // knip: an unused file, export, dependency or binary fails the run (knip.json names the entry points).
  ["dead code", "npx", ["knip", "--no-progress"]],
  ["manifests generated (no drift)", "node", ["scripts/make-manifest.mjs", "--check"]],
  ["manifests valid (XML, unified)", "node", ["scripts/validate-manifest.mjs"]],
  ["build", "npm", ["run", "--silent", "build"]],
];
const jestResults = "build/jest-results.json";
mkdirSync("build", { recursive: true });
const projects = quick ? ["unit", "store"] : ["unit", "store", "e2e"];
steps.push([
  "jest",
  "npx",
  ["jest", "--selectProjects", ...projects, "--json", `--outputFile=${jestResults}`, "--maxWorkers=2"],
]);
// Its own step, after jest: it loads the machine (kill -9 under sustained logging, fuzzing) and must not
// starve the timed tests running beside it. The full size is `npm run test:reliability`.
steps.push(["reliability (quick)", "npx", ["tsx", "test/reliability/run-reliability.ts", "--quick"]]);

const outcome = [];
for (const [name, cmd, cmdArgs] of steps) {
  if (quick && name === "build") continue;
  const started = Date.now();
  process.stdout.write(`\n▶ ${name}\n`);
  const run = spawnSync(cmd, cmdArgs, { stdio: "inherit", env: process.env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  outcome.push({ name, ok: run.status === 0, seconds });
}

let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(jestResults)) {
  const report = JSON.parse(readFileSync(jestResults, "utf8"));
  passed = report.numPassedTests;
  failed = report.numFailedTests + report.numRuntimeErrorTestSuites;
  skipped = report.numPendingTests + report.numTodoTests;
}
const failedSteps = outcome.filter((s) => !s.ok);
failed += failedSteps.filter((s) => s.name !== "jest").length;
console.log("\n── npm test ─────────────────────────────────────────");
for (const s of outcome) console.log(`${s.ok ? "✔" : "✘"} ${s.name.padEnd(34)} ${s.seconds}s`);
if (failedSteps.length > 0) console.log(`failed steps: ${failedSteps.map((s) => s.name).join(", ")}`);
console.log(`Tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failedSteps.length > 0 ? 1 : 0);
