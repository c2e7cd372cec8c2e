import { readFileSync } from "node:fs";
import { createServer as createHttpServer, type Server } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo } from "node:net";
import type { FastifyInstance } from "fastify";
import { fail, ok, type Result } from "../domain/result";
import { buildApp, type AppDeps } from "./app";
import type { StoreConfig } from "./config";
import { answerClientError } from "./http/answer-client-error";

export interface ServerConfig extends StoreConfig {
  host: string;
  port: number;
  /** PEM files; both or neither. */
  tlsCert?: string;
  tlsKey?: string;
  /** How long a shutdown waits for requests in progress before it closes their connections (default 10 s). */
  shutdownTimeoutMs?: number;
}

export const DEFAULT_SHUTDOWN_TIMEOUT_MS = 10_000;

export type ServeErrorCode = "SERVE_DEV_AUTH_NOT_LOOPBACK" | "SERVE_TLS_INCOMPLETE" | "SERVE_LISTEN_FAILED";
export interface ServeError {
  code: ServeErrorCode;
  message: string;
}

export interface RunningServer {
  url: string;
  app: FastifyInstance;
  server: Server;
  /**
   * Stops accepting, lets in-flight requests finish for up to the shutdown timeout, then closes what is
   * still open (a slow export included) and the app with its database.
   */
  close(): Promise<void>;
}

export interface ServeOptions extends AppDeps {
  /** Close on SIGINT/SIGTERM (default true; tests turn it off). */
  handleSignals?: boolean;
  log?: (line: string) => void;
}

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "::1", "[::1]", "localhost"]);

/** Dev tokens are minted by anyone who can reach the store, so dev auth serves loopback only. */
export function checkListenHost(config: Pick<ServerConfig, "auth" | "host">): Result<void, ServeError> {
  if (config.auth.mode === "dev" && !LOOPBACK_HOSTS.has(config.host.toLowerCase())) {
    return fail({
      code: "SERVE_DEV_AUTH_NOT_LOOPBACK",
      message: `dev auth listens on loopback only (127.0.0.1, ::1, localhost), not ${config.host}: use --auth entra`,
    });
  }
  return ok(undefined);
}

/**
 * Builds the app and serves it over HTTP, or HTTPS when given a certificate and key. The node server is
 * ours rather than Fastify's so that TLS stays a serving concern and buildApp needs no listen options.
 */
export async function startServer(
  config: ServerConfig,
  options: ServeOptions = {},
): Promise<Result<RunningServer, ServeError>> {
  const log = options.log ?? ((line: string) => console.log(line));
  const host = checkListenHost(config);
  if (!host.ok) return host;
  if ((config.tlsCert === undefined) !== (config.tlsKey === undefined)) {
    return fail({ code: "SERVE_TLS_INCOMPLETE", message: "TLS needs both --tls-cert and --tls-key" });
  }
  const tls = config.tlsCert !== undefined && config.tlsKey !== undefined;
  const app = await buildApp(config, options);
  await app.ready();
  // Shedding comes first, before Fastify builds anything for the request: under overload most requests
  // end here, and each must cost as little as it can.
  const handler = (
    req: Parameters<FastifyInstance["routing"]>[0],
    res: Parameters<FastifyInstance["routing"]>[1],
  ) => {
    if (app.shedder.admit(req, res)) app.routing(req, res);
  };
  const server: Server = tls
    ? createHttpsServer(
        { cert: readFileSync(config.tlsCert as string), key: readFileSync(config.tlsKey as string) },
        handler,
      )
    : createHttpServer(handler);
  // Requests Node cannot parse (431 headers too large, a malformed request line) get a coded JSON body.
  server.on("clientError", answerClientError);
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(config.port, config.host.replace(/^\[(.*)\]$/, "$1"), () => {
        server.off("error", reject);
        resolve();
      });
    });
  } catch (error) {
    await app.close();
    return fail({
      code: "SERVE_LISTEN_FAILED",
      message: `cannot listen on ${config.host}:${config.port}: ${(error as Error).message}`,
    });
  }
  const address = server.address() as AddressInfo;
  const shownHost = address.family === "IPv6" ? `[${address.address}]` : address.address;
  const url = `${tls ? "https" : "http"}://${shownHost}:${address.port}`;
  const timeoutMs = config.shutdownTimeoutMs ?? DEFAULT_SHUTDOWN_TIMEOUT_MS;
  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      await new Promise<void>((resolve) => {
        // A keep-alive connection whose request finishes during shutdown would otherwise hold close()
        // open until its idle timeout: close connections as soon as they fall idle.
        const sweep = setInterval(() => server.closeIdleConnections(), 50);
        // Past the timeout, what is still running (an export to a slow reader) loses its connection;
        // its producer sees the stream close and ends its snapshot.
        const deadline = setTimeout(() => server.closeAllConnections(), timeoutMs);
        server.close(() => {
          clearInterval(sweep);
          clearTimeout(deadline);
          resolve();
        });
        server.closeIdleConnections();
      });
      await app.close();
    })());
  if (options.handleSignals !== false) installSignalHandlers(close, log);
  log(
    `Touchpoint store listening on ${url} (${config.databaseUrl ? "PostgreSQL" : "SQLite"}, ${config.auth.mode} auth)`,
  );
  return ok({ url, app, server, close });
}

function installSignalHandlers(close: () => Promise<void>, log: (line: string) => void): void {
  let signalled = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (signalled) {
      log(`${signal} again: exiting now`);
      process.exit(1);
    }
    signalled = true;
    log(`${signal}: finishing in-flight requests, then stopping`);
    close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
}
