import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import {
  Campaign,
  CampaignList,
  CampaignListQuery,
  ImportCampaignsRequest,
  ImportOpportunitiesRequest,
  Opportunity,
  OpportunityList,
  OpportunityListQuery,
  SalesLinkImportResponse,
  SalesLinkParams,
} from "../../contracts";
import { fail, type Result } from "../../domain/result";
import { parseCampaignsCsv, parseOpportunitiesCsv, type SalesLinkReject } from "../import/parse-sales-links";
import {
  importCampaigns,
  importOpportunities,
  invalid,
  listCampaigns,
  listOpportunities,
  readCampaign,
  readOpportunity,
} from "../services/sales-link-service";
import type { ServiceFailure } from "../errors";
import { answerOnce } from "./answer-once";
import { IDEMPOTENCY_KEY_OPTIONAL as headers } from "./idempotency-header";
import { valueOrThrow, type RouteContext } from "./route-context";

const tags = ["opportunities and campaigns"];
const CSV_TYPES = ["text/csv", "text/plain"];
/** Reference data files are small: 10,000 rows of a few hundred bytes. */
const IMPORT_BODY_LIMIT = 8 * 1024 * 1024;

const refused = (rejected: SalesLinkReject[]): Result<never, ServiceFailure> => fail(invalid(rejected));

/**
 * Opportunities [Opportunity] and campaigns [Campaign]: every user lists and reads them; admins import
 * them as CSV (Business Central's captions) or JSON, idempotently — a re-import changes nothing.
 */
export const salesLinkRoutes: FastifyPluginAsyncTypebox<RouteContext> = async (app, context) => {
  const repos = context.db.repositories;
  const once = answerOnce(context);
  const now = context.keys.now;
  const importConfig = { admin: true, idempotency: "optional" } as const;

  app.addContentTypeParser(CSV_TYPES, { parseAs: "string", bodyLimit: IMPORT_BODY_LIMIT }, (_r, body, done) =>
    done(null, body),
  );

  app.get(
    "/opportunities",
    { schema: { tags, querystring: OpportunityListQuery, response: { 200: OpportunityList } } },
    async (req) => valueOrThrow(await listOpportunities(repos, req.principal, req.query)),
  );
  app.get(
    "/opportunities/:no",
    { schema: { tags, params: SalesLinkParams, response: { 200: Opportunity } } },
    async (req) => valueOrThrow(await readOpportunity(repos, req.principal, req.params.no)),
  );
  app.post(
    "/opportunities/import",
    {
      config: importConfig,
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags,
        headers,
        body: Type.Union([Type.String(), ImportOpportunitiesRequest]),
        response: { 200: SalesLinkImportResponse },
      },
    },
    async (req, reply) =>
      once(req, reply, 200, async (trx) => {
        const body = req.body;
        if (typeof body !== "string")
          return importOpportunities(trx, req.principal, "json", body.opportunities, now());
        const parsed = parseOpportunitiesCsv(body);
        return parsed.ok
          ? importOpportunities(trx, req.principal, "csv", parsed.rows, now())
          : refused(parsed.rejected);
      }),
  );

  app.get(
    "/campaigns",
    { schema: { tags, querystring: CampaignListQuery, response: { 200: CampaignList } } },
    async (req) => listCampaigns(repos, req.principal, req.query, now()),
  );
  app.get(
    "/campaigns/:no",
    { schema: { tags, params: SalesLinkParams, response: { 200: Campaign } } },
    async (req) => valueOrThrow(await readCampaign(repos, req.principal, req.params.no)),
  );
  app.post(
    "/campaigns/import",
    {
      config: importConfig,
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags,
        headers,
        body: Type.Union([Type.String(), ImportCampaignsRequest]),
        response: { 200: SalesLinkImportResponse },
      },
    },
    async (req, reply) =>
      once(req, reply, 200, async (trx) => {
        const body = req.body;
        if (typeof body !== "string")
          return importCampaigns(trx, req.principal, "json", body.campaigns, now());
        const parsed = parseCampaignsCsv(body);
        return parsed.ok
          ? importCampaigns(trx, req.principal, "csv", parsed.rows, now())
          : refused(parsed.rejected);
      }),
  );
};
