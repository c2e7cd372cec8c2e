import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import type { LogInteractionRequest, SourceStatus } from "../../../src/contracts";
import { ok } from "../../../src/domain/result";
import { createStoreClient } from "../../../src/addin/platform/http/store-client";
import { createManualOnlineManager } from "../../../src/addin/sync/online-manager";
import { createSyncEngine } from "../../../src/addin/sync/sync-engine";
import { fakeClock, memoryOutbox } from "../../unit/addin/sync/sync-fakes";
import { FAULT_KINDS, startFaultProxy, type FaultProxy } from "./fault-proxy";
import { seededRandom } from "../../../src/store/seed/seeded-random";

jest.setTimeout(240_000);

const ACTIONS = Number(process.env.TOUCHPOINT_FAULT_ACTIONS ?? 1000);
const CONTACTS = [
  "anna.petrova@fabrikam.example",
  "john.smith@fabrikam.example",
  "lisa.chen@contoso.example",
  "ivan.sidorov@roga-kopyta.example",
  "ivan.sidorov@gmail.com",
];

/** A running store child process on its own SQLite data directory. */
interface StoreProcess {
  port: number;
  child: ChildProcess;
}

function startStore(dataDir: string): Promise<StoreProcess> {
  const child = spawn(process.execPath, [path.join(__dirname, "store-process.cjs"), dataDir, "0"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on("line", (line) => {
      const ready = /^READY (\d+)$/.exec(line);
      if (ready) resolve({ port: Number(ready[1]), child });
    });
    child.on("exit", (code) => reject(new Error(`store exited with ${code}: ${stderr}`)));
  });
}

function killStore(store: StoreProcess): Promise<void> {
  return new Promise((resolve) => {
    if (store.child.exitCode !== null) return resolve();
    store.child.once("exit", () => resolve());
    store.child.kill("SIGKILL");
  });
}

/** One randomised log action: a unique email from Alex to one to three demo contacts. */
function logAction(index: number, seed: number, random: () => number): LogInteractionRequest {
  const count = 1 + Math.floor(random() * 3);
  const picked = new Set<string>();
  while (picked.size < count) picked.add(CONTACTS[Math.floor(random() * CONTACTS.length)] as string);
  return {
    source: {
      kind: "email",
      key: `<fault-${seed}-${index}@cronus.example>`,
      subject: `Fault run ${seed} #${index}`,
      occurredAt: new Date(Date.UTC(2026, 10, 1) + index * 60_000).toISOString(),
    },
    participants: [
      { email: "alex.rivera@cronus.example", role: "from" },
      ...[...picked].map((email) => ({ email, role: "to" as const })),
    ],
  };
}

async function sourceStatus(port: number, key: string): Promise<SourceStatus> {
  const response = await fetch(
    `http://127.0.0.1:${port}/api/v1/logged-items?source=${encodeURIComponent(key)}`,
    {
      headers: { authorization: "Bearer fault-suite" },
    },
  );
  if (response.status !== 200) throw new Error(`source status answered ${response.status}`);
  return (await response.json()) as SourceStatus;
}

interface RunOptions {
  seed: number;
  /** Kill -9 the store at these action indexes (mid-drain) and bring it back a few actions later. */
  killAt: number[];
}

