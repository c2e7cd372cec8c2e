import { randomUUID } from "node:crypto";
import type { LogInteractionRequest } from "../../src/contracts";
import { seededRandom } from "../../src/store/seed/seeded-random";
import { checkDelivery, headersFor, type Acknowledged, type DeliveryVerdict } from "./delivery-check";
import { startStoreChild, type StoreChild, type StoreTarget } from "./store-child";

/** Demo contacts a log may go to (none of them privacy-blocked). */
const CONTACTS = ["CT000002", "CT000003", "CT000005", "CT000007", "CT000010"];

export interface KillRunOptions {
  target: StoreTarget;
  kills: number;
  /** How long the store runs between kills, in ms (a random time in this range). */
  upMs: [number, number];
  loggers?: number;
  seed?: number;
}

export interface KillRunResult extends DeliveryVerdict {
  acknowledged: number;
  logsPerSecond: number;
  kills: number;
  /** Requests a kill cut off before their answer (sent again with their key until answered). */
  cutOff: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sustained logging from several clients at once while the store is killed (-9) and restarted on the
 * same database, `kills` times. A request that got no answer is sent again with its key until it gets
 * one, as the outbox does. Then every acknowledged log must be there exactly once, and replay.
 */
export async function killRun(options: KillRunOptions): Promise<KillRunResult> {
  const random = seededRandom(options.seed ?? 7);
  let store: StoreChild | undefined = await startStoreChild(options.target);
  let url: string | undefined = store.url;
  const acknowledged: Acknowledged[] = [];
  const unanswered: Array<{ key: string; request: LogInteractionRequest }> = [];
  let fiveXx = 0;
  let refused = 0;
  let cutOff = 0;
  let made = 0;
  let stopping = false;
  let upTime = 0;
  let upSince = Date.now();

  const fresh = () => {
    made += 1;
    const count = 1 + Math.floor(random() * 3);
    const contacts = new Set<string>();
    while (contacts.size < count) contacts.add(CONTACTS[Math.floor(random() * CONTACTS.length)] as string);
    const request: LogInteractionRequest = {
      source: {
        kind: "email",
        key: `<reliability-${options.seed ?? 7}-${made}-${randomUUID()}@cronus.example>`,
        subject: `Reliability ${made}`,
        occurredAt: new Date(Date.UTC(2026, 10, 1) + made * 1000).toISOString(),
      },
      contacts: [...contacts],
    };
    return { key: randomUUID(), request };
  };

  const logger = async () => {
    for (;;) {
      const job = unanswered.shift() ?? (stopping ? undefined : fresh());
      if (job === undefined) return;
      const target = url;
      if (target === undefined) {
        unanswered.push(job);
        await sleep(20);
        continue;
      }
      try {
        const res = await fetch(`${target}/api/v1/interactions`, {
          method: "POST",
          headers: headersFor(job.key),
          body: JSON.stringify(job.request),
        });
        const body = await res.text();
        if (res.status >= 200 && res.status < 300) acknowledged.push({ ...job, body });
        else if (res.status >= 500) {
          fiveXx += 1;
          unanswered.push(job);
        } else refused += 1;
      } catch {
        // The store died under the request: it may or may not have committed. Same key again later.
        cutOff += 1;
        unanswered.push(job);
        await sleep(20);
      }
    }
  };

  const loggers = Array.from({ length: options.loggers ?? 8 }, logger);
  for (let i = 0; i < options.kills; i += 1) {
    const [min, max] = options.upMs;
    await sleep(min + random() * (max - min));
    upTime += Date.now() - upSince;
    url = undefined;
    await store.kill();
    store = await startStoreChild(options.target);
    upSince = Date.now();
    url = store.url;
  }
  await sleep(options.upMs[0]);
  stopping = true;
  await Promise.all(loggers);
  upTime += Date.now() - upSince;
  try {
    if (refused > 0) throw new Error(`${refused} logs were refused (4xx): the run itself is wrong`);
    const verdict = await checkDelivery(store.url, acknowledged);
    return {
      ...verdict,
      fiveXx: verdict.fiveXx + fiveXx,
      acknowledged: acknowledged.length,
      logsPerSecond: acknowledged.length / (upTime / 1000),
      kills: options.kills,
      cutOff,
    };
  } finally {
    await store.kill();
  }
}
