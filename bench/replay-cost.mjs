// What a replay costs against a first write: the same closed loop (16 keep-alive connections) first
// logs new items for `seconds`, then sends every one of those requests again with its key. The store runs
// on its own CPU; `npm run bench` runs this loop on the other one.
//   node bench/replay-cost.mjs [sqlite|postgres] [--seconds 5]
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { Agent, request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { devToken, freshPgDatabase, runCli, startStore } from "./lib/store-process.mjs";
import { STORE_CPU } from "./lib/cpus.mjs";

const args = process.argv.slice(2);
const dialect = args.find((a) => a === "sqlite" || a === "postgres") ?? "sqlite";
const seconds = args.includes("--seconds") ? Number(args[args.indexOf("--seconds") + 1]) : 5;
const agent = new Agent({ keepAlive: true, maxSockets: 16 });

function post(base, token, key, body) {
  return new Promise((resolve, reject) => {
    const req = request(`${base}/api/v1/interactions`, {
      method: "POST",
      agent,
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${token}`,
        "idempotency-key": key,
      },
    });
    req.on("response", (res) => {
      res.resume();
      res.on("end", () =>
        resolve({ status: res.statusCode, replayed: res.headers["idempotent-replayed"] === "true" }),
      );
    });
    req.on("error", reject);
    req.end(body);
  });
}

/** 16 loops sending the next request as soon as the last is answered, for `seconds` or until `jobs` run out. */
async function closedLoop(next, send) {
  const until = performance.now() + seconds * 1000;
  let done = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      for (let job = next(); job !== undefined && performance.now() < until; job = next()) {
        await send(job);
        done += 1;
      }
    }),
  );
  return done / ((performance.now() - started) / 1000);
}

const dataDir = mkdtempSync(join(tmpdir(), "tp-replay-"));
const databaseUrl = dialect === "postgres" ? await freshPgDatabase("touchpoint_replay") : undefined;
const env = { TOUCHPOINT_DATA: dataDir, DATABASE_URL: databaseUrl ?? "" };
runCli(["migrate"], env);
runCli(["seed", "--demo"], env);
const store = await startStore({ dataDir, databaseUrl, cpu: STORE_CPU });
try {
  const token = devToken(store.env);
  let n = 0;
  const sent = [];
  const fresh = () => {
    n += 1;
    return {
      key: randomUUID(),
      body: JSON.stringify({
        source: {
          kind: "email",
          key: `msgid:replay-${n}@bench.example`,
          subject: `Replay ${n}`,
          occurredAt: new Date().toISOString(),
        },
        templateCode: "EMAIL",
        contacts: ["CT000002"],
      }),
    };
  };
  await closedLoop(fresh, (job) => post(store.base, token, job.key, job.body)); // warm-up
  sent.length = 0;
  const firstPerSecond = await closedLoop(fresh, async (job) => {
    const answer = await post(store.base, token, job.key, job.body);
    if (answer.status === 201) sent.push(job);
  });
  let replays = 0;
  let i = 0;
  const replayPerSecond = await closedLoop(
    () => sent[i++],
    async (job) => {
      const answer = await post(store.base, token, job.key, job.body);
      if (answer.replayed) replays += 1;
    },
  );
  console.log(
    JSON.stringify({
      dialect,
      firstWritesPerSecond: Math.round(firstPerSecond),
      replaysPerSecond: Math.round(replayPerSecond),
      replayed: replays,
      replayCostRatio: Number((firstPerSecond / replayPerSecond).toFixed(2)),
    }),
  );
} finally {
  agent.destroy();
  await store.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
