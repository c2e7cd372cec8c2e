import type { IncomingMessage, ServerResponse } from "node:http";
import { monitorEventLoopDelay } from "node:perf_hooks";
import type { FastifyInstance } from "fastify";
import { StoreError } from "../errors";
import type { LoadLimits } from "./load-limits";
import { API_POLICY } from "./security-headers";

/** Never shed: a balancer's health check, and the metrics that show the overload. */
const UNSHED = new Set(["/api/v1/health", "/api/v1/metrics"]);
/** Answered as is, headers and all: a shed request costs no routing, no hooks, no serialisation. */
const SHED_BODY = JSON.stringify(new StoreError("STORE_OVERLOADED").toBody());
const SHED_HEADERS = {
  "content-type": "application/json; charset=utf-8",
  "content-length": Buffer.byteLength(SHED_BODY),
  "retry-after": "1",
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "content-security-policy": API_POLICY,
};
const SAMPLE_MS = 100;
/** The cap never goes below this: some work always gets in, or the process would only ever refuse. */
const MIN_CAP = 4;
/** Marks a request the server's own handler already admitted (and counts). */
const ADMITTED = Symbol("touchpoint.admitted");

/** The cap after one 100 ms sample: a quarter less when the loop ran behind, an eighth more when it kept up. */
export function nextCap(cap: number, behind: boolean, maxInFlight: number): number {
  return behind
    ? Math.max(Math.min(MIN_CAP, maxInFlight), Math.floor(cap * 0.75))
    : Math.min(maxInFlight, cap + Math.max(1, Math.floor(cap / 8)));
}

export interface Shedder {
  /**
   * Admits a request (and counts it until its answer is done), or answers it 503 at once and says no.
   * The store's own HTTP server calls this before Fastify sees the request, the cheapest place there is.
   */
  admit(req: IncomingMessage, res: ServerResponse): boolean;
  stop(): void;
}

/**
 * Load shedding, first thing on every request: past the cap of requests in progress, a new request is
 * answered 503 STORE_OVERLOADED with `Retry-After: 1` at once — before its body is read, before its
 * token is checked — so the requests already accepted keep their latency and the process its memory.
 * The cap starts at `maxInFlight` and adapts to the event loop: whenever the loop ran more than
 * `maxEventLoopDelayMs` behind in the last 100 ms, the cap shrinks by a quarter; while it keeps up, the
 * cap grows back. At ten times its peak a process spends much of its time just reading and refusing
 * requests; taking on less leaves it the time to refuse the rest promptly, instead of letting every
 * request wait in the socket buffers. Health checks and metrics are never shed (a balancer would take a
 * busy process out; an operator must see the overload).
 */
export function createShedder(limits: LoadLimits, report: { shed(): void; cap(cap: number): void }): Shedder {
  let inFlight = 0;
  let cap = limits.maxInFlight;
  report.cap(cap);
  const maxDelay = limits.maxEventLoopDelayMs ?? 0;
  const delay =
    limits.maxInFlight > 0 && maxDelay > 0 ? monitorEventLoopDelay({ resolution: 10 }) : undefined;
  let timer: NodeJS.Timeout | undefined;
  if (delay !== undefined) {
    delay.enable();
    timer = setInterval(() => {
      cap = nextCap(cap, delay.max / 1e6 > maxDelay, limits.maxInFlight);
      delay.reset();
      report.cap(cap);
    }, SAMPLE_MS);
    timer.unref();
  }
  return {
    admit(req, res) {
      if ((req as { [ADMITTED]?: boolean })[ADMITTED] === true || limits.maxInFlight <= 0) return true;
      if (inFlight >= cap && !UNSHED.has(req.url ?? "")) {
        report.shed();
        res.writeHead(503, SHED_HEADERS).end(SHED_BODY);
        return false;
      }
      (req as { [ADMITTED]?: boolean })[ADMITTED] = true;
      inFlight += 1;
      // An answered request finishes; an abandoned one closes: count it out exactly once either way.
      let counted = true;
      const out = () => {
        if (counted) inFlight -= 1;
        counted = false;
      };
      res.once("finish", out);
      res.once("close", out);
      return true;
    },
    stop() {
      clearInterval(timer);
      delay?.disable();
    },
  };
}

/** The same shedding for requests that reach Fastify another way (inject(), listen()). */
export function addLoadShedding(app: FastifyInstance, shedder: Shedder): void {
  app.addHook("onRequest", (req, reply, done) => {
    if (shedder.admit(req.raw, reply.raw)) return done();
    reply.hijack();
  });
}
