import { Readable } from "node:stream";
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { ExportQuery, ImportContactsRequest, ImportContactsResponse } from "../../contracts";
import { StoreError } from "../errors";
import { readInteractionPages } from "../export/read-interaction-pages";
import { EXPORT_CONTENT_TYPES, writeInteractionExport } from "../export/write-interaction-export";
import { importContacts } from "../import/import-contacts";
import { parseContactFile } from "../import/parse-contact-file";
import { parseImportJson } from "../import/parse-import-json";
import type { RouteContext } from "./route-context";

const FILE_TYPES = ["text/csv", "text/vcard", "text/x-vcard", "text/directory", "text/plain"];
/** Address books with photos run to megabytes; the rest of the API keeps the small default limit. */
const IMPORT_BODY_LIMIT = 32 * 1024 * 1024;

/** Admin only: POST /import/contacts (CSV, vCard or JSON) and GET /export (interactions, CSV or JSON). */
export const importExportRoutes: FastifyPluginAsyncTypebox<RouteContext> = async (app, { db }) => {
  app.addContentTypeParser(
    FILE_TYPES,
    { parseAs: "string", bodyLimit: IMPORT_BODY_LIMIT },
    (_req, body, done) => done(null, body),
  );

  app.post(
    "/import/contacts",
    {
      config: { admin: true },
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags: ["import-export"],
        body: Type.Union([Type.String(), ImportContactsRequest]),
        response: { 200: ImportContactsResponse },
      },
    },
    async (req) => {
      const parsed =
        typeof req.body === "string"
          ? parseContactFile(req.body, req.headers["content-type"])
          : { format: "json" as const, ...parseImportJson(req.body) };
      if (parsed.invalidFile !== undefined) throw new StoreError("STORE_IMPORT_INVALID", parsed.invalidFile);
      const report = await importContacts(db, req.principal, parsed);
      return { format: parsed.format, ...report };
    },
  );

  app.get(
    "/export",
    { config: { admin: true }, schema: { tags: ["import-export"], querystring: ExportQuery } },
    async (req, reply) => {
      const format = req.query.format ?? "csv";
      const chunks = writeInteractionExport(readInteractionPages(db.repositories, req.principal), format);
      return reply
        .type(EXPORT_CONTENT_TYPES[format])
        .header("content-disposition", `attachment; filename="interactions.${format}"`)
        .send(Readable.from(chunks));
    },
  );
};
