import type { OutboxPort } from "../ports/outbox-port";

/**
 * Moves logs another runtime queued (on-send, in OfficeRuntime.storage) into this runtime's outbox so
 * one drain sends them all. Copy first, then delete: a crash in between leaves the same entry (same id,
 * same Idempotency-Key) in both queues, which the store answers once and the next adoption collapses.
 * Returns how many entries were adopted.
 */
export async function adoptQueuedLogs(from: OutboxPort, into: OutboxPort): Promise<number> {
  const queued = await from.list();
  for (const entry of queued) {
    const existing = await into.get(entry.id);
    if (existing === undefined) await into.add(entry);
    await from.remove(entry.id);
  }
  return queued.length;
}
