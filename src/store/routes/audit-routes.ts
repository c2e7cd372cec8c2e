import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { AuditExportQuery, AuditPage, AuditQuery } from "../../contracts";
import { EXPORT_CONTENT_TYPES } from "../export/write-interaction-export";
import { auditExportEnd, auditExportPage, auditExportStart } from "../export/write-audit-export";
import { auditPage, exportAudit } from "../services/audit-queries";
import { valueOrThrow, type RouteContext } from "./route-context";
import { streamDownload } from "./stream-download";

const tags = ["audit"];

/** The audit log, for administrators: a page at a time, or all of it that the filters match as a file. */
export const auditRoutes: FastifyPluginAsyncTypebox<RouteContext> = async (app, { db }) => {
  app.get(
    "/audit",
    { config: { admin: true }, schema: { tags, querystring: AuditQuery, response: { 200: AuditPage } } },
    async (req) => valueOrThrow(await auditPage(db.repositories, req.principal, req.query)),
  );

  app.get(
    "/audit/export",
    { config: { admin: true }, schema: { tags, querystring: AuditExportQuery } },
    async (req, reply) => {
      const { format = "csv", ...filters } = req.query;
      return streamDownload(reply, EXPORT_CONTENT_TYPES[format], `audit.${format}`, async (write) => {
        let written = 0;
        if (!(await write(auditExportStart(format)))) return;
        let open = true;
        await db.snapshot((repos) =>
          exportAudit(repos, req.principal, filters, async (records) => {
            open = await write(auditExportPage(format, records, written));
            written += records.length;
            return open;
          }),
        );
        if (open) await write(auditExportEnd(format, written));
      });
    },
  );
};
