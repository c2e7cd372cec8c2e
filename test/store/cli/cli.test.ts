import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { buildApp } from "../../../src/store/app";
import { runCli, type CliIo } from "../../../src/store/cli";
import { createDatabase } from "../../../src/store/db/create-database";

const fixtures = resolve(__dirname, "../../fixtures/contacts");
const corpus = resolve(__dirname, "../../fixtures/third-party/contacts/vcards");

let dataDir: string;
beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), "touchpoint-cli-"));
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: CliIo = {
    stdout: async (text) => void (out += text),
    stderr: (text) => void (err += text),
    env: {},
    handleSignals: false,
  };
  const code = await runCli(args, io);
  return { code, out, err };
}

const data = () => ["--data", dataDir];

describe("touchpoint command line (SQLite)", () => {
  it("seeds the demo data, and seeding again changes nothing", async () => {
    const first = await cli("seed", "--demo", ...data());
    expect(first).toMatchObject({ code: 0, err: "" });
    expect(first.out).toMatch(
      /7 groups, 36 templates, 30 setup rows, 1 internal domains, 1 never-log entries, 331 contacts/,
    );
    const second = await cli("seed", "--demo", ...data());
    expect(second.out).toMatch(
      /0 groups, 0 templates, 0 setup rows, 0 internal domains, 0 never-log entries, 0 contacts \(331 already there\)/,
    );
  }, 60_000);

  it("prints a dev token the store accepts, and an interaction logged with it is exported", async () => {
    const token = (
      await cli("token", "--user", "alex.rivera@cronus.example", "--role", "admin", ...data())
    ).out.trim();
    const app = await buildApp({ dataDir, auth: { mode: "dev", dataDir } });
    try {
      const auth = { authorization: `Bearer ${token}` };
      const groups = await app.inject({ method: "GET", url: "/api/v1/interaction-groups", headers: auth });
      expect(groups.statusCode).toBe(200);
      expect(groups.json().items).toHaveLength(7);
      const logged = await app.inject({
        method: "POST",
        url: "/api/v1/interactions",
        headers: { ...auth, "idempotency-key": "cli-test-1" },
        payload: {
          source: {
            kind: "email",
            key: "<q4@cronus.example>",
            subject: "Q4 prices",
            occurredAt: "2026-11-20T10:05:09.000Z",
          },
          templateCode: "EMAIL",
          contacts: ["CT000002", "CT000003"],
        },
      });
      expect(logged.statusCode).toBe(201);
    } finally {
      await app.close();
    }

    const csv = await cli("export", "interactions", ...data());
    expect(csv.code).toBe(0);
    const lines = csv.out
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\n");
    expect(lines[0]).toMatch(
      /^Entry No\.,Contact No\.,Contact Company No\.,Date,Time of Interaction,Description,Subject,/,
    );
    expect(lines.slice(1).map((l) => l.split(",").slice(1, 5))).toEqual([
      ["CT000002", "CT000001", "2026-11-20", "10:05:09"],
      ["CT000003", "CT000001", "2026-11-20", "10:05:09"],
    ]);

    const out = join(dataDir, "interactions.json");
    expect((await cli("export", "interactions", "--format", "json", "--out", out, ...data())).code).toBe(0);
    const json = JSON.parse(readFileSync(out, "utf8")) as Array<Record<string, unknown>>;
    expect(
      json.map((r) => [r["Contact No."], r["Interaction Template Code"], r["Cost (LCY)"], r["User ID"]]),
    ).toEqual([
      ["CT000002", "EMAIL", 8, "alex.rivera@cronus.example"],
      ["CT000003", "EMAIL", 8, "alex.rivera@cronus.example"],
    ]);
  }, 60_000);

  it("imports the project's vCards into the seeded contacts, updating rather than duplicating", async () => {
    const file = join(fixtures, "people.vcf");
    const first = await cli("import", "contacts", file, ...data());
    expect(first.code).toBe(0);
    expect(first.out).toContain(
      "(vcard): imported 0, updated 2, unchanged 2, companies created 0, rejected 2",
    );
    expect(first.out).toContain("rejected line 28: card has no name (FN, N or ORG)");
    expect(first.err).toContain("importing [");
    const again = await cli("import", "contacts", file, ...data());
    expect(again.out).toContain("imported 0, updated 0, unchanged 4");
  }, 60_000);

  it("imports opportunities and campaigns from CSV and JSON; a second import changes nothing and says so", async () => {
    const csv = join(dataDir, "opportunities.csv");
    writeFileSync(
      csv,
      "No.,Description,Contact No.,Status,Sales Cycle Stage\nOP900001,CLI import,CT000002,In Progress,2\n",
    );
    const first = await cli("import", "opportunities", csv, ...data());
    expect(first).toMatchObject({ code: 0, out: `${csv} (csv): imported 1, updated 0, unchanged 0\n` });
    const again = await cli("import", "opportunities", csv, ...data());
    expect(again.out).toBe(`${csv} (csv): imported 0, updated 0, unchanged 1 — nothing changed\n`);
    const json = join(dataDir, "campaigns.json");
    writeFileSync(json, JSON.stringify({ campaigns: [{ no: "CP9001", description: "CLI campaign" }] }));
    expect((await cli("import", "campaigns", json, ...data())).out).toContain("(json): imported 1");
    const bad = join(dataDir, "bad.csv");
    writeFileSync(bad, "No.,Description,Contact No.,Status\nOP900002,Nobody,CT999999,Won\n");
    const refused = await cli("import", "opportunities", bad, ...data());
    expect(refused.code).toBe(1);
    expect(refused.err).toContain("rejected row 1: Contact CT999999 does not exist.");
  }, 60_000);

  it("imports a Business Central CSV with its company", async () => {
    const result = await cli(
      "import",
      "contacts",
      join(fixtures, "contacts-bc.csv"),
      "--tenant",
      "csv",
      ...data(),
    );
    expect(result.out).toContain(
      "(csv): imported 3, updated 0, unchanged 0, companies created 0, rejected 2",
    );
    expect(result.out).toContain('rejected line 6: "not-an-address" is not an email address');
  }, 60_000);

  it("imports User Setup beside the contacts: each listed user gets the code, user ids lower-cased and codes upper-cased", async () => {
    const file = join(dataDir, "user-setup.csv");
    writeFileSync(
      file,
      "User ID,Salespers./Purch. Code\nAlex.Rivera@cronus.example,ps\nnew.rep@cronus.example,JR\n",
    );
    const result = await cli("import", "user-setup", file, "--tenant", "users", ...data());
    expect(result).toMatchObject({ code: 0, out: `${file}: 2 users given a salesperson code\n` });
    const db = createDatabase({ dataDir });
    try {
      const rows = await db.repositories.userSetup.list("users");
      expect(rows.map((r) => [r.userId, r.salespersonCode])).toEqual([
        ["alex.rivera@cronus.example", "PS"],
        ["new.rep@cronus.example", "JR"],
      ]);
    } finally {
      await db.close();
    }
  }, 60_000);

  it("refuses a User Setup file with a bad line whole, naming each bad line, and writes nothing", async () => {
    const file = join(dataDir, "user-setup-bad.csv");
    writeFileSync(
      file,
      "User ID,Salespers./Purch. Code\nok.rep@cronus.example,OF\nbad rep,JR\nx@cronus.example,not a code\n",
    );
    const result = await cli("import", "user-setup", file, "--tenant", "users-bad", ...data());
    expect(result.code).not.toBe(0);
    expect(result.err).toContain('line 3: User ID "bad rep" is not a user id');
    expect(result.err).toContain('line 4: Salespers./Purch. Code "not a code" is not a code');
    const db = createDatabase({ dataDir });
    try {
      expect(await db.repositories.userSetup.list("users-bad")).toEqual([]);
    } finally {
      await db.close();
    }
  }, 60_000);

  it("imports a 3,000-row CSV in batches, redrawing a progress bar of bytes read with the rows so far", async () => {
    const file = join(dataDir, "bulk.csv");
    const rows = Array.from(
      { length: 3000 },
      (_, i) => `Bulk Person ${i};bulk.${i}@bulk-cli.example;Bulk Ltd`,
    );
    writeFileSync(file, `Name;E-Mail;Company Name\n${rows.join("\n")}\n`);
    const result = await cli("import", "contacts", file, "--tenant", "bulk", ...data());
    expect(result.out).toContain(
      "(csv): imported 3000, updated 0, unchanged 0, companies created 1, rejected 0",
    );
    const bars = result.err.split("\r").filter((line) => line.startsWith("importing ["));
    expect(bars.map((bar) => /\] (\d+) rows/.exec(bar)?.[1])).toEqual([
      "500",
      "1000",
      "1500",
      "2000",
      "2500",
      "3000",
    ]);
    expect(bars.at(-1)).toContain(`[${"=".repeat(30)}]`);
  }, 60_000);

  it("refuses a CSV with a broken quote after good rows, and writes none of them", async () => {
    const file = join(dataDir, "broken.csv");
    const rows = Array.from({ length: 1500 }, (_, i) => `Broken Person ${i};broken.${i}@bulk-cli.example`);
    writeFileSync(file, `Name;E-Mail\n${rows.join("\n")}\n"never closed;x@bulk-cli.example\n`);
    const result = await cli("import", "contacts", file, "--tenant", "broken", ...data());
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/broken\.csv: not readable as CSV/);
    const db = createDatabase({ dataDir });
    try {
      expect(await db.repositories.contacts.search("broken", "", 10)).toEqual([]);
    } finally {
      await db.close();
    }
  }, 60_000);

  it("imports every vCard of the third-party corpus, or rejects it with a reason, never crashing", async () => {
    const corpusFiles = readdirSync(corpus).filter((f) => f.endsWith(".vcf"));
    expect(corpusFiles).toHaveLength(17);
    for (const file of corpusFiles) {
      const result = await cli("import", "contacts", join(corpus, file), "--tenant", "corpus", ...data());
      expect({
        file,
        code: result.code,
        err: result.err.replace(/\r?importing[^\r\n]*/g, "").trim(),
      }).toEqual({ file, code: 0, err: "" });
      const summary =
        /imported (\d+), updated (\d+), unchanged (\d+), companies created \d+, rejected (\d+)/.exec(
          result.out,
        );
      const total = (summary?.slice(1) ?? []).reduce((sum, n) => sum + Number(n), 0);
      expect({ file, total: total > 0 }).toEqual({ file, total: true });
    }
  }, 120_000);

  it.each([
    [["import", "contacts", "/nonexistent/contacts.vcf"], /ENOENT/],
    [["serve", "--host", "0.0.0.0", "--auth", "dev"], /dev auth listens on loopback only/],
    [["serve", "--auth", "entra"], /TOUCHPOINT_ENTRA_AUDIENCE/],
  ])("fails with a message and exit code 1: %j", async (args, message) => {
    const result = await cli(...args, ...data());
    expect(result.code).toBe(1);
    expect(result.err).toMatch(message);
  });

  it("answers usage errors with exit code 2", async () => {
    expect((await cli("token")).code).toBe(2);
    expect((await cli("export", "interactions", "--format", "xml")).code).toBe(2);
  });
});
