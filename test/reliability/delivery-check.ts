import type { LogInteractionRequest, SourceStatus } from "../../src/contracts";

/** A log the store acknowledged (2xx): what was sent, under which key, and the answer's body. */
export interface Acknowledged {
  key: string;
  request: LogInteractionRequest;
  body: string;
}

export interface DeliveryVerdict {
  lost: number;
  duplicated: number;
  /** Acknowledged logs whose key, sent again, did not give back the same answer. */
  replayFailures: number;
  fiveXx: number;
}

export const headersFor = (key: string) => ({
  "content-type": "application/json",
  authorization: "Bearer reliability",
  "idempotency-key": key,
});

/** Runs `work` over `items` with at most `width` at a time. */
export async function inParallel<T>(items: readonly T[], width: number, work: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, items.length) }, async () => {
      while (next < items.length) await work(items[next++] as T);
    }),
  );
}

/**
 * Every acknowledged log is in the store exactly once (one logged item, one entry per contact), and its
 * key, sent again with its request, gives back the very answer it got the first time.
 */
export async function checkDelivery(url: string, acknowledged: Acknowledged[]): Promise<DeliveryVerdict> {
  const verdict: DeliveryVerdict = { lost: 0, duplicated: 0, replayFailures: 0, fiveXx: 0 };
  await inParallel(acknowledged, 8, async (ack) => {
    const source = ack.request.source.key;
    const status = await fetch(`${url}/api/v1/logged-items?source=${encodeURIComponent(source)}`, {
      headers: { authorization: "Bearer reliability" },
    });
    if (status.status >= 500) verdict.fiveXx += 1;
    const found = (await status.json()) as SourceStatus;
    const active = found.loggedItems.filter((i) => !i.item.canceled);
    const contacts = active.flatMap((i) => i.entries.filter((e) => !e.canceled).map((e) => e.contactNo));
    const expected = new Set(ack.request.contacts ?? []);
    if (active.length === 0 || [...expected].some((no) => !contacts.includes(no))) verdict.lost += 1;
    else if (active.length > 1 || new Set(contacts).size !== contacts.length) verdict.duplicated += 1;
    const replay = await fetch(`${url}/api/v1/interactions`, {
      method: "POST",
      headers: headersFor(ack.key),
      body: JSON.stringify(ack.request),
    });
    if (replay.status >= 500) verdict.fiveXx += 1;
    const body = await replay.text();
    if (replay.headers.get("idempotent-replayed") !== "true" || body !== ack.body)
      verdict.replayFailures += 1;
  });
  return verdict;
}
