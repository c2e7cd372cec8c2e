import { randomUUID } from "node:crypto";
import type { LogInteractionRequest } from "../../src/contracts";
import {
  checkDelivery,
  headersFor,
  inParallel,
  type Acknowledged,
  type DeliveryVerdict,
} from "./delivery-check";
import { startStoreChild, type StoreTarget } from "./store-child";

export interface TwoStoresResult extends DeliveryVerdict {
  sources: number;
  requests: number;
}

/**
 * Two store processes on one PostgreSQL, the same logs sent to both at once: each source goes out four
 * times together — one key to both processes, and two more keys, one to each. One entry per source and
 * contact must result, and the two answers to the shared key must be the same answer.
 */
export async function twoStoresRun(target: StoreTarget, sources: number): Promise<TwoStoresResult> {
  const first = await startStoreChild(target);
  const second = await startStoreChild(target, { seed: false });
  let fiveXx = 0;
  let requests = 0;
  let mismatched = 0;
  const acknowledged: Acknowledged[] = [];
  const send = async (url: string, key: string, request: LogInteractionRequest) => {
    requests += 1;
    const res = await fetch(`${url}/api/v1/interactions`, {
      method: "POST",
      headers: headersFor(key),
      body: JSON.stringify(request),
    });
    if (res.status >= 500) fiveXx += 1;
    return { status: res.status, body: await res.text() };
  };
  try {
    const work = Array.from({ length: sources }, (_, i) => i);
    await inParallel(work, 8, async (i) => {
      const request: LogInteractionRequest = {
        source: {
          kind: "email",
          key: `<two-stores-${i}-${randomUUID()}@x>`,
          subject: `Twice ${i}`,
          occurredAt: "2026-11-20T10:00:00Z",
        },
        contacts: i % 2 === 0 ? ["CT000002", "CT000005"] : ["CT000003"],
      };
      const shared = randomUUID();
      const [a, b] = await Promise.all([
        send(first.url, shared, request),
        send(second.url, shared, request),
        send(first.url, randomUUID(), request),
        send(second.url, randomUUID(), request),
      ]);
      // The shared key answers once: either both the same answer, or one still in progress (409, retried
      // by a client) — never two different answers.
      const answered = [a, b].filter((x) => x?.status !== undefined && x.status < 300);
      if (new Set(answered.map((x) => x?.body)).size > 1) mismatched += 1;
      const winner = answered[0];
      if (winner !== undefined) acknowledged.push({ key: shared, request, body: winner.body });
    });
    const verdict = await checkDelivery(first.url, acknowledged);
    return {
      ...verdict,
      duplicated: verdict.duplicated + mismatched,
      fiveXx: verdict.fiveXx + fiveXx,
      sources,
      requests,
    };
  } finally {
    await first.kill();
    await second.kill();
  }
}
