import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { Option } from "commander";
import { exportInteractions } from "../export/export-interactions";
import type { ExportFormat } from "../export/write-interaction-export";
import { cliPrincipal, withDatabase, type CliCommand, type DbOptions } from "./cli-context";

/** `touchpoint export interactions`: the interaction log with Business Central field names. */
export const exportInteractionsCommand: CliCommand = {
  group: "export",
  register(parent, { io, dataOption, dbOption, tenantOption }) {
    parent
      .command("interactions")
      .description("export the interaction log with Business Central field names")
      .addOption(new Option("--format <format>", "file format").choices(["csv", "json"]).default("csv"))
      .option("--out <file>", "write to a file instead of stdout")
      .addOption(tenantOption())
      .addOption(dataOption())
      .addOption(dbOption())
      .action(async (opts: DbOptions & { format: ExportFormat; out?: string; tenant: string }) => {
        await withDatabase(opts, async (db) => {
          await db.migrate();
          const request = { format: opts.format, after: 0 };
          if (opts.out === undefined) {
            await exportInteractions(db, cliPrincipal(opts.tenant), request, async (chunk) => {
              await io.stdout(chunk);
              return true;
            });
            return;
          }
          const out = createWriteStream(opts.out);
          await exportInteractions(db, cliPrincipal(opts.tenant), request, async (chunk) => {
            if (!out.write(chunk)) await once(out, "drain");
            return true;
          });
          await new Promise<void>((done, failed) =>
            out.end((error?: Error | null) => (error ? failed(error) : done())),
          );
          io.stderr(`Wrote ${opts.out}\n`);
        });
      });
  },
};
