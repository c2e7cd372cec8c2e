// Runs the real store (the built `touchpoint` CLI) as its own process, on SQLite or PostgreSQL.
import { spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import pg from "pg";

export const root = new URL("../..", import.meta.url).pathname;
const cli = join(root, "bin", "touchpoint.js");

export const pgAdminUrl =
  process.env.TOUCHPOINT_BENCH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** A new empty PostgreSQL database for one benchmark run; answers its URL. */
export async function freshPgDatabase(name) {
  const admin = new pg.Client({ connectionString: pgAdminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(pgAdminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export function runCli(args, env) {
  const run = spawnSync(process.execPath, [cli, ...args], {
    env: { ...process.env, ...env },
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`touchpoint ${args.join(" ")} failed: ${run.stderr || run.stdout}`);
  return run.stdout.trim();
}

export function rssMb(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
    return kb / 1024;
  } catch {
    return Number.NaN;
  }
}

/**
 * The benchmarks measure what the store can do, not one user's allowance: one demo user sends every
 * request, so the per-user and per-tenant rates are set far above any load here (the buckets are still
 * checked on every request, so their cost is in the figures). Shedding keeps its default.
 */
export const BENCH_RATE_LIMITS = {
  TOUCHPOINT_RATE_LIMIT_USER: "1000000",
  TOUCHPOINT_RATE_BURST_USER: "1000000",
  TOUCHPOINT_RATE_LIMIT_TENANT: "1000000",
  TOUCHPOINT_RATE_BURST_TENANT: "1000000",
};

/** Starts `touchpoint serve` in dev auth and waits until /health answers; `cpu` pins it with taskset. */
export async function startStore({ dataDir, databaseUrl, static: staticDir, cpu, extraEnv = {} }) {
  const port = await freePort();
  const env = {
    ...process.env,
    ...BENCH_RATE_LIMITS,
    ...extraEnv,
    TOUCHPOINT_DATA: dataDir,
    TOUCHPOINT_AUTH: "dev",
  };
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  else delete env.DATABASE_URL;
  const serveArgs = [
    "serve",
    "--host",
    "127.0.0.1",
    "--port",
    String(port),
    ...(staticDir ? ["--static", staticDir] : []),
  ];
  // TOUCHPOINT_BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=…" profiles the store under the benchmark's load.
  const nodeArgs = (process.env.TOUCHPOINT_BENCH_NODE_ARGS ?? "").split(" ").filter(Boolean);
  const command = [process.execPath, ...nodeArgs, cli, ...serveArgs];
  const pinned = cpu === undefined ? command : ["taskset", "-c", String(cpu), ...command];
  const child = spawn(pinned[0], pinned.slice(1), { env, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i += 1) {
    if (child.exitCode !== null) throw new Error(`store exited: ${stderr}`);
    try {
      const res = await fetch(`${base}/api/v1/health`);
      if (res.ok) break;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    base,
    pid: child.pid,
    env,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
    },
  };
}

/** A dev bearer token for a demo user, from the CLI. */
export function devToken(env, user = "alex.rivera@cronus.example", role = "user") {
  return runCli(["token", "--user", user, "--role", role], env).split(/\s+/).pop();
}
