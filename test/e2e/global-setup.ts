import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { writeE2eStore } from "./e2e-store";

const root = resolve(__dirname, "../..");
const cli = join(root, "bin", "touchpoint.js");

/** The e2e store process, kept for global teardown (same process as this setup). */
export const storeProcessKey = "__touchpointE2eStore";

/**
 * Starts the real store on the production build for the browser suite: builds first when `dist/` or
 * `build/store` is missing, then `migrate`, `seed --demo` and `serve --static dist` on a free port.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.TOUCHPOINT_E2E_URL) return;
  ensureBuilt("dist/harness.html", "build");
  ensureBuilt("dist/office-fake.js", "build");
  ensureBuilt("build/store", "build:store");
  if (!existsSync(cli)) throw new Error(`${cli} is missing: the store CLI is needed to run the e2e suite.`);

  const dataDir = mkdtempSync(join(tmpdir(), "touchpoint-e2e-data-"));
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

function ensureBuilt(path: string, script: string): void {
  if (existsSync(join(root, path))) return;
  process.stderr.write(`\ne2e: ${path} is missing, running npm run ${script}\n`);
  const run = spawnSync("npm", ["run", "--silent", script], { cwd: root, stdio: "inherit" });
  if (run.status !== 0 || !existsSync(join(root, path))) {
    throw new Error(`npm run ${script} did not produce ${path}; the e2e suite needs the production build.`);
  }
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
