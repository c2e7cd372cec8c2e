import type { FastifyPluginAsync } from "fastify";
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

/** The app's own Prometheus registry: two apps in one process (tests) never share counters. */
export function createStoreMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "touchpoint_" });
  const requests = new Counter({
    name: "touchpoint_http_requests_total",
    help: "HTTP requests answered, by method, route and status.",
    labelNames: ["method", "route", "status"] as const,
    registers: [registry],
  });
  const durations = new Histogram({
    name: "touchpoint_http_request_duration_seconds",
    help: "Time to answer HTTP requests, by method and route.",
    labelNames: ["method", "route"] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  const shed = new Counter({
    name: "touchpoint_http_requests_shed_total",
    help: "Requests turned away with 503 because too many were in progress.",
    registers: [registry],
  });
  const cap = new Gauge({
    name: "touchpoint_http_in_flight_cap",
    help: "Requests this process takes on at once before it sheds; shrinks while its event loop runs behind.",
    registers: [registry],
  });
  const rateLimited = new Counter({
    name: "touchpoint_http_requests_rate_limited_total",
    help: "Requests turned away with 429 because a user or tenant was over its rate.",
    registers: [registry],
  });
  const entries = new Counter({
    name: "touchpoint_interactions_logged_total",
    help: "Interaction log entries written.",
    registers: [registry],
  });
  return {
    registry,
    observeRequest(method: string, route: string, status: number, seconds: number): void {
      requests.inc({ method, route, status: String(status) });
      durations.observe({ method, route }, seconds);
    },
    shed: () => shed.inc(),
    sheddingCap: (value: number) => cap.set(value),
    rateLimited: () => rateLimited.inc(),
    entriesLogged(count: number): void {
      if (count > 0) entries.inc(count);
    },
  };
}

export type StoreMetrics = ReturnType<typeof createStoreMetrics>;

/** GET /metrics in Prometheus text format. */
export const metricsRoutes: FastifyPluginAsync<{ metrics: StoreMetrics }> = async (app, { metrics }) => {
  app.get("/metrics", { schema: { hide: true } }, async (_req, reply) => {
    reply.header("content-type", metrics.registry.contentType);
    return metrics.registry.metrics();
  });
};
