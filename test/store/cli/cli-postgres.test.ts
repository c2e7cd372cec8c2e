import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "pg";
import { runCli, type CliIo } from "../../../src/store/cli";

const url = process.env.TOUCHPOINT_TEST_DATABASE_URL;
const enabled = process.env.TOUCHPOINT_TEST_PG === "1" && url !== undefined;
const schema = `cli_${randomBytes(6).toString("hex")}`;

async function admin(statement: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: CliIo = {
    stdout: async (t) => void (out += t),
    stderr: (t) => void (err += t),
    env: {},
    handleSignals: false,
  };
  return { code: await runCli(args, io), out, err };
}

(enabled ? describe : describe.skip)("touchpoint command line on PostgreSQL (--database-url)", () => {
  let dataDir: string;
  // The URL's `options` puts this file in a schema of its own, as DATABASE_URL can for any deployment.
  const databaseUrl = () => {
    const parsed = new URL(url ?? "");
    parsed.searchParams.set("options", `-c search_path=${schema}`);
    return parsed.toString();
  };
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "touchpoint-cli-pg-"));
    await admin(`create schema ${schema}`);
  });
  afterAll(async () => {
    await admin(`drop schema if exists ${schema} cascade`);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("migrates, seeds twice without change, imports and exports", async () => {
    const db = ["--data", dataDir, "--database-url", databaseUrl()];
    expect(await cli("migrate", ...db)).toMatchObject({
      code: 0,
      out: "Applied: 0001-initial-schema, 0002-hardening, 0003-interaction-statistics, 0004-workspace, 0005-lifecycle, 0006-auto-log-policy, 0007-user-setup, 0008-sales-links, 0009-todos-and-comments, 0010-statistics-report-index\n",
    });
    expect((await cli("seed", "--demo", ...db)).out).toContain("331 contacts (0 already there)");
    expect((await cli("seed", "--demo", ...db)).out).toContain("0 contacts (331 already there)");
    const imported = await cli(
      "import",
      "contacts",
      join(__dirname, "../../fixtures/contacts/people.vcf"),
      ...db,
    );
    expect(imported.out).toContain("imported 0, updated 2, unchanged 2");
    expect(await cli("export", "interactions", "--format", "json", ...db)).toMatchObject({
      code: 0,
      out: "[]\n",
    });
  }, 60_000);
});
