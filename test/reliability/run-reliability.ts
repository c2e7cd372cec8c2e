// `npm run test:reliability`: the full reliability suite on SQLite and PostgreSQL (see
// reliability-suite.ts), one table at the end; exits non-zero when anything was lost, duplicated, 5xx,
// written by a refused request, or not replayable. `-- --quick` runs the size npm test runs.
import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { allHeld, FULL, QUICK, reliabilityTable, runReliability } from "./reliability-suite";

async function main(): Promise<number> {
  const url = process.env.TOUCHPOINT_TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
  process.env.TOUCHPOINT_TEST_DATABASE_URL = url;
  process.env.TOUCHPOINT_TEST_RUN ??= randomBytes(4).toString("hex");
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    process.env.TOUCHPOINT_TEST_PG = "1";
  } catch (error) {
    console.error(`PostgreSQL is not reachable at ${url}: ${String(error)}. The suite needs it.`);
    return 1;
  } finally {
    await client.end().catch(() => undefined);
  }
  const size = process.argv.includes("--quick") ? QUICK : FULL;
  const started = Date.now();
  const reports = await runReliability(size, (line) => console.error(line));
  console.log(`\n${reliabilityTable(reports)}\n`);
  for (const r of reports) {
    const samples = r.fuzz.samples.slice(0, 5);
    if (samples.length > 0) console.log(`${r.database} fuzz samples:\n  ${samples.join("\n  ")}`);
    if (r.kill.replayFailures > 0)
      console.log(`${r.database}: ${r.kill.replayFailures} acknowledged keys did not replay`);
  }
  const held = allHeld(reports);
  console.log(`${held ? "held" : "FAILED"} in ${Math.round((Date.now() - started) / 1000)} s`);
  return held ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
