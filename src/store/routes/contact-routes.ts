import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import {
  Contact,
  ContactList,
  ContactErasure,
  ContactExportQuery,
  ContactParams,
  ContactSearchQuery,
  ContactStatistics,
  CreateContactRequest,
  HistoryQuery,
  InteractionPage,
  MatchRequest,
  MatchResponse,
  StatisticsQuery,
  UpdateContactRequest,
} from "../../contracts";
import { exportContact } from "../export/export-contact";
import { EXPORT_CONTENT_TYPES } from "../export/write-interaction-export";
import { eraseContact } from "../services/contact-erasure";
import { createContact, readContact, searchContacts, updateContact } from "../services/contact-service";
import { contactHistory } from "../services/interaction-queries";
import { contactStatistics } from "../services/statistics-service";
import { matchContacts } from "../services/match-contacts";
import { answerOnce } from "./answer-once";
import { IDEMPOTENCY_KEY_OPTIONAL } from "./idempotency-header";
import { valueOrThrow, type RouteContext } from "./route-context";
import { streamDownload } from "./stream-download";

const tags = ["contacts"];

/** Contacts: match, search, read, create, edit, and each contact's history and statistics. */
export const contactRoutes: FastifyPluginAsyncTypebox<RouteContext> = async (app, context) => {
  const repos = context.db.repositories;
  const once = answerOnce(context);
  const now = context.keys.now;

  app.post(
    "/contacts/match",
    // A read: POST only because 500 addresses do not fit a URL.
    {
      config: { idempotency: "none" },
      schema: { tags, body: MatchRequest, response: { 200: MatchResponse } },
    },
    async (req) => matchContacts(repos, req.principal, req.body.addresses),
  );

  app.get(
    "/contacts",
    { schema: { tags, querystring: ContactSearchQuery, response: { 200: ContactList } } },
    async (req) => ({
      items: await searchContacts(repos, req.principal, req.query.q),
    }),
  );

  app.get(
    "/contacts/:no",
    { schema: { tags, params: ContactParams, response: { 200: Contact } } },
    async (req) => valueOrThrow(await readContact(repos, req.principal, req.params.no)),
  );

  app.post(
    "/contacts",
    {
      config: { idempotency: "optional" },
      schema: {
        tags,
        headers: IDEMPOTENCY_KEY_OPTIONAL,
        body: CreateContactRequest,
        response: { 201: Contact },
      },
    },
    async (req, reply) =>
      once(req, reply, 201, (trx) => createContact(trx, req.principal, req.body, { now: now() })),
  );

  app.patch(
    "/contacts/:no",
    {
      config: { idempotency: "optional" },
      schema: {
        tags,
        headers: IDEMPOTENCY_KEY_OPTIONAL,
        params: ContactParams,
        body: UpdateContactRequest,
        response: { 200: Contact },
      },
    },
    async (req, reply) =>
      once(req, reply, 200, (trx) => updateContact(trx, req.principal, req.params.no, req.body, now())),
  );

  app.get(
    "/contacts/:no/interactions",
    {
      schema: { tags, params: ContactParams, querystring: HistoryQuery, response: { 200: InteractionPage } },
    },
    async (req) => {
      const { template, group, opportunity, campaign, ...rest } = req.query;
      return valueOrThrow(
        await contactHistory(repos, req.principal, req.params.no, {
          ...rest,
          ...(template === undefined ? {} : { templateCode: template }),
          ...(group === undefined ? {} : { groupCode: group }),
          ...(opportunity === undefined ? {} : { opportunityNo: opportunity }),
          ...(campaign === undefined ? {} : { campaignNo: campaign }),
        }),
      );
    },
  );

  app.get(
    "/contacts/:no/statistics",
    {
      schema: {
        tags,
        params: ContactParams,
        querystring: StatisticsQuery,
        response: { 200: ContactStatistics },
      },
    },
    async (req) => {
      const { template, group, ...rest } = req.query;
      return valueOrThrow(
        await contactStatistics(repos, req.principal, req.params.no, {
          ...rest,
          ...(template === undefined ? {} : { templateCode: template }),
          ...(group === undefined ? {} : { groupCode: group }),
        }),
      );
    },
  );

  app.get(
    "/contacts/:no/export",
    {
      config: { admin: true },
      schema: { tags, params: ContactParams, querystring: ContactExportQuery },
    },
    async (req, reply) => {
      const format = req.query.format ?? "json";
      const produce = valueOrThrow(
        await exportContact(context.db, req.principal, req.params.no, format, now()),
      );
      return streamDownload(
        reply,
        EXPORT_CONTENT_TYPES[format],
        `contact-${req.params.no}.${format}`,
        produce,
      );
    },
  );

  app.post(
    "/contacts/:no/erase",
    {
      config: { admin: true, idempotency: "optional" },
      schema: {
        tags,
        headers: IDEMPOTENCY_KEY_OPTIONAL,
        params: ContactParams,
        response: { 200: ContactErasure },
      },
    },
    async (req, reply) =>
      once(req, reply, 200, (trx) => eraseContact(trx, req.principal, req.params.no, now())),
  );
};
