// `npm start`: build what is missing or stale, migrate, seed the demo data on first run, then serve the
// store and the built add-in on http://127.0.0.1:3000 with dev auth (loopback only).
// `npm run start:https` (--https) serves https://localhost:3000 with office-addin-dev-certs' trusted
// certificate instead: the address the committed manifests name, for sideloading into real Outlook.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { startTls } from "./start-tls.mjs";

const root = resolve(import.meta.dirname ?? new URL(".", import.meta.url).pathname, "..");
const require = createRequire(import.meta.url);
const dataDir = resolve(root, process.env.TOUCHPOINT_DATA ?? ".data");
const port = process.env.PORT ?? "3000";
const host = "127.0.0.1";

/** The newest modification time under the given files and folders (0 when none exist). */
function newest(paths) {
  let latest = 0;
  const visit = (path) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
    else latest = Math.max(latest, stat.mtimeMs);
  };
  paths.forEach((p) => visit(join(root, p)));
  return latest;
}

function run(label, command, args) {
  process.stdout.write(`▶ ${label}\n`);
  return (
    spawnSync(command, args, { cwd: root, stdio: "inherit", shell: process.platform === "win32" }).status ===
    0
  );
}

const shared = ["src/domain", "src/contracts", "package.json", "tsconfig.json"];
const storeSources = newest(["src/store", "tsconfig.store.json", ...shared]);
if (newest(["build/store"]) < storeSources) {
  if (!run("building the store (npm run build:store)", "npx", ["tsc", "-p", "tsconfig.store.json"])) {
    console.error("The store did not build; see the errors above.");
    process.exit(1);
  }
}
const addinSources = newest([
  "src/addin",
  "src/harness",
  "assets",
  "manifest.xml",
  "manifest.json",
  "manifest.ru-ru.json",
  "webpack.config.js",
  ...shared,
]);
if (newest(["dist"]) < addinSources) {
  if (!run("building the add-in and harness (npm run build)", "npx", ["webpack", "--mode", "production"])) {
    console.warn("The add-in did not build: serving the API only.");
  }
}

const { runCli } = require(join(root, "build/store/cli.js"));
const common = [
  "--data",
  dataDir,
  ...(process.env.DATABASE_URL ? ["--database-url", process.env.DATABASE_URL] : []),
];
if ((await runCli(["migrate", ...common])) !== 0) process.exit(1);

const seededMarker = join(dataDir, ".demo-seeded");
if (!existsSync(seededMarker)) {
  if ((await runCli(["seed", "--demo", ...common])) !== 0) process.exit(1);
  writeFileSync(seededMarker, `${new Date().toISOString()}\n`);
}

const dist = join(root, "dist");
let secure;
try {
  secure = await startTls({ https: process.argv.includes("--https"), env: process.env });
} catch (error) {
  console.error(`No trusted localhost certificate: ${error.message ?? error}`);
  console.error("Install one with `npx office-addin-dev-certs install`, or run `npm start` for plain http.");
  process.exit(1);
}
const serveArgs = [
  "serve",
  "--host",
  host,
  "--port",
  port,
  "--auth",
  "dev",
  ...common,
  ...(existsSync(dist) ? ["--static", dist] : []),
  ...(secure.tls ? ["--tls-cert", secure.tls.cert, "--tls-key", secure.tls.key] : []),
];
if ((await runCli(serveArgs)) !== 0) process.exit(1);

// The certificate names localhost (Outlook loads https://localhost:3000); the server listens on 127.0.0.1.
const shown = `${secure.scheme}://${secure.tls ? "localhost" : host}:${port}`;
console.log(`
Touchpoint is running.

  Harness (Outlook in a browser):  ${shown}/harness.html${existsSync(dist) ? "" : "   (add-in not built: API only)"}
  API and its OpenAPI document:     ${shown}/api/v1/openapi.json
  A dev token for API calls:        node bin/touchpoint.js token --user alex.rivera@cronus.example --role admin --data ${dataDir}

  Real Outlook: the manifests load https://localhost:3000. \`npm run sideload\` starts this server with a trusted
  certificate and opens desktop Outlook (Windows); \`npm run start:https\` serves it for Outlook on the web or
  on a Mac, where you add manifest.xml: Get Add-ins → My add-ins → Add a custom add-in → Add from file.

Stop with Ctrl+C (in-flight requests finish first).
`);
