import { randomBytes } from "node:crypto";
import { Client } from "pg";

/** Finds out once whether PostgreSQL is reachable, so the store suite runs on it or says loudly why not. */
export default async function storeGlobalSetup(): Promise<void> {
  const url = process.env.TOUCHPOINT_TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
  process.env.TOUCHPOINT_TEST_DATABASE_URL = url;
  // Each test file works in its own schema, named after this run; the teardown drops them all at the end.
  process.env.TOUCHPOINT_TEST_RUN ??= randomBytes(4).toString("hex");
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("select 1");
    process.env.TOUCHPOINT_TEST_PG = "1";
  } catch (error) {
    process.env.TOUCHPOINT_TEST_PG = "0";
    const banner = "!".repeat(78);
    const why = error instanceof Error ? error.message : String(error);
    process.stderr.write(
      `\n${banner}\n!! PostgreSQL is NOT reachable at ${url} (${why}).\n` +
        `!! The store suite runs on SQLite ONLY. Start PostgreSQL or set TOUCHPOINT_TEST_DATABASE_URL.\n${banner}\n\n`,
    );
    if (process.env.CI) throw new Error(`CI must run the PostgreSQL suite: ${why}`);
  } finally {
    await client.end().catch(() => undefined);
  }
}
