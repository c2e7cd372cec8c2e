// `npm test`'s lock check: the lock installs on every platform and every Node version `engines` admits.
// - Each locked package's optional dependencies are locked too. npm leaves out another platform's native
//   binaries (@swc/core-darwin-arm64, …) only when the lock was edited or produced on one platform by hand,
//   and then `npm ci` refuses the lock, or installs on macOS or Windows without the binary.
// - Each locked package's own `engines.node` admits every version our `engines.node` admits.
import { readFileSync } from "node:fs";
import semver from "semver";

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
const lock = JSON.parse(readFileSync(new URL("../package-lock.json", import.meta.url), "utf8"));
const problems = [];

if (lock.lockfileVersion !== 3) problems.push(`lockfileVersion is ${lock.lockfileVersion}, expected 3`);
const packages = lock.packages ?? {};

/** Where Node would find `name` from the package at `path`: its own node_modules, then each parent's. */
function resolveFrom(path, name) {
  let base = path;
  for (;;) {
    const candidate = `${base === "" ? "" : `${base}/`}node_modules/${name}`;
    if (candidate in packages) return candidate;
    if (base === "") return undefined;
    const cut = base.lastIndexOf("/node_modules/");
    base = cut < 0 ? "" : base.slice(0, cut);
  }
}

for (const [path, entry] of Object.entries(packages)) {
  for (const name of Object.keys(entry.optionalDependencies ?? {})) {
    if (resolveFrom(path, name) === undefined)
      problems.push(`${path || "package.json"}: optional dependency ${name} is not in the lock`);
  }
}

const ours = pkg.engines?.node;
if (typeof ours !== "string" || semver.validRange(ours) === null) {
  problems.push(`package.json engines.node is missing or not a range: ${ours}`);
} else {
  for (const [path, entry] of Object.entries(packages)) {
    const theirs = entry.engines?.node;
    if (path === "" || typeof theirs !== "string" || semver.validRange(theirs) === null) continue;
    if (!semver.subset(ours, theirs))
      problems.push(`${path}@${entry.version} needs Node ${theirs}, but engines.node admits ${ours}`);
  }
  if (!semver.satisfies(process.version, ours))
    problems.push(`this Node (${process.version}) is outside engines.node ${ours}`);
}

if (problems.length > 0) {
  console.error(`package-lock.json: ${problems.length} problem(s)`);
  for (const problem of problems) console.error(`  - ${problem}`);
  console.error("Regenerate the lock with npm (never by hand), or change the dependency that needs it.");
  process.exit(1);
}
console.log(
  `package-lock.json: ${Object.keys(packages).length - 1} packages, every platform's binaries, Node ${ours}`,
);
