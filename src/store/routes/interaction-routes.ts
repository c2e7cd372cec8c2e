import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import {
  DeleteCanceledResponse,
  DocumentEventRequest,
  EntryParams,
  EvaluateRequest,
  IdParams,
  InteractionEntry,
  LoggedItem,
  LogInteractionRequest,
  LogInteractionResponse,
  ReportQuery,
  SourceQuery,
  StatisticsReport,
  SourceStatus,
} from "../../contracts";
import { recordDocumentEvent } from "../services/document-events";
import {
  cancelEntry,
  cancelLoggedItem,
  deleteCanceledEntries,
  evaluateEntry,
} from "../services/interaction-lifecycle";
import { sourceStatus } from "../services/interaction-queries";
import { logInteraction } from "../services/log-interaction";
import { statisticsReport } from "../services/statistics-service";
import { valueOrThrow, type RouteContext } from "./route-context";

const tags = ["interactions"];
const IdempotencyHeaders = Type.Object({ "idempotency-key": Type.Optional(Type.String()) });

/** Logging, reading back and the lifecycle of interaction log entries. */
export const interactionRoutes: FastifyPluginAsyncTypebox<RouteContext> = async (app, { db, metrics }) => {
  const repos = db.repositories;

  app.post(
    "/interactions",
    {
      schema: {
        tags,
        headers: IdempotencyHeaders,
        body: LogInteractionRequest,
        response: { 200: LogInteractionResponse, 201: LogInteractionResponse },
      },
    },
    async (req, reply) => {
      const outcome = valueOrThrow(
        await logInteraction(db, req.principal, req.headers["idempotency-key"], req.body),
      );
      if (!outcome.replayed) metrics.entriesLogged(outcome.body.entries.length);
      if (outcome.replayed) reply.header("idempotent-replayed", "true");
      return reply.code(outcome.status).send(outcome.body);
    },
  );

  app.get(
    "/interactions",
    { schema: { tags, querystring: SourceQuery, response: { 200: SourceStatus } } },
    async (req) => sourceStatus(repos, req.principal, req.query.source),
  );

  app.get(
    "/statistics",
    {
      config: { admin: true },
      schema: { tags, querystring: ReportQuery, response: { 200: StatisticsReport } },
    },
    async (req) => {
      const { by, ...range } = req.query;
      return statisticsReport(repos, req.principal, by, range);
    },
  );

  app.delete(
    "/interactions/canceled",
    { config: { admin: true }, schema: { tags, response: { 200: DeleteCanceledResponse } } },
    async (req) => deleteCanceledEntries(db, req.principal),
  );

  app.post(
    "/interactions/:entryNo/cancel",
    { schema: { tags, params: EntryParams, response: { 200: InteractionEntry } } },
    async (req) => valueOrThrow(await cancelEntry(repos, req.principal, req.params.entryNo)),
  );

  app.post(
    "/interactions/:entryNo/evaluate",
    { schema: { tags, params: EntryParams, body: EvaluateRequest, response: { 200: InteractionEntry } } },
    async (req) =>
      valueOrThrow(await evaluateEntry(repos, req.principal, req.params.entryNo, req.body.evaluation)),
  );

  app.post(
    "/logged-items/:id/cancel",
    { schema: { tags, params: IdParams, response: { 200: LoggedItem } } },
    async (req) => valueOrThrow(await cancelLoggedItem(db, req.principal, req.params.id)),
  );

  app.post(
    "/document-events",
    {
      schema: {
        tags,
        body: DocumentEventRequest,
        response: { 200: LogInteractionResponse, 201: LogInteractionResponse },
      },
    },
    async (req, reply) => {
      const outcome = valueOrThrow(await recordDocumentEvent(db, req.principal, req.body));
      metrics.entriesLogged(outcome.body.entries.length);
      return reply.code(outcome.status).send(outcome.body);
    },
  );
};
