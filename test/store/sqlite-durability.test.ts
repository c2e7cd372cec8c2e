import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { ok } from "../../src/domain/result";
import { createGroupCommit } from "../../src/store/db/group-commit";
import { migrateToLatest } from "../../src/store/db/migrate-to-latest";
import { openSqliteWriter, sqliteFile, type SqliteWriter } from "../../src/store/db/open-sqlite";
import { createWalDurability } from "../../src/store/db/sqlite-wal";

/** A `durable()` the test completes by hand: each call is one fsync the test lets finish or fail. */
function handSync() {
  const calls: Array<{ finish(): void; fail(error: Error): void }> = [];
  const durable = () => new Promise<void>((resolve, reject) => calls.push({ finish: resolve, fail: reject }));
  return { calls, durable };
}

/** Lets every promise callback and a few turns of the event loop run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

const neverLog = (id: string) => ({
  id,
  value: `${id}.example`,
  kind: "domain" as const,
  scope: "tenant" as const,
});

describe("SQLite durability off the event loop", () => {
  let dataDir: string;
  let writer: SqliteWriter;

  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "touchpoint-durability-"));
    writer = openSqliteWriter(dataDir);
    await migrateToLatest(writer.kysely, "sqlite");
  });

  afterEach(async () => {
    await writer.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("answers no write before the fsync of its commit finishes, and commits the next batch meanwhile", async () => {
    const sync = handSync();
    const transaction = createGroupCommit(writer.kysely, "sqlite", sync.durable);
    const answered: string[] = [];
    const first = transaction(async (repos) => ok(await repos.exclusions.addNeverLog("t", neverLog("a"))));
    void first.then(() => answered.push("a"));
    await settle();
    expect(sync.calls).toHaveLength(1); // a's batch committed and asked for its fsync
    expect(answered).toEqual([]);

    const second = transaction(async (repos) => ok(await repos.exclusions.addNeverLog("t", neverLog("b"))));
    void second.then(() => answered.push("b"));
    await settle();
    expect(sync.calls).toHaveLength(2); // b's batch committed while a's fsync was still running
    expect(answered).toEqual([]);

    sync.calls[0]?.finish();
    await first;
    expect(answered).toEqual(["a"]);
    sync.calls[1]?.finish();
    await second;
    expect(answered).toEqual(["a", "b"]);
  });

  it("a batch takes no more jobs once it has run for its time budget, and the event loop turns before the rest commit", async () => {
    const sync = handSync();
    let clock = 0; // the batch's clock: each job below takes 30 ms of it
    const transaction = createGroupCommit(writer.kysely, "sqlite", sync.durable, 50, () => clock);
    const order: string[] = [];
    const slowJob = (id: string) =>
      transaction(async (repos) => {
        clock += 30;
        order.push(id);
        return ok(await repos.exclusions.addNeverLog("t", neverLog(id)));
      });
    const jobs = ["a", "b", "c", "d"].map(slowJob);
    // Queued after the four writes: it runs at the first turn of the event loop the batches leave.
    setImmediate(() => order.push("turn"));
    while (sync.calls.length < 2) await settle(); // both batches committed
    // a and b make the first batch (b starts at 30 ms, within the 50 ms budget; c would start at 60 ms):
    // c waits for the turn, then c and d.
    expect(order).toEqual(["a", "b", "turn", "c", "d"]);
    expect(sync.calls).toHaveLength(2);
    sync.calls.forEach((call) => call.finish());
    await Promise.all(jobs);
  });

  it("fails every write of a batch whose fsync fails", async () => {
    const sync = handSync();
    // A wide time budget: both writes make one batch on a busy machine too.
    const transaction = createGroupCommit(writer.kysely, "sqlite", sync.durable, 60_000);
    const jobs = ["a", "b"].map((id) =>
      transaction(async (repos) => ok(await repos.exclusions.addNeverLog("t", neverLog(id)))),
    );
    await settle();
    expect(sync.calls).toHaveLength(1);
    sync.calls[0]?.fail(new Error("EIO"));
    const outcomes = await Promise.allSettled(jobs);
    expect(outcomes.map((o) => o.status)).toEqual(["rejected", "rejected"]);
  });

  it("leaves checkpoints to its own thread: the writer never checkpoints, yet the WAL reaches the database file", async () => {
    const [setting] = (
      await sql<{ wal_autocheckpoint: number }>`pragma wal_autocheckpoint`.execute(writer.kysely)
    ).rows;
    expect(setting?.wal_autocheckpoint).toBe(0);
    const before = statSync(sqliteFile(dataDir)).size;
    const transaction = createGroupCommit(writer.kysely, "sqlite", () => writer.durable());
    await transaction(async (repos) => {
      for (let i = 0; i < 2000; i += 1)
        await repos.exclusions.addNeverLog("t", neverLog(`checkpointed-${i}-${"x".repeat(100)}`));
      return ok(undefined);
    });
    // Only a checkpoint copies pages from the WAL into the database file.
    const deadline = Date.now() + 10_000;
    while (statSync(sqliteFile(dataDir)).size < before + 200_000 && Date.now() < deadline) await settle();
    expect(statSync(sqliteFile(dataDir)).size).toBeGreaterThanOrEqual(before + 200_000);
  });

  it("finishes closing in a process with nothing else to do (the checkpointer is waited for, not abandoned)", () => {
    const script = `
      const { openSqliteWriter } = require(${JSON.stringify(join(__dirname, "../../src/store/db/open-sqlite"))});
      const writer = openSqliteWriter(${JSON.stringify(dataDir + "-alone")});
      writer.close().then(() => console.log("closed"));
    `;
    const tsx = join(__dirname, "../../node_modules/tsx/dist/cli.mjs");
    const out = execFileSync(process.execPath, [tsx, "-e", script], { encoding: "utf8", timeout: 30_000 });
    rmSync(`${dataDir}-alone`, { recursive: true, force: true });
    expect(out.trim()).toBe("closed");
  });

  it("keeps a batch's savepoint journals in memory, after migrating too: jobs that change hundreds of pages create no temporary file", () => {
    // SQLite picks its temporary folder once per process, so a process of its own watches that folder.
    const temporary = mkdtempSync(join(tmpdir(), "touchpoint-sqlite-tmp-"));
    const script = `
      const { watch } = require("node:fs");
      const { ok } = require(${JSON.stringify(join(__dirname, "../../src/domain/result"))});
      const { createDatabase } = require(${JSON.stringify(join(__dirname, "../../src/store/db/create-database"))});
      (async () => {
        const db = createDatabase({ dataDir: ${JSON.stringify(dataDir + "-journal")} });
        await db.migrate();
        const id = (i) => "kept-" + String(i).padStart(5, "0");
        await db.transaction(async (repos) => {
          for (let i = 0; i < 4000; i += 1)
            await repos.exclusions.addNeverLog("t", { id: id(i), value: id(i) + "-" + "x".repeat(120) + ".example", kind: "domain", scope: "tenant" });
          return ok(undefined);
        });
        const created = [];
        const watcher = watch(${JSON.stringify(temporary)}, (event, name) => created.push(name));
        // Ten jobs in one batch, each removing every tenth row: each job changes every page of the table.
        await Promise.all(Array.from({ length: 10 }, (_, job) => db.transaction(async (repos) => {
          for (let i = job; i < 4000; i += 10) await repos.exclusions.removeNeverLog("t", id(i));
          return ok(undefined);
        })));
        await new Promise((resolve) => setTimeout(resolve, 200));
        watcher.close();
        const left = (await db.repositories.exclusions.neverLogFor("t", "anyone")).length;
        await db.close();
        console.log(JSON.stringify({ created: created.length, left }));
      })();
    `;
    const tsx = join(__dirname, "../../node_modules/tsx/dist/cli.mjs");
    const out = execFileSync(process.execPath, [tsx, "-e", script], {
      encoding: "utf8",
      timeout: 60_000,
      env: { ...process.env, SQLITE_TMPDIR: temporary },
    });
    rmSync(`${dataDir}-journal`, { recursive: true, force: true });
    rmSync(temporary, { recursive: true, force: true });
    expect(JSON.parse(out.trim().split("\n").pop() as string)).toEqual({ created: 0, left: 0 });
  });

  it("tells its owner when its checkpointer cannot run", async () => {
    const lost = await new Promise<unknown>((resolve) => {
      const wal = createWalDurability(join(dataDir, "no-such-folder", "touchpoint.sqlite"), (error) => {
        resolve(error);
        void wal.close();
      });
    });
    expect(String(lost)).toMatch(/directory does not exist|unable to open|SQLITE_CANTOPEN|stopped/i);
  });
});
