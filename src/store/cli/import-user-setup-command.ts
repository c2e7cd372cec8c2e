import { readFile } from "node:fs/promises";
import { importUserSetup, parseUserSetupCsv } from "../import/import-user-setup";
import { CliFailure, cliPrincipal, withDatabase, type CliCommand, type DbOptions } from "./cli-context";

/** `touchpoint import user-setup <file>`: Business Central's User Setup, each user's salesperson code. */
export const importUserSetupCommand: CliCommand = {
  group: "import",
  register(parent, { io, dataOption, dbOption, tenantOption }) {
    parent
      .command("user-setup")
      .description("import User Setup (User ID, Salespers./Purch. Code) from a CSV: each user's salesperson")
      .argument("<file>", "a .csv file")
      .addOption(tenantOption())
      .addOption(dataOption())
      .addOption(dbOption())
      .action(async (file: string, opts: DbOptions & { tenant: string }) => {
        const parsed = parseUserSetupCsv(await readFile(file, "utf8"));
        if (!parsed.ok)
          throw new CliFailure(`${file}: nothing imported\n  ${parsed.error.problems.join("\n  ")}`);
        await withDatabase(opts, async (db) => {
          await db.migrate();
          const done = await importUserSetup(db, cliPrincipal(opts.tenant), parsed.value);
          if (!done.ok) throw new CliFailure(`${file}: ${done.error.code}`);
          await io.stdout(`${file}: ${done.value} users given a salesperson code\n`);
        });
      });
  },
};
