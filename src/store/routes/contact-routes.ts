import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import {
  Contact,
  ContactList,
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
import { createContact, readContact, searchContacts, updateContact } from "../services/contact-service";
import { contactHistory } from "../services/interaction-queries";
import { contactStatistics } from "../services/statistics-service";
import { matchContacts } from "../services/match-contacts";
import { valueOrThrow, type RouteContext } from "./route-context";

const tags = ["contacts"];

/** Contacts: match, search, read, create, edit, and each contact's history and statistics. */
export const contactRoutes: FastifyPluginAsyncTypebox<RouteContext> = async (app, { db }) => {
  const repos = db.repositories;

  app.post(
    "/contacts/match",
    { schema: { tags, body: MatchRequest, response: { 200: MatchResponse } } },
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
    { schema: { tags, body: CreateContactRequest, response: { 201: Contact } } },
    async (req, reply) => {
      const contact = valueOrThrow(
        await db.transaction((trx) => createContact(trx, req.principal, req.body)),
      );
      return reply.code(201).send(contact);
    },
  );

  app.patch(
    "/contacts/:no",
    { schema: { tags, params: ContactParams, body: UpdateContactRequest, response: { 200: Contact } } },
    async (req) =>
      valueOrThrow(await db.transaction((trx) => updateContact(trx, req.principal, req.params.no, req.body))),
  );

  app.get(
    "/contacts/:no/interactions",
    {
      schema: { tags, params: ContactParams, querystring: HistoryQuery, response: { 200: InteractionPage } },
    },
    async (req) => {
      const { template, group, ...rest } = req.query;
      return valueOrThrow(
        await contactHistory(repos, req.principal, req.params.no, {
          ...rest,
          ...(template === undefined ? {} : { templateCode: template }),
          ...(group === undefined ? {} : { groupCode: group }),
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
};
