import { Client } from "pg";

/**
 * Drops this run's PostgreSQL schemas once every store test file is done. Not file by file: Kysely's
 * migrator reads the catalogue of every schema, and a schema dropped while another file migrates makes
 * that migration fail ("schema … does not exist").
 */
export default async function storeGlobalTeardown(): Promise<void> {
  const run = process.env.TOUCHPOINT_TEST_RUN;
  if (process.env.TOUCHPOINT_TEST_PG !== "1" || run === undefined) return;
  const client = new Client({ connectionString: process.env.TOUCHPOINT_TEST_DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      "select nspname as name from pg_namespace where nspname like $1",
      [`t\\_${run}\\_%`],
    );
    for (const { name } of rows) await client.query(`drop schema if exists "${name}" cascade`);
  } finally {
    await client.end();
  }
}