async function faultRun({ seed, killAt }: RunOptions) {
  // tmpfs where there is one: the suite is about delivery, and a kill -9 loses no page cache anyway.
  const dataDir = mkdtempSync(path.join(existsSync("/dev/shm") ? "/dev/shm" : tmpdir(), "touchpoint-fault-"));
  let store = await startStore(dataDir);
  const random = seededRandom(seed);
  const proxy: FaultProxy = await startFaultProxy(store.port, seededRandom(seed + 1), 0.3);
  const clock = fakeClock(Date.now());
  // The engine sees only OutboxPort; fake-indexeddb would spend most of the run in its own scheduling,
  // and the IndexedDB adapter has its own suite (test/unit/addin/storage).
  const outbox = memoryOutbox();
  const tokens = { getToken: async () => ok("fault-suite") };
  const engine = createSyncEngine({
    outbox,
    store: createStoreClient({ tokens, baseUrl: proxy.url, timeoutMs: 5000 }),
    tokens,
    online: createManualOnlineManager(true),
    clock,
    random,
    lock: { withLock: async (work) => ({ acquired: true, value: await work() }) },
    newId: () => crypto.randomUUID(),
  });
  const expected = new Set<string>();
  const started = Date.now();
  let restarts = 0;
  let downUntil = -1;
  try {
    for (let index = 0; index < ACTIONS; index += 1) {
      const request = logAction(index, seed, random);
      const id = crypto.randomUUID();
      expected.add(request.source.key);
      await engine.enqueue({ id, request, origin: "taskpane", label: request.source.subject });
      if (killAt.includes(index)) {
        const draining = engine.drainNow();
        await new Promise((resolve) => setTimeout(resolve, 20));
        await killStore(store);
        await draining;
        downUntil = index + 10;
      }
      if (index === downUntil) {
        store = await startStore(dataDir);
        proxy.setTarget(store.port);
        restarts += 1;
      }
      // While the store is down every action tries to drain, as a pane on a timer would.
      if (index < downUntil || random() < 0.15) await engine.drainNow();
      if (random() < 0.1) clock.advance(Math.floor(random() * 10_000));
    }
    if (store.child.exitCode !== null || downUntil >= ACTIONS) {
      store = await startStore(dataDir);
      proxy.setTarget(store.port);
      restarts += 1;
    }
    for (let round = 0; round < 5000; round += 1) {
      await engine.drainNow();
      const left = await outbox.list();
      if (left.length === 0 || left.every((entry) => entry.state === "dead")) break;
      const next = Math.min(
        ...left.filter((entry) => entry.state !== "dead").map((entry) => entry.notBefore),
      );
      clock.advance(Math.max(0, next - clock.now()));
    }

    const drained = Date.now();
    let lost = 0;
    let duplicated = 0;
    for (const key of expected) {
      const status = await sourceStatus(store.port, key);
      const contacts = status.loggedItems.flatMap((item) => item.entries.map((entry) => entry.contactNo));
      if (status.loggedItems.length === 0) lost += 1;
      else if (status.loggedItems.length > 1 || new Set(contacts).size !== contacts.length) duplicated += 1;
    }
    const left = await outbox.list();
    const faults = FAULT_KINDS.map((kind) => ({ fault: kind, injected: proxy.injected[kind] }));
    console.log(
      [
        `fault run seed=${seed}: ${ACTIONS} actions, store restarts=${restarts}, requests hitting a dead store=${proxy.storeDown}`,
        ...faults.map(({ fault, injected }) => `  ${fault.padEnd(28)} ${String(injected).padStart(5)}`),
        `  ${"total faults".padEnd(28)} ${String(faults.reduce((sum, row) => sum + row.injected, 0)).padStart(5)}`,
        `  ${"logs lost".padEnd(28)} ${String(lost).padStart(5)}`,
        `  ${"logs duplicated".padEnd(28)} ${String(duplicated).padStart(5)}`,
        `  ${"left in outbox".padEnd(28)} ${String(left.length).padStart(5)}`,
        `  drained in ${drained - started} ms, verified in ${Date.now() - drained} ms`,
      ].join("\n"),
    );
    return { lost, duplicated, left, faults, restarts };
  } finally {
    await proxy.close();
    await killStore(store);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

describe("outbox drain through a failing network into the real store", () => {
  test("1,000 randomised logs through every kind of fault: each arrives exactly once, the outbox ends empty", async () => {
    const run = await faultRun({ seed: 20261124, killAt: [] });
    expect(run.left).toEqual([]);
    expect({ lost: run.lost, duplicated: run.duplicated }).toEqual({ lost: 0, duplicated: 0 });
    for (const { injected } of run.faults) expect(injected).toBeGreaterThan(0);
  });

  test("the same with the store process killed mid-drain and restarted", async () => {
    const run = await faultRun({ seed: 4242, killAt: [250, 600] });
    expect(run.restarts).toBe(2);
    expect(run.left).toEqual([]);
    expect({ lost: run.lost, duplicated: run.duplicated }).toEqual({ lost: 0, duplicated: 0 });
  });
});
