import type { FastifyInstance } from "fastify";
import { StoreError } from "../errors";

const LOOPBACK_NAME = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;
const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** The host name of a Host header (`name`, `name:port`, `[v6]:port`), lower-cased; undefined when malformed. */
function hostName(host: string | undefined): string | undefined {
  const match = /^(\[[0-9a-f:.]+\]|[^:[\]]+)(:\d{1,5})?$/i.exec(host ?? "");
  return match?.[1]?.toLowerCase();
}

/** True when the Host header names this machine's loopback interface, on any port. */
export function isLoopbackHost(host: string | undefined): boolean {
  const name = hostName(host);
  return name !== undefined && LOOPBACK_NAME.test(name);
}

/** True when a state-changing request comes from the store's own pages, or from no page at all. */
export function isSameOriginOrNone(origin: string | undefined, host: string | undefined): boolean {
  if (origin === undefined) return true;
  try {
    const url = new URL(origin);
    return /^https?:$/.test(url.protocol) && host !== undefined && url.host === host.toLowerCase();
  } catch {
    return false; // `null` (a sandboxed or file page) and anything unparsable is not us
  }
}

/**
 * Dev mode mints tokens for anyone who can reach it, so it must be reachable only from this machine.
 * Listening on loopback is not enough: DNS rebinding points a page's own host name at 127.0.0.1, and its
 * requests then carry that name in Host. Only loopback names are answered, and a change must come from
 * one of our pages (same Origin) or from a client that sends none (curl, the CLI, the outbox in Node).
 */
export function addDevOriginGuard(app: FastifyInstance): void {
  app.addHook("onRequest", (req, _reply, done) => {
    if (!isLoopbackHost(req.headers.host)) return done(new StoreError("STORE_HOST_NOT_ALLOWED"));
    if (STATE_CHANGING.has(req.method) && !isSameOriginOrNone(req.headers.origin, req.headers.host)) {
      return done(new StoreError("STORE_ORIGIN_NOT_ALLOWED"));
    }
    done();
  });
}
