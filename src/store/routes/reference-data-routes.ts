import { createHash } from "node:crypto";
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import type { FastifyReply, FastifyRequest } from "fastify";
import { Type } from "@sinclair/typebox";
import {
  CodeParams,
  EventKind,
  GroupList,
  InteractionGroup,
  InteractionTemplate,
  PutGroupRequest,
  PutTemplateRequest,
  PutTemplateSetupRequest,
  TemplateList,
  TemplateSetup,
  TemplateSetupRow,
  TenantSettings,
  TenantSettingsAnswer,
} from "../../contracts";
import {
  listGroups,
  listTemplates,
  listTemplateSetup,
  putGroup,
  putTemplate,
  putTemplateSetup,
  putTenantSettings,
  readTenantSettings,
} from "../services/reference-data-service";
import { answerOnce } from "./answer-once";
import { IDEMPOTENCY_KEY_OPTIONAL as headers } from "./idempotency-header";
import type { RouteContext } from "./route-context";

const tags = ["reference data"];

/** A strong ETag of the answer's bytes: the add-in revalidates its cache with If-None-Match. */
function sendWithETag(req: FastifyRequest, reply: FastifyReply, body: unknown) {
  const etag = `"${createHash("sha256").update(JSON.stringify(body)).digest("base64url").slice(0, 27)}"`;
  reply.header("etag", etag).header("cache-control", "private, no-cache");
  const ifNoneMatch = req.headers["if-none-match"];
  const candidates = (ifNoneMatch ?? "").split(",").map((t) => t.trim());
  if (candidates.includes(etag) || candidates.includes("*")) return reply.code(304).send();
  return reply.send(body);
}

/** Interaction groups, templates and template setup; writes are for admins. */
export const referenceDataRoutes: FastifyPluginAsyncTypebox<RouteContext> = async (app, context) => {
  const repos = context.db.repositories;
  const once = answerOnce(context);
  const now = context.keys.now;
  const admin = { admin: true, idempotency: "optional" } as const;

  app.get("/interaction-groups", { schema: { tags, response: { 200: GroupList } } }, async (req, reply) =>
    sendWithETag(req, reply, await listGroups(repos, req.principal)),
  );
  app.get(
    "/interaction-templates",
    { schema: { tags, response: { 200: TemplateList } } },
    async (req, reply) => sendWithETag(req, reply, await listTemplates(repos, req.principal)),
  );
  app.get("/template-setup", { schema: { tags, response: { 200: TemplateSetup } } }, async (req, reply) =>
    sendWithETag(req, reply, await listTemplateSetup(repos, req.principal)),
  );

  app.put(
    "/interaction-groups/:code",
    {
      config: admin,
      schema: {
        tags,
        headers,
        params: CodeParams,
        body: PutGroupRequest,
        response: { 200: InteractionGroup },
      },
    },
    async (req, reply) =>
      once(req, reply, 200, (trx) =>
        putGroup(trx, req.principal, { code: req.params.code, description: req.body.description }, now()),
      ),
  );
  app.put(
    "/interaction-templates/:code",
    {
      config: admin,
      schema: {
        tags,
        headers,
        params: CodeParams,
        body: PutTemplateRequest,
        response: { 200: InteractionTemplate },
      },
    },
    async (req, reply) =>
      once(req, reply, 200, (trx) =>
        putTemplate(trx, req.principal, { ...req.body, code: req.params.code }, now()),
      ),
  );
  app.put(
    "/template-setup/:eventKind",
    {
      config: admin,
      schema: {
        tags,
        headers,
        params: Type.Object({ eventKind: EventKind }),
        body: PutTemplateSetupRequest,
        response: { 200: TemplateSetupRow },
      },
    },
    async (req, reply) =>
      once(req, reply, 200, (trx) =>
        putTemplateSetup(
          trx,
          req.principal,
          { eventKind: req.params.eventKind, templateCode: req.body.templateCode },
          now(),
        ),
      ),
  );

  app.get("/tenant-settings", { schema: { tags, response: { 200: TenantSettingsAnswer } } }, async (req) =>
    readTenantSettings(repos, req.principal),
  );
  app.put(
    "/tenant-settings",
    {
      config: admin,
      schema: { tags, headers, body: TenantSettings, response: { 200: TenantSettingsAnswer } },
    },
    async (req, reply) =>
      once(req, reply, 200, (trx) => putTenantSettings(trx, req.principal, req.body, now())),
  );
};
