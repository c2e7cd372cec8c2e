import { resolve } from "node:path";
import { Option } from "commander";
import { authConfigFromEnv } from "../auth/auth-config-from-env";
import { lowerGcThreadPriority } from "../gc-thread-priority";
import { DEFAULT_LOAD_LIMITS } from "../http/load-limits";
import { startServer } from "../server";
import { CliFailure, port, type CliCommand, type DbOptions } from "./cli-context";

interface ServeLimits {
  rateLimitUser: number;
  rateBurstUser: number;
  rateLimitTenant: number;
  rateBurstTenant: number;
  maxInFlight: number;
  maxEventLoopDelay: number;
  idempotencyTtlHours: number;
  shutdownTimeout: number;
  sourceMaps?: boolean;
}

/** `touchpoint serve`: the API (and the built add-in) until SIGINT/SIGTERM. */
export const serveCommand: CliCommand = {
  register(parent, { io, dataOption, dbOption, numberOption }) {
    const env = io.env;
    parent
      .command("serve")
      .description("serve the API (and the built add-in) until SIGINT/SIGTERM")
      .option("--host <host>", "interface to listen on", "127.0.0.1")
      .option("--port <port>", "port to listen on", port, 3000)
      .addOption(dataOption())
      .addOption(dbOption())
      .addOption(
        new Option("--auth <mode>", "token verification")
          .choices(["dev", "entra"])
          .default(env.TOUCHPOINT_AUTH ?? "dev"),
      )
      .option("--static <dir>", "folder of the built add-in to serve at /")
      .option("--tls-cert <file>", "PEM certificate for HTTPS")
      .option("--tls-key <file>", "PEM private key for HTTPS")
      .addOption(
        new Option("--source-maps", "also serve the bundles' source maps").default(
          env.TOUCHPOINT_SOURCE_MAPS === "1",
        ),
      )
      .addOption(
        numberOption(
          "--rate-limit-user <n>",
          "requests per second per user (0: no limit)",
          "TOUCHPOINT_RATE_LIMIT_USER",
          DEFAULT_LOAD_LIMITS.user.perSecond,
        ),
      )
      .addOption(
        numberOption(
          "--rate-burst-user <n>",
          "requests a user may make at once",
          "TOUCHPOINT_RATE_BURST_USER",
          DEFAULT_LOAD_LIMITS.user.burst,
        ),
      )
      .addOption(
        numberOption(
          "--rate-limit-tenant <n>",
          "requests per second per tenant (0: no limit)",
          "TOUCHPOINT_RATE_LIMIT_TENANT",
          DEFAULT_LOAD_LIMITS.tenant.perSecond,
        ),
      )
      .addOption(
        numberOption(
          "--rate-burst-tenant <n>",
          "requests a tenant may make at once",
          "TOUCHPOINT_RATE_BURST_TENANT",
          DEFAULT_LOAD_LIMITS.tenant.burst,
        ),
      )
      .addOption(
        numberOption(
          "--max-in-flight <n>",
          "requests in progress before new ones get 503 (0: never)",
          "TOUCHPOINT_MAX_IN_FLIGHT",
          DEFAULT_LOAD_LIMITS.maxInFlight,
        ),
      )
      .addOption(
        numberOption(
          "--max-event-loop-delay <ms>",
          "event-loop delay past which new requests get 503 (0: never)",
          "TOUCHPOINT_MAX_EVENT_LOOP_DELAY_MS",
          DEFAULT_LOAD_LIMITS.maxEventLoopDelayMs ?? 0,
        ),
      )
      .addOption(
        numberOption(
          "--idempotency-ttl-hours <h>",
          "how long an Idempotency-Key holds its answer",
          "TOUCHPOINT_IDEMPOTENCY_TTL_HOURS",
          24,
        ),
      )
      .addOption(
        numberOption(
          "--shutdown-timeout <ms>",
          "how long a shutdown waits for requests in progress",
          "TOUCHPOINT_SHUTDOWN_TIMEOUT_MS",
          10_000,
        ),
      )
      .action(
        async (
          opts: DbOptions &
            ServeLimits & {
              host: string;
              port: number;
              auth: string;
              static?: string;
              tlsCert?: string;
              tlsKey?: string;
            },
        ) => {
          // A store process of its own (tests serve inside jest, whose threads are not the store's): V8's
          // collector threads yield the CPU to the HTTP thread. First, before the store starts threads.
          if (io.handleSignals ?? true) lowerGcThreadPriority();
          const dataDir = resolve(opts.data);
          const auth = authConfigFromEnv(opts.auth, dataDir, env);
          if (!auth.ok) throw new CliFailure(auth.error.message);
          const started = await startServer(
            {
              dataDir,
              auth: auth.value,
              host: opts.host,
              port: opts.port,
              ...(opts.databaseUrl ? { databaseUrl: opts.databaseUrl } : {}),
              ...(opts.static ? { staticDir: resolve(opts.static) } : {}),
              ...(opts.tlsCert ? { tlsCert: opts.tlsCert } : {}),
              ...(opts.tlsKey ? { tlsKey: opts.tlsKey } : {}),
              sourceMaps: opts.sourceMaps === true,
              limits: {
                user: { perSecond: opts.rateLimitUser, burst: opts.rateBurstUser },
                tenant: { perSecond: opts.rateLimitTenant, burst: opts.rateBurstTenant },
                maxInFlight: opts.maxInFlight,
                maxEventLoopDelayMs: opts.maxEventLoopDelay,
              },
              idempotencyTtlMs: opts.idempotencyTtlHours * 3_600_000,
              shutdownTimeoutMs: opts.shutdownTimeout,
            },
            { handleSignals: io.handleSignals ?? true, log: (line) => void io.stdout(`${line}\n`) },
          );
          if (!started.ok) throw new CliFailure(started.error.message);
        },
      );
  },
};
