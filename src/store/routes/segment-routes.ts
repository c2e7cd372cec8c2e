import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import {
  AddSegmentLinesRequest,
  CreateSegmentRequest,
  IdParams,
  LoggedSegment,
  LoggedSegmentList,
  LogSegmentRequest,
  LogSegmentResponse,
  Segment,
  SegmentLine,
  SegmentLineParams,
  SegmentLinesResponse,
  SegmentList,
  SegmentNo,
  SegmentParams,
  UpdateSegmentRequest,
} from "../../contracts";
import { cancelLoggedSegment, listLoggedSegments, logSegment } from "../services/segment-log";
import {
  addSegmentLines,
  createSegment,
  deleteSegment,
  deleteSegmentLine,
  listSegments,
  readSegment,
  updateSegment,
} from "../services/segment-service";
import { answerOnce } from "./answer-once";
import { IDEMPOTENCY_KEY_OPTIONAL, IDEMPOTENCY_KEY_REQUIRED } from "./idempotency-header";
import { valueOrThrow, type RouteContext } from "./route-context";

const tags = ["segments"];
const optionalKey = { idempotency: "optional" } as const;
const headers = IDEMPOTENCY_KEY_OPTIONAL;

/** Segments [Segment Header/Line], logging to them, and logged segments. */
export const segmentRoutes: FastifyPluginAsyncTypebox<RouteContext> = async (app, context) => {
  const repos = context.db.repositories;
  const once = answerOnce(context);
  const now = context.keys.now;

  app.get("/segments", { schema: { tags, response: { 200: SegmentList } } }, async (req) =>
    listSegments(repos, req.principal),
  );

  app.post(
    "/segments",
    {
      config: optionalKey,
      schema: { tags, headers, body: CreateSegmentRequest, response: { 201: SegmentLinesResponse } },
    },
    async (req, reply) => once(req, reply, 201, (trx) => createSegment(trx, req.principal, req.body, now())),
  );

  app.get(
    "/segments/:no",
    { schema: { tags, params: SegmentParams, response: { 200: Segment } } },
    async (req) => valueOrThrow(await readSegment(repos, req.principal, req.params.no)),
  );

  app.patch(
    "/segments/:no",
    {
      config: optionalKey,
      schema: {
        tags,
        headers,
        params: SegmentParams,
        body: UpdateSegmentRequest,
        response: { 200: Segment },
      },
    },
    async (req, reply) =>
      once(req, reply, 200, (trx) => updateSegment(trx, req.principal, req.params.no, req.body, now())),
  );

  app.delete(
    "/segments/:no",
    { config: optionalKey, schema: { tags, headers, params: SegmentParams } },
    async (req, reply) =>
      once(req, reply, 204, (trx) => deleteSegment(trx, req.principal, req.params.no, now())),
  );

  app.get(
    "/segments/:no/lines",
    {
      schema: {
        tags,
        params: SegmentParams,
        response: { 200: Type.Object({ items: Type.Array(SegmentLine) }) },
      },
    },
    async (req) => ({ items: valueOrThrow(await readSegment(repos, req.principal, req.params.no)).lines }),
  );

  app.post(
    "/segments/:no/lines",
    {
      config: optionalKey,
      schema: {
        tags,
        headers,
        params: SegmentParams,
        body: AddSegmentLinesRequest,
        response: { 200: SegmentLinesResponse },
      },
    },
    async (req, reply) =>
      once(req, reply, 200, (trx) => addSegmentLines(trx, req.principal, req.params.no, req.body, now())),
  );

  app.delete(
    "/segments/:no/lines/:lineNo",
    { config: optionalKey, schema: { tags, headers, params: SegmentLineParams } },
    async (req, reply) =>
      once(req, reply, 204, (trx) =>
        deleteSegmentLine(trx, req.principal, req.params.no, req.params.lineNo, now()),
      ),
  );

  app.post(
    "/segments/:no/log",
    {
      config: { idempotency: "required" },
      schema: {
        tags,
        headers: IDEMPOTENCY_KEY_REQUIRED,
        params: SegmentParams,
        body: LogSegmentRequest,
        response: { 200: LogSegmentResponse, 201: LogSegmentResponse },
      },
    },
    async (req, reply) =>
      once(
        req,
        reply,
        (answer: LogSegmentResponse) => (answer.entries.length > 0 ? 201 : 200),
        (trx) => logSegment(trx, req.principal, req.params.no, req.body, now()),
      ),
  );

  app.get(
    "/logged-segments",
    {
      schema: {
        tags,
        querystring: Type.Object(
          {
            segment: Type.Optional(SegmentNo),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: LoggedSegmentList },
      },
    },
    async (req) => listLoggedSegments(repos, req.principal, req.query.segment, req.query.limit),
  );

  app.post(
    "/logged-segments/:id/cancel",
    { config: optionalKey, schema: { tags, headers, params: IdParams, response: { 200: LoggedSegment } } },
    async (req, reply) =>
      once(req, reply, 200, (trx) => cancelLoggedSegment(trx, req.principal, req.params.id, now())),
  );
};
