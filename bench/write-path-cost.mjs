// What one POST /interactions costs the store: logs per second in a closed loop (16 keep-alive
// connections) and the store process's own CPU per log (utime + stime from /proc), which a busy shared
// machine disturbs far less than it disturbs throughput. SQLite runs on tmpfs when there is one, so
// the disk's fsync time (the floor's business) stays out of the figure.
//   node bench/write-path-cost.mjs sqlite|postgres [--seconds 8]
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { devToken, freshPgDatabase, root, runCli, startStore } from "./lib/store-process.mjs";

const args = process.argv.slice(2);
const dialect = args.find((a) => a === "sqlite" || a === "postgres") ?? "sqlite";
const seconds = args.includes("--seconds") ? Number(args[args.indexOf("--seconds") + 1]) : 8;

/** CPU the process has used, in ms (clock ticks are 1/100 s on Linux). */
const cpuMs = (pid) => {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
};

function generate(options) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [join(root, "bench", "load-interactions.mjs"), JSON.stringify(options)],
      {
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    let out = "";
    child.stdout.on("data", (c) => (out += c));
    child.on("exit", (code) =>
      code === 0
        ? resolve(JSON.parse(out.trim().split("\n").pop()))
        : reject(new Error(`generator exited ${code}`)),
    );
  });
}

const dataDir = mkdtempSync(
  join(dialect === "sqlite" && existsSync("/dev/shm") ? "/dev/shm" : tmpdir(), "tp-cost-"),
);
const databaseUrl = dialect === "postgres" ? await freshPgDatabase("touchpoint_cost") : undefined;
const env = { TOUCHPOINT_DATA: dataDir, DATABASE_URL: databaseUrl ?? "" };
runCli(["migrate"], env);
runCli(["seed", "--demo"], env);
const store = await startStore({ dataDir, databaseUrl });
try {
  const token = devToken(store.env);
  const list = await (
    await fetch(`${store.base}/api/v1/contacts?q=`, { headers: { authorization: `Bearer ${token}` } })
  ).json();
  const contacts = list.items.filter((c) => !c.privacyBlocked).map((c) => c.no);
  await generate({ base: store.base, token, contacts, seconds: 3 }); // warm-up
  const before = cpuMs(store.pid);
  const run = await generate({ base: store.base, token, contacts, seconds });
  const used = cpuMs(store.pid) - before;
  console.log(
    JSON.stringify({
      dialect,
      logsPerSecond: Math.round(run.requestsPerSecond),
      storeCpuMsPerLog: Number((used / run.total).toFixed(3)),
      non2xx: run.non2xx,
    }),
  );
} finally {
  await store.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
