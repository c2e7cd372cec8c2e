import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { IdParams, InternalDomainList, NeverLogEntry, NeverLogList } from "../../contracts";
import {
  addNeverLog,
  listInternalDomains,
  listNeverLog,
  removeNeverLog,
  replaceInternalDomains,
} from "../services/exclusion-service";
import { valueOrThrow, type RouteContext } from "./route-context";

const tags = ["exclusions"];

/** The never-log list (per tenant and per user) and the tenant's internal domains. */
export const exclusionRoutes: FastifyPluginAsyncTypebox<RouteContext> = async (app, { db }) => {
  const repos = db.repositories;

  app.get("/never-log", { schema: { tags, response: { 200: NeverLogList } } }, async (req) =>
    listNeverLog(repos, req.principal),
  );

  app.post(
    "/never-log",
    { schema: { tags, body: NeverLogEntry, response: { 201: NeverLogEntry } } },
    async (req, reply) =>
      reply.code(201).send(valueOrThrow(await addNeverLog(repos, req.principal, req.body))),
  );

  app.delete("/never-log/:id", { schema: { tags, params: IdParams } }, async (req, reply) => {
    valueOrThrow(await removeNeverLog(repos, req.principal, req.params.id));
    return reply.code(204).send();
  });

  app.get(
    "/internal-domains",
    { config: { admin: true }, schema: { tags, response: { 200: InternalDomainList } } },
    async (req) => listInternalDomains(repos, req.principal),
  );

  app.put(
    "/internal-domains",
    {
      config: { admin: true },
      schema: { tags, body: InternalDomainList, response: { 200: InternalDomainList } },
    },
    async (req) =>
      valueOrThrow(await db.transaction((trx) => replaceInternalDomains(trx, req.principal, req.body.items))),
  );
};
