import { createReadStream } from "node:fs";
import { open as openFile, readFile, stat } from "node:fs/promises";
import { DEFAULT_IMPORT_BATCH, importContacts } from "../import/import-contacts";
import { openContactFile } from "../import/parse-contact-file";
import { renderProgressBar } from "../import/render-progress-bar";
import { CliFailure, cliPrincipal, withDatabase, type CliCommand, type DbOptions } from "./cli-context";

/** The first bytes of a file, as text: enough to tell a vCard from a CSV. */
async function readHead(file: string, length: number): Promise<string> {
  const handle = await openFile(file, "r");
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(length), 0, length, 0);
    return buffer.subarray(0, bytesRead).toString("utf8");
  } finally {
    await handle.close();
  }
}

/** `touchpoint import contacts <file>`: contacts from a CSV (Business Central columns) or vCard file. */
export const importContactsCommand: CliCommand = {
  group: "import",
  register(parent, { io, dataOption, dbOption, tenantOption }) {
    parent
      .command("contacts")
      .description("import contacts from a CSV (Business Central columns) or vCard file")
      .argument("<file>", "a .csv or .vcf file")
      .addOption(tenantOption())
      .addOption(dataOption())
      .addOption(dbOption())
      .action(async (file: string, opts: DbOptions & { tenant: string }) => {
        const size = (await stat(file)).size;
        let bytes = 0;
        const open = () =>
          createReadStream(file).on("data", (chunk) => {
            bytes += chunk.length;
          });
        const sniff = await readHead(file, 1024);
        const parsed = await openContactFile(open, sniff, file, DEFAULT_IMPORT_BATCH, () =>
          readFile(file, "utf8"),
        );
        if (parsed.invalidFile !== undefined) throw new CliFailure(`${file}: ${parsed.invalidFile}`);
        await withDatabase(opts, async (db) => {
          await db.migrate();
          // The check pass read the file once: the bar follows the second, importing pass.
          bytes = 0;
          const total =
            "rows" in parsed.source ? parsed.source.rows.length + parsed.source.rejects.length : size;
          const report = await importContacts(db, cliPrincipal(opts.tenant), parsed.source, {
            onProgress: (rows) =>
              io.stderr(
                "rows" in parsed.source
                  ? renderProgressBar(rows, total, "importing")
                  : renderProgressBar(bytes, total, "importing", `${rows} rows`),
              ),
          });
          io.stderr("\n");
          const lines = [
            `${file} (${parsed.format}): imported ${report.imported}, updated ${report.updated}, unchanged ${report.unchanged}, ` +
              `companies created ${report.companiesCreated}, rejected ${report.rejected.length}`,
            ...report.rejected.map((r) => `  rejected line ${r.row}: ${r.reason}`),
          ];
          await io.stdout(`${lines.join("\n")}\n`);
        });
      });
  },
};
