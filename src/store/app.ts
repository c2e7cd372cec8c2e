import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply } from "fastify";
import fastifySwagger from "@fastify/swagger";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { HealthResponse } from "../contracts";
import { createAuthenticator } from "./auth/create-authenticator";
import type { Authenticator, Principal } from "./auth/principal";
import type { StoreConfig } from "./config";
import { createDatabase, type StoreDatabase } from "./db/create-database";
import { StoreError } from "./errors";
import { isManager } from "./services/authorize";
import { answerClientError } from "./http/answer-client-error";
import { addDevOriginGuard } from "./http/dev-origin-guard";
import { addIdempotencyKeys } from "./http/idempotency-keys";
import { addRateLimits, DEFAULT_LOAD_LIMITS } from "./http/load-limits";
import { addLoadShedding, createShedder, type Shedder } from "./http/load-shedding";
import { requestTextProblems } from "./http/request-text-policy";
import { addSecurityHeaders } from "./http/security-headers";
import { serveStaticFiles } from "./http/static-files";
import { toStoreError } from "./http/to-store-error";
import { auditRoutes } from "./routes/audit-routes";
import { contactRoutes } from "./routes/contact-routes";
import { devTokenRoutes } from "./routes/dev-token-routes";
import { exclusionRoutes } from "./routes/exclusion-routes";
import { importExportRoutes } from "./routes/import-export-routes";
import { draftRoutes } from "./routes/draft-routes";
import { interactionRoutes } from "./routes/interaction-routes";
import { segmentRoutes } from "./routes/segment-routes";
import { todoRoutes } from "./routes/todo-routes";
import { createStoreMetrics, metricsRoutes } from "./routes/metrics-routes";
import { referenceDataRoutes } from "./routes/reference-data-routes";
import { userSetupRoutes } from "./routes/user-setup-routes";
import { salesLinkRoutes } from "./routes/sales-link-routes";
import { DEFAULT_KEY_TTL_MS, sweepExpiredKeys, type KeyPolicy } from "./services/write-once";

declare module "fastify" {
  interface FastifyInstance {
    /** Admits or sheds a request; the store's HTTP server asks it before Fastify routes anything. */
    shedder: Shedder;
  }
  interface FastifyRequest {
    /** The authenticated caller; set by the auth hook on every non-public /api/v1 route. */
    principal: Principal;
  }
  interface FastifyContextConfig {
    /** No token needed (health, OpenAPI document). */
    public?: boolean;
    /** Needs the admin role. */
    admin?: boolean;
    /** Needs the manager role (administrators have it too). */
    manager?: boolean;
  }
}

/** What a caller (tests, benchmarks) may hand in instead of what buildApp would create from config. */
export interface AppDeps {
  database?: StoreDatabase;
  authenticator?: Authenticator;
  /** The store's clock (idempotency keys' age, audit times); tests move it. */
  now?: () => Date;
}

const DEFAULT_BODY_LIMIT = 1024 * 1024;

/** What holds for every call, at the head of the OpenAPI document. */
const API_DESCRIPTION = [
  "Errors are `{ error: { code, message, details? } }` with a `STORE_…` code, for every status.",
  "Every change (POST, PUT, PATCH, DELETE) takes an `Idempotency-Key` header: required on POST /interactions,",
  "optional elsewhere. The same key with the same request replays the first answer (`Idempotent-Replayed: true`);",
  "with another request it is 409 STORE_IDEMPOTENCY_MISMATCH. Keys belong to the caller (tenant and user),",
  "are never trimmed, hold at most 200 characters and expire after 24 hours.",
  "Text may not contain C0 control characters other than tab, CR and LF (400 STORE_VALIDATION naming the field).",
  "Each store process limits requests per user and per tenant (429 STORE_RATE_LIMITED with Retry-After) and",
  "sheds load past a number of requests in progress (503 STORE_OVERLOADED with Retry-After).",
].join(" ");
const DEFAULT_KEY_SWEEP_MS = 10 * 60 * 1000;

