import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { ExportQuery, ImportContactsRequest, ImportContactsResponse } from "../../contracts";
import { ok } from "../../domain/result";
import { StoreError } from "../errors";
import { exportComments } from "../export/export-comments";
import { exportInteractions } from "../export/export-interactions";
import { EXPORT_CONTENT_TYPES } from "../export/write-interaction-export";
import { DEFAULT_IMPORT_BATCH, importContacts } from "../import/import-contacts";
import { openContactFile } from "../import/parse-contact-file";
import { parseImportJson } from "../import/parse-import-json";
import { recordChanges } from "../services/record-changes";
import { writeOnce } from "../services/write-once";
import { send } from "./answer-once";
import { IDEMPOTENCY_KEY_OPTIONAL } from "./idempotency-header";
import type { RouteContext } from "./route-context";
import { streamDownload } from "./stream-download";
import { valueOrThrow } from "./route-context";

const FILE_TYPES = ["text/csv", "text/vcard", "text/x-vcard", "text/directory", "text/plain"];
/** Address books with photos run to megabytes; the rest of the API keeps the small default limit. */
const IMPORT_BODY_LIMIT = 32 * 1024 * 1024;

/**
 * Text is parsed a slice at a time, one slice per turn of the event loop: one slice's records at once,
 * never the whole file's. 8 KB (~80 rows, a few ms) keeps other requests from waiting behind the parser;
 * larger slices parse no faster.
 */
const IMPORT_SLICE = 8 * 1024;

/** The text in slices of about `size` code units, never splitting a surrogate pair. */
function* slices(text: string, size: number): Generator<string> {
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    yield text.slice(start, end);
    start = end;
  }
}

/** Admin only: POST /import/contacts (CSV, vCard or JSON) and GET /export (interactions, CSV or JSON). */
export const importExportRoutes: FastifyPluginAsyncTypebox<RouteContext> = async (app, { db, keys }) => {
  app.addContentTypeParser(
    FILE_TYPES,
    { parseAs: "string", bodyLimit: IMPORT_BODY_LIMIT },
    (_req, body, done) => done(null, body),
  );

  app.post(
    "/import/contacts",
    {
      config: { admin: true, idempotency: "optional" },
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags: ["import-export"],
        headers: IDEMPOTENCY_KEY_OPTIONAL,
        body: Type.Union([Type.String(), ImportContactsRequest]),
        response: { 200: ImportContactsResponse },
      },
    },
    async (req, reply) => {
      const text = req.body;
      const parsed =
        typeof text === "string"
          ? await openContactFile(
              () => slices(text, IMPORT_SLICE),
              text.slice(0, 1024),
              req.headers["content-type"],
              DEFAULT_IMPORT_BATCH,
              () => Promise.resolve(text),
            )
          : { format: "json" as const, invalidFile: undefined, source: parseImportJson(text) };
      if (parsed.invalidFile !== undefined) throw new StoreError("STORE_IMPORT_INVALID", parsed.invalidFile);
      // Rows are written in batches of their own transactions (a failed batch never loses the others);
      // the summary and the key's answer commit last. A crash before that leaves the key free, and a
      // retry imports the same file again — which changes nothing (rows update, never duplicate).
      const report = await importContacts(db, req.principal, parsed.source, { now: keys.now });
      const body = { format: parsed.format, ...report };
      const outcome = await writeOnce(db, req.principal, req.idempotency, keys, async (repos) => {
        const { rejected, ...counts } = body;
        const change = { action: "contacts.import" as const, entityType: "import", entityId: parsed.format };
        await recordChanges(
          repos,
          req.principal,
          [{ ...change, after: { ...counts, rejected: rejected.length } }],
          keys.now(),
        );
        return ok({ status: 200, body });
      });
      return send(reply, valueOrThrow(outcome));
    },
  );

  app.get(
    "/export",
    { config: { admin: true }, schema: { tags: ["import-export"], querystring: ExportQuery } },
    async (req, reply) => {
      const format = req.query.format ?? "csv";
      const after = req.query.cursor ?? 0;
      if (req.query.part === "comments")
        return streamDownload(
          reply,
          EXPORT_CONTENT_TYPES[format],
          `interaction-comments.${format}`,
          (write) => exportComments(db, req.principal, { format, after }, write),
        );
      return streamDownload(reply, EXPORT_CONTENT_TYPES[format], `interactions.${format}`, (write) =>
        exportInteractions(
          db,
          req.principal,
          { format, after, postponed: req.query.postponed === true },
          write,
        ),
      );
    },
  );
};
