import type { Repositories } from "../db/repositories/create-repositories";

const COUNTER = "contact_no";
export const formatContactNo = (n: number) => `CT${String(n).padStart(6, "0")}`;
/** Collisions in a row before giving up (each one raises the counter past the highest number seen). */
const MAX_ATTEMPTS = 5;

/**
 * The tenant's next contact number (CT000001 style) from its counter: concurrent creates never get the
 * same number, and a number is never handed out twice. A number may already be taken by a contact
 * written with its own number (an import, the demo seed): the counter then jumps past the highest such
 * number and tries again, so collisions cost one extra read, once.
 */
export async function nextContactNo(repos: Repositories, tenantId: string): Promise<string> {
  let no = formatContactNo(await repos.counters.take(tenantId, COUNTER));
  for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt += 1) {
    if ((await repos.contacts.findForLogging(tenantId, [no])).length === 0) return no;
    const highest = Number.parseInt((await repos.contacts.lastGeneratedNo(tenantId))?.slice(2) ?? "", 10);
    if (Number.isSafeInteger(highest)) await repos.counters.raiseTo(tenantId, COUNTER, highest);
    no = formatContactNo(await repos.counters.take(tenantId, COUNTER));
  }
  return no;
}