/** The store as a Fastify instance, migrated and ready for inject() or listen(); it does not listen. */
export async function buildApp(config: StoreConfig, deps: AppDeps = {}): Promise<FastifyInstance> {
  const db =
    deps.database ??
    createDatabase({
      dataDir: config.dataDir,
      ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}),
    });
  const app = Fastify({
    logger: config.logger ?? false,
    bodyLimit: config.bodyLimit ?? DEFAULT_BODY_LIMIT,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: "array", allErrors: true } },
    // Errors Fastify answers before any route runs go through the catalogue too.
    frameworkErrors: (error, _req, reply) => sendError(reply, error as FastifyError),
    clientErrorHandler: answerClientError,
  }).withTypeProvider<TypeBoxTypeProvider>();
  // Registered at once: hooks added after the first await may be missed by an app that is never readied.
  let stopSweeper = async () => undefined as void;
  let stopShedding = () => undefined as void;
  app.addHook("onClose", async () => {
    stopShedding();
    await stopSweeper();
    await db.close();
  });
  try {
    await db.migrate();
  } catch (error) {
    await db.close();
    throw error;
  }
  const authenticator = deps.authenticator ?? (await createAuthenticator(config.auth));
  const metrics = createStoreMetrics();
  const limits = config.limits ?? DEFAULT_LOAD_LIMITS;
  const keys: KeyPolicy = {
    ttlMs: config.idempotencyTtlMs ?? DEFAULT_KEY_TTL_MS,
    now: deps.now ?? (() => new Date()),
  };
  stopSweeper = startKeySweeper(app, db, keys, config.keySweepIntervalMs ?? DEFAULT_KEY_SWEEP_MS);

  app.decorateRequest("principal", null as unknown as Principal);
  app.setErrorHandler((error: FastifyError, req, reply) => {
    if (toStoreError(error).status >= 500) req.log.error({ err: error }, "request failed");
    return sendError(reply, error);
  });
  app.setNotFoundHandler((_req, reply) => reply.code(404).send(new StoreError("STORE_NOT_FOUND").toBody()));
  // Shedding first: a turned-away request costs as little as possible.
  const shedder = createShedder(limits, { shed: metrics.shed, cap: metrics.sheddingCap });
  stopShedding = shedder.stop;
  app.decorate("shedder", shedder);
  addLoadShedding(app, shedder);
  if (config.auth.mode === "dev") addDevOriginGuard(app);
  addSecurityHeaders(app);
  // Hooks on every request are callbacks, not async functions: no promise per hook per request.
  app.addHook("preHandler", (req, _reply, done) => {
    const problems = requestTextProblems({
      body: req.body,
      query: req.query,
      params: req.params,
      headers: req.headers,
    });
    done(problems.length > 0 ? new StoreError("STORE_VALIDATION", undefined, problems) : undefined);
  });
  app.addHook("onResponse", (req, reply, done) => {
    metrics.observeRequest(
      req.method,
      req.routeOptions.url ?? "unmatched",
      reply.statusCode,
      reply.elapsedTime / 1000,
    );
    done();
  });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: "3.0.3",
      info: { title: "Touchpoint interaction store", version: "1", description: API_DESCRIPTION },
      components: { securitySchemes: { bearer: { type: "http", scheme: "bearer" } } },
      security: [{ bearer: [] }],
    },
  });

  await app.register(
    async (open) => {
      open.get(
        "/health",
        {
          config: { public: true },
          schema: { tags: ["system"], security: [], response: { 200: HealthResponse } },
        },
        async () => {
          await db.ping();
          return { status: "ok" as const, database: db.dialect };
        },
      );
      open.get("/openapi.json", { config: { public: true }, schema: { hide: true } }, async () =>
        app.swagger(),
      );
      // Minting tokens without a token is dev mode's sign-in; dev mode listens on loopback only.
      if (config.auth.mode === "dev") await open.register(devTokenRoutes, { dataDir: config.auth.dataDir });
    },
    { prefix: "/api/v1" },
  );

  await app.register(
    async (api) => {
      api.addHook("onRequest", async (req) => {
        const result = await authenticator.authenticate(req.headers.authorization);
        if (!result.ok) throw new StoreError(result.error.code, result.error.message);
        if (req.routeOptions.config.admin === true && !result.value.roles.includes("admin")) {
          throw new StoreError("STORE_ADMIN_ONLY");
        }
        if (req.routeOptions.config.manager === true && !isManager(result.value)) {
          throw new StoreError("STORE_MANAGER_ONLY");
        }
        req.principal = result.value;
      });
      addRateLimits(api, limits, () => metrics.rateLimited());
      addIdempotencyKeys(api, db, keys);
      const context = { db, metrics, keys };
      await api.register(contactRoutes, context);
      await api.register(interactionRoutes, context);
      await api.register(draftRoutes, context);
      await api.register(segmentRoutes, context);
      await api.register(todoRoutes, context);
      await api.register(referenceDataRoutes, context);
      await api.register(salesLinkRoutes, context);
      await api.register(exclusionRoutes, context);
      await api.register(userSetupRoutes, context);
      await api.register(metricsRoutes, { metrics });
      await api.register(importExportRoutes, context);
      await api.register(auditRoutes, context);
    },
    { prefix: "/api/v1" },
  );

  if (config.staticDir !== undefined) {
    await serveStaticFiles(app, {
      root: config.staticDir,
      sourceMaps: config.sourceMaps === true,
      harness: config.auth.mode === "dev",
    });
  }
  return app;
}

/** The one error body, with Retry-After when the error says when to come back. */
function sendError(reply: FastifyReply, error: FastifyError) {
  const storeError = toStoreError(error);
  const retryAfter = storeError.options.retryAfterSeconds;
  if (retryAfter !== undefined) reply.header("retry-after", String(retryAfter));
  return reply.code(storeError.status).send(storeError.toBody());
}

/**
 * Sweeps expired idempotency keys in the background, in bounded batches; answers how to stop it (the
 * sweep in progress finishes first, so the database is never closed under it).
 */
function startKeySweeper(
  app: FastifyInstance,
  db: StoreDatabase,
  keys: KeyPolicy,
  intervalMs: number,
): () => Promise<void> {
  if (intervalMs <= 0) return async () => undefined;
  let sweeping: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    sweeping = sweeping
      .then(() => sweepExpiredKeys(db, keys))
      .catch((error: unknown) => app.log.error({ err: error }, "key sweep failed"));
  }, intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await sweeping;
  };
}
