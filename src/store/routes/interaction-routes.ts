import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import {
  DeleteCanceledResponse,
  DocumentEventRequest,
  EntryList,
  EntryListQuery,
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
  restoreEntry,
} from "../services/interaction-lifecycle";
import { listEntries, sourceStatus } from "../services/interaction-queries";
import { logInteraction, resolveLogTargets } from "../services/log-interaction";
import { statisticsReport } from "../services/statistics-service";
import { answerOnce } from "./answer-once";
import { IDEMPOTENCY_KEY_OPTIONAL, IDEMPOTENCY_KEY_REQUIRED } from "./idempotency-header";
import { valueOrThrow, type RouteContext } from "./route-context";

const tags = ["interactions"];
const optionalKey = { idempotency: "optional" } as const;
/** A log answers 201 when it wrote an entry, 200 when every contact had one already. */
const logStatus = (answer: { entries: unknown[] }) => (answer.entries.length > 0 ? 201 : 200);

/** Logging, reading back and the lifecycle of interaction log entries. */
export const interactionRoutes: FastifyPluginAsyncTypebox<RouteContext> = async (app, context) => {
  const { db, metrics, keys } = context;
  const once = answerOnce(context);
  const now = keys.now;

  app.post(
    "/interactions",
    {
      config: { idempotency: "required" },
      schema: {
        tags,
        headers: IDEMPOTENCY_KEY_REQUIRED,
        body: LogInteractionRequest,
        response: { 200: LogInteractionResponse, 201: LogInteractionResponse },
      },
    },
    async (req, reply) => {
      const targets = valueOrThrow(await resolveLogTargets(db.repositories, req.principal, req.body));
      return once(
        req,
        reply,
        logStatus,
        (trx) => logInteraction(trx, req.principal, req.body, targets, now()),
        (answer) => metrics.entriesLogged(answer.entries.length),
      );
    },
  );

  app.get(
    "/interactions",
    { schema: { tags, querystring: EntryListQuery, response: { 200: EntryList } } },
    async (req) => {
      const { contact, company, template, group, salesperson, opportunity, campaign, ...rest } = req.query;
      return valueOrThrow(
        await listEntries(db.repositories, req.principal, {
          ...rest,
          ...(contact === undefined ? {} : { contactNo: contact }),
          ...(company === undefined ? {} : { companyNo: company }),
          ...(template === undefined ? {} : { templateCode: template }),
          ...(group === undefined ? {} : { groupCode: group }),
          ...(salesperson === undefined ? {} : { salespersonCode: salesperson }),
          ...(opportunity === undefined ? {} : { opportunityNo: opportunity }),
          ...(campaign === undefined ? {} : { campaignNo: campaign }),
        }),
      );
    },
  );

  app.get(
    "/logged-items",
    { schema: { tags, querystring: SourceQuery, response: { 200: SourceStatus } } },
    async (req) => sourceStatus(db.repositories, req.principal, req.query.source),
  );

  app.get(
    "/statistics",
    {
      config: { manager: true },
      schema: { tags, querystring: ReportQuery, response: { 200: StatisticsReport } },
    },
    async (req) => {
      const { by, ...range } = req.query;
      return statisticsReport(db.repositories, req.principal, by, range);
    },
  );

  app.delete(
    "/interactions/canceled",
    {
      config: { admin: true, ...optionalKey },
      schema: { tags, headers: IDEMPOTENCY_KEY_OPTIONAL, response: { 200: DeleteCanceledResponse } },
    },
    async (req, reply) => once(req, reply, 200, (trx) => deleteCanceledEntries(trx, req.principal, now())),
  );

  app.post(
    "/interactions/:entryNo/cancel",
    {
      config: optionalKey,
      schema: {
        tags,
        headers: IDEMPOTENCY_KEY_OPTIONAL,
        params: EntryParams,
        response: { 200: InteractionEntry },
      },
    },
    async (req, reply) =>
      once(req, reply, 200, (trx) => cancelEntry(trx, req.principal, req.params.entryNo, now())),
  );

  app.post(
    "/interactions/:entryNo/restore",
    {
      config: optionalKey,
      schema: {
        tags,
        headers: IDEMPOTENCY_KEY_OPTIONAL,
        params: EntryParams,
        response: { 200: InteractionEntry },
      },
    },
    async (req, reply) =>
      once(req, reply, 200, (trx) => restoreEntry(trx, req.principal, req.params.entryNo, now())),
  );

  app.post(
    "/interactions/:entryNo/evaluate",
    {
      config: optionalKey,
      schema: {
        tags,
        headers: IDEMPOTENCY_KEY_OPTIONAL,
        params: EntryParams,
        body: EvaluateRequest,
        response: { 200: InteractionEntry },
      },
    },
    async (req, reply) =>
      once(req, reply, 200, (trx) =>
        evaluateEntry(trx, req.principal, req.params.entryNo, req.body.evaluation, now()),
      ),
  );

  app.post(
    "/logged-items/:id/cancel",
    {
      config: optionalKey,
      schema: { tags, headers: IDEMPOTENCY_KEY_OPTIONAL, params: IdParams, response: { 200: LoggedItem } },
    },
    async (req, reply) =>
      once(req, reply, 200, (trx) => cancelLoggedItem(trx, req.principal, req.params.id, now())),
  );

  app.post(
    "/document-events",
    {
      config: optionalKey,
      schema: {
        tags,
        headers: IDEMPOTENCY_KEY_OPTIONAL,
        body: DocumentEventRequest,
        response: { 200: LogInteractionResponse, 201: LogInteractionResponse },
      },
    },
    async (req, reply) =>
      once(
        req,
        reply,
        logStatus,
        (trx) => recordDocumentEvent(trx, req.principal, req.body, now()),
        (answer) => metrics.entriesLogged(answer.entries.length),
      ),
  );
};
