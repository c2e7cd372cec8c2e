import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { Value } from "@sinclair/typebox/value";
import type { Command } from "commander";
import {
  ImportCampaignsRequest,
  ImportOpportunitiesRequest,
  type SalesLinkImportResponse,
} from "../../contracts";
import type { Principal } from "../auth/principal";
import type { StoreDatabase } from "../db/create-database";
import { importCampaigns, importOpportunities, invalid } from "../services/sales-link-service";
import { parseCampaignsCsv, parseOpportunitiesCsv, type ParsedRows } from "./parse-sales-links";

/** What the command line lends these commands: its options, database, principal, output and failure. */
export interface SalesLinkCommandDeps<O> {
  withOptions(command: Command): Command;
  withDatabase(opts: O, work: (db: StoreDatabase) => Promise<void>): Promise<void>;
  principal(opts: O): Principal;
  stdout(text: string): Promise<void>;
  failure(message: string): Error;
}

type Kind = "opportunities" | "campaigns";

/** A .json file holds `{ "opportunities": [...] }` or `{ "campaigns": [...] }`; anything else is CSV. */
function readRecords(
  kind: Kind,
  file: string,
  text: string,
): ParsedRows<unknown> & { format: "csv" | "json" } {
  if (extname(file).toLowerCase() !== ".json") {
    const parsed = kind === "opportunities" ? parseOpportunitiesCsv(text) : parseCampaignsCsv(text);
    return { ...parsed, format: "csv" };
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    return { ok: false, rejected: [{ row: 0, reason: (error as Error).message }], format: "json" };
  }
  const schema = kind === "opportunities" ? ImportOpportunitiesRequest : ImportCampaignsRequest;
  const errors = [...Value.Errors(schema, body)].slice(0, 5);
  if (errors.length > 0)
    return {
      ok: false,
      rejected: errors.map((e) => ({
        row: Number(/^\/\w+\/(\d+)/.exec(e.path)?.[1] ?? -1) + 1,
        reason: e.message,
      })),
      format: "json",
    };
  return { ok: true, rows: (body as Record<Kind, unknown[]>)[kind], format: "json" };
}

const summary = (file: string, r: SalesLinkImportResponse): string =>
  `${file} (${r.format}): imported ${r.imported}, updated ${r.updated}, unchanged ${r.unchanged}` +
  (r.changed ? "" : " — nothing changed");

/**
 * `touchpoint import opportunities FILE` and `touchpoint import campaigns FILE`: a CSV with Business
 * Central's captions or a JSON file, all rows or none, idempotent (importing the same file again changes
 * nothing and says so).
 */
export function registerSalesLinkImports<O>(importCommand: Command, deps: SalesLinkCommandDeps<O>): void {
  for (const kind of ["opportunities", "campaigns"] as const) {
    deps
      .withOptions(
        importCommand
          .command(kind)
          .description(`import ${kind} from a CSV (Business Central captions) or JSON file`)
          .argument("<file>", "a .csv or .json file"),
      )
      .action(async (file: string, opts: O) => {
        const read = readRecords(kind, file, await readFile(file, "utf8"));
        const refuse = (rejected: { row: number; reason: string }[]) =>
          deps.failure(
            [
              `${file}: ${invalid(rejected).message}`,
              ...rejected.map((r) => `  rejected row ${r.row}: ${r.reason}`),
            ].join("\n"),
          );
        if (!read.ok) throw refuse(read.rejected);
        await deps.withDatabase(opts, async (db) => {
          await db.migrate();
          const principal = deps.principal(opts);
          const done = await db.transaction((repos) =>
            kind === "opportunities"
              ? importOpportunities(repos, principal, read.format, read.rows as never, new Date())
              : importCampaigns(repos, principal, read.format, read.rows as never, new Date()),
          );
          if (!done.ok) {
            const details = done.error.details as
              { rejected?: { row: number; reason: string }[] } | undefined;
            throw refuse(details?.rejected ?? [{ row: 0, reason: done.error.message ?? done.error.code }]);
          }
          await deps.stdout(`${summary(file, done.value)}\n`);
        });
      });
  }
}
