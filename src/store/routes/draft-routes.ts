import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Draft, DraftList, DraftListQuery, IdParams, ResumeDraftRequest } from "../../contracts";
import { deleteDraft, listDrafts, resumeDraft } from "../services/drafts";
import { answerOnce } from "./answer-once";
import { IDEMPOTENCY_KEY_OPTIONAL } from "./idempotency-header";
import type { RouteContext } from "./route-context";

const tags = ["drafts"];
const optionalKey = { idempotency: "optional" } as const;

/** Postponed interactions: the caller's drafts, resume, and delete. */
export const draftRoutes: FastifyPluginAsyncTypebox<RouteContext> = async (app, context) => {
  const { db, keys } = context;
  const once = answerOnce(context);

  app.get(
    "/drafts",
    { schema: { tags, querystring: DraftListQuery, response: { 200: DraftList } } },
    async (req) => listDrafts(db.repositories, req.principal, req.query.limit),
  );

  app.post(
    "/logged-items/:id/resume",
    {
      config: optionalKey,
      schema: {
        tags,
        headers: IDEMPOTENCY_KEY_OPTIONAL,
        params: IdParams,
        body: ResumeDraftRequest,
        response: { 200: Draft },
      },
    },
    async (req, reply) =>
      once(req, reply, 200, (trx) => resumeDraft(trx, req.principal, req.params.id, req.body, keys.now())),
  );

  app.delete(
    "/logged-items/:id",
    { config: optionalKey, schema: { tags, headers: IDEMPOTENCY_KEY_OPTIONAL, params: IdParams } },
    async (req, reply) =>
      once(req, reply, 204, (trx) => deleteDraft(trx, req.principal, req.params.id, keys.now())),
  );
};
