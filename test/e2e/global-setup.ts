import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { writeE2eStore } from "./e2e-store";

const root = resolve(__dirname, "../..");
const cli = join(root, "bin", "touchpoint.js");

/** The e2e store process, kept for global teardown (same process as this setup). */
export const storeProcessKey = "__touchpointE2eStore";
export const storeDataKey = "__touchpointE2eData";

/**
 * Starts the real store on the production build for the browser suite: builds first when `dist/` or
 * `build/store` is missing or stale, then `migrate`, `seed --demo` and `serve --static dist` on a free port.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.TOUCHPOINT_E2E_URL) return;
  ensureBuilt("dist/office-fake.js", "build", [
    "src/addin",
    "src/harness",
    "src/domain",
    "webpack.config.js",
  ]);
  ensureBuilt("build/store/cli.js", "build:store", ["src/store", "src/domain", "src/contracts"]);
  if (!existsSync(cli)) throw new Error(`${cli} is missing: the store CLI is needed to run the e2e suite.`);

  const dataDir = mkdtempSync(join(tmpdir(), "touchpoint-e2e-data-"));
  (globalThis as Record<string, unknown>)[storeDataKey] = dataDir;
  runCli(["migrate", "--data", dataDir]);
  runCli(["seed", "--demo", "--data", dataDir]);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    process.execPath,
    [cli, "serve", "--port", String(port), "--data", dataDir, "--static", join(root, "dist")],
    {
      cwd: root,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, NODE_ENV: "production" },
    },
  );
  const output: string[] = [];
  child.stdout?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  (globalThis as Record<string, unknown>)[storeProcessKey] = child;
  await waitForHealth(url, child, output);
  writeE2eStore({ url, dataDir, pid: child.pid });
}

/** Builds when the output is missing or older than its sources, so the suite never tests stale code. */
function ensureBuilt(path: string, script: string, sources: string[]): void {
  const output = join(root, path);
  const fresh =
    existsSync(output) &&
    statSync(output).mtimeMs >= Math.max(...sources.map((dir) => newest(join(root, dir))));
  if (fresh) return;
  process.stderr.write(`\ne2e: ${path} is missing or older than its sources, running npm run ${script}\n`);
  const run = spawnSync("npm", ["run", "--silent", script], { cwd: root, stdio: "inherit" });
  if (run.status !== 0 || !existsSync(join(root, path))) {
    throw new Error(`npm run ${script} did not produce ${path}; the e2e suite needs the production build.`);
  }
}

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(stats.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

function runCli(args: string[]): void {
  const run = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: "utf8" });
  if (run.status !== 0)
    throw new Error(`touchpoint ${args.join(" ")} failed (${run.status}):\n${run.stderr}${run.stdout}`);
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, output: string[]): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`touchpoint serve exited with ${child.exitCode}:\n${output.join("")}`);
    try {
      const response = await fetch(`${url}/api/v1/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolveWait) => setTimeout(resolveWait, 200));
  }
  child.kill("SIGTERM");
  throw new Error(`touchpoint serve did not answer /api/v1/health within 30 s:\n${output.join("")}`);
}
