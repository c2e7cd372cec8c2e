// Outbox drain of N queued logs: the real sync engine, IndexedDB outbox (fake-indexeddb in Node), the
// real axios store client, against a running store. Run: npx tsx bench/drain.ts BASE_URL N
import "fake-indexeddb/auto";
import { randomUUID } from "node:crypto";
import { createIndexedDbOutbox } from "../src/addin/platform/storage/indexed-db-outbox";
import { openTouchpointDb } from "../src/addin/platform/storage/touchpoint-db";
import { createStoreClient } from "../src/addin/platform/http/store-client";
import { createDevTokenProvider } from "../src/addin/platform/http/dev-token-provider";
import { createSyncEngine } from "../src/addin/sync/sync-engine";
import { createManualOnlineManager } from "../src/addin/sync/online-manager";
import type { DrainLockPort } from "../src/addin/ports/drain-lock-port";

async function main(): Promise<void> {
  const [base, countText] = process.argv.slice(2);
  if (base === undefined) throw new Error("usage: drain.ts BASE_URL N");
  const count = Number(countText ?? 1000);
  const tokens = createDevTokenProvider({ user: "alex.rivera@cronus.example", baseUrl: base });
  const store = createStoreClient({ tokens, baseUrl: base });
  const outbox = createIndexedDbOutbox(openTouchpointDb({ name: `drain-bench-${randomUUID()}` }));
  const online = createManualOnlineManager(false);
  const lock: DrainLockPort = { withLock: async (work) => ({ acquired: true, value: await work() }) };
  const engine = createSyncEngine({
    outbox,
    store,
    tokens,
    online,
    clock: {
      now: Date.now,
      setTimeout: (cb, ms) => setTimeout(cb, ms),
      clearTimeout: (h) => clearTimeout(h as never),
    },
    random: Math.random,
    lock,
    newId: randomUUID,
  });
  const contacts = [
    "anna.petrova@fabrikam.example",
    "john.smith@fabrikam.example",
    "lisa.chen@contoso.example",
  ];
  for (let i = 0; i < count; i += 1) {
    await engine.enqueue({
      id: randomUUID(),
      origin: "taskpane",
      label: `Queued ${i}`,
      request: {
        source: {
          kind: "email",
          key: `msgid:drain-${randomUUID()}@bench.example`,
          subject: `Queued ${i}`,
          occurredAt: new Date().toISOString(),
        },
        participants: [{ email: contacts[i % contacts.length] as string, role: "to" }],
      },
    });
  }
  await tokens.getToken();
  online.setOnline(true);
  const started = performance.now();
  let rounds = 0;
  while ((await outbox.list()).length > 0 && rounds < 50) {
    await engine.drainNow();
    rounds += 1;
  }
  const seconds = (performance.now() - started) / 1000;
  const left = (await outbox.list()).length;
  process.stdout.write(JSON.stringify({ seconds, left, rounds }) + "\n");
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
