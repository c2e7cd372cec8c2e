import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { IdParams, InternalDomainList, NeverLogEntry, NeverLogList } from "../../contracts";
import {
  addNeverLog,
  listInternalDomains,
  listNeverLog,
  removeNeverLog,
  replaceInternalDomains,
} from "../services/exclusion-service";
import { answerOnce } from "./answer-once";
import { IDEMPOTENCY_KEY_OPTIONAL } from "./idempotency-header";
import type { RouteContext } from "./route-context";

const tags = ["exclusions"];
const headers = IDEMPOTENCY_KEY_OPTIONAL;

/** The never-log list (per tenant and per user) and the tenant's internal domains. */
export const exclusionRoutes: FastifyPluginAsyncTypebox<RouteContext> = async (app, context) => {
  const repos = context.db.repositories;
  const once = answerOnce(context);
  const now = context.keys.now;

  app.get("/never-log", { schema: { tags, response: { 200: NeverLogList } } }, async (req) =>
    listNeverLog(repos, req.principal),
  );

  app.post(
    "/never-log",
    {
      config: { idempotency: "optional" },
      schema: { tags, headers, body: NeverLogEntry, response: { 201: NeverLogEntry } },
    },
    async (req, reply) => once(req, reply, 201, (trx) => addNeverLog(trx, req.principal, req.body, now())),
  );

  app.delete(
    "/never-log/:id",
    { config: { idempotency: "optional" }, schema: { tags, headers, params: IdParams } },
    async (req, reply) =>
      once(req, reply, 204, (trx) => removeNeverLog(trx, req.principal, req.params.id, now())),
  );

  app.get(
    "/internal-domains",
    { config: { admin: true }, schema: { tags, response: { 200: InternalDomainList } } },
    async (req) => listInternalDomains(repos, req.principal),
  );

  app.put(
    "/internal-domains",
    {
      config: { admin: true, idempotency: "optional" },
      schema: { tags, headers, body: InternalDomainList, response: { 200: InternalDomainList } },
    },
    async (req, reply) =>
      once(req, reply, 200, (trx) => replaceInternalDomains(trx, req.principal, req.body.items, now())),
  );
};
