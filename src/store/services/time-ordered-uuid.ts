import { randomFillSync } from "node:crypto";

/**
 * Random bytes are drawn for this many ids at once, as crypto.randomUUID does: one draw per id cost more
 * than all the rest of making it (an import writes an audit record, and so an id, per row).
 */
const POOL_IDS = 256;
const pool = Buffer.alloc(16 * POOL_IDS);
let used = POOL_IDS;

/**
 * A UUID version 7 (RFC 9562): 48 bits of Unix time in milliseconds, then 74 random bits. Ids made later
 * sort later, so a B-tree keyed by them grows at its right edge: each new logged item dirties the same
 * few index pages as the one before instead of a random page of every index on the id (a random UUID
 * costs one page write per index per log, the bulk of what a commit puts in SQLite's WAL or PostgreSQL's).
 */
export function timeOrderedUuid(now: number = Date.now()): string {
  if (used === POOL_IDS) {
    randomFillSync(pool);
    used = 0;
  }
  const bytes = pool.subarray(16 * used, 16 * (used + 1));
  used += 1;
  bytes.writeUIntBE(now, 0, 6);
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x70;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
