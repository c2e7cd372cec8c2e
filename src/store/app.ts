import Fastify, { type FastifyError, type FastifyInstance } from "fastify";
import fastifyStatic from "@fastify/static";
import fastifySwagger from "@fastify/swagger";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { FieldProblem } from "../contracts";
import { HealthResponse } from "../contracts";
import { createAuthenticator } from "./auth/create-authenticator";
import type { Authenticator, Principal } from "./auth/principal";
import type { StoreConfig } from "./config";
import { createDatabase, type StoreDatabase } from "./db/create-database";
import { StoreError } from "./errors";
import { contactRoutes } from "./routes/contact-routes";
import { devTokenRoutes } from "./routes/dev-token-routes";
import { exclusionRoutes } from "./routes/exclusion-routes";
import { importExportRoutes } from "./routes/import-export-routes";
import { interactionRoutes } from "./routes/interaction-routes";
import { createStoreMetrics, metricsRoutes } from "./routes/metrics-routes";
import { referenceDataRoutes } from "./routes/reference-data-routes";

declare module "fastify" {
  interface FastifyRequest {
    /** The authenticated caller; set by the auth hook on every non-public /api/v1 route. */
    principal: Principal;
  }
  interface FastifyContextConfig {
    /** No token needed (health, OpenAPI document). */
    public?: boolean;
    /** Needs the admin role. */
    admin?: boolean;
  }
}

/** What a caller (tests, benchmarks) may hand in instead of what buildApp would create from config. */
export interface AppDeps {
  database?: StoreDatabase;
  authenticator?: Authenticator;
}

const DEFAULT_BODY_LIMIT = 1024 * 1024;
const HARNESS_PATH = /^\/harness(\.html$|\/|$)/;
/** MSAL's redirect bridge page in the built add-in (src/addin/platform/auth/auth-redirect-entry.ts). */
const REDIRECT_BRIDGE_PATH = "/auth-redirect.html";

type Ajv400 = FastifyError & { validation: NonNullable<FastifyError["validation"]> };

function validationDetails(error: Ajv400): FieldProblem[] {
  return error.validation.map((v) => {
    const params = v.params as { missingProperty?: string; additionalProperty?: string };
    const leaf = params.missingProperty ?? params.additionalProperty;
    const path = `${error.validationContext ?? "body"}${v.instancePath}${leaf === undefined ? "" : `/${leaf}`}`;
    return { path, message: v.message ?? "is not valid" };
  });
}

/** Maps anything thrown to the one error body; 5xx answers never carry internal details. */
function toStoreError(error: FastifyError): StoreError {
  if (error instanceof StoreError) return error;
  if (error.validation !== undefined) {
    return new StoreError("STORE_VALIDATION", undefined, validationDetails(error as Ajv400));
  }
  switch (error.code) {
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return new StoreError("STORE_BODY_TOO_LARGE");
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return new StoreError("STORE_UNSUPPORTED_MEDIA_TYPE");
  }
  const status = error.statusCode ?? 500;
  if (status === 404) return new StoreError("STORE_NOT_FOUND");
  if (status === 413) return new StoreError("STORE_BODY_TOO_LARGE");
  if (status === 415) return new StoreError("STORE_UNSUPPORTED_MEDIA_TYPE");
  if (status >= 400 && status < 500)
    return new StoreError("STORE_VALIDATION", "The request body is not valid JSON.");
  return new StoreError("STORE_INTERNAL");
}

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
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.addHook("onClose", async () => db.close());
  try {
    await db.migrate();
  } catch (error) {
    await db.close();
    throw error;
  }
  const authenticator = deps.authenticator ?? (await createAuthenticator(config.auth));
  const metrics = createStoreMetrics();

  app.decorateRequest("principal", null as unknown as Principal);
  app.setErrorHandler((error: FastifyError, req, reply) => {
    const storeError = toStoreError(error);
    if (storeError.status >= 500) req.log.error({ err: error }, "request failed");
    return reply.code(storeError.status).send(storeError.toBody());
  });
  app.setNotFoundHandler((_req, reply) => reply.code(404).send(new StoreError("STORE_NOT_FOUND").toBody()));
  app.addHook("onResponse", async (req, reply) => {
    metrics.observeRequest(
      req.method,
      req.routeOptions.url ?? "unmatched",
      reply.statusCode,
      reply.elapsedTime / 1000,
    );
  });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: "3.0.3",
      info: { title: "Touchpoint interaction store", version: "1" },
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
          throw new StoreError("STORE_FORBIDDEN");
        }
        req.principal = result.value;
      });
      const context = { db, metrics };
      await api.register(contactRoutes, context);
      await api.register(interactionRoutes, context);
      await api.register(referenceDataRoutes, context);
      await api.register(exclusionRoutes, context);
      await api.register(metricsRoutes, { metrics });
      await api.register(importExportRoutes, context);
    },
    { prefix: "/api/v1" },
  );

  if (config.staticDir !== undefined) {
    // The harness signs in as any demo user: it exists only where dev tokens do.
    const devMode = config.auth.mode === "dev";
    app.addHook("onRequest", async (req) => {
      if (!devMode && HARNESS_PATH.test(req.url.split("?")[0] ?? "")) throw new StoreError("STORE_NOT_FOUND");
    });
    // The sign-in redirect bridge carries an authorization code in its URL: nothing may keep a copy.
    app.addHook("onSend", async (req, reply, payload) => {
      if (req.url.split("?")[0] === REDIRECT_BRIDGE_PATH) reply.header("cache-control", "no-store");
      return payload;
    });
    await app.register(fastifyStatic, { root: config.staticDir, prefix: "/" });
  }
  return app;
}
