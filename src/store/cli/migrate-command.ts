import { withDatabase, type CliCommand, type DbOptions } from "./cli-context";

/** `touchpoint migrate`: the database schema brought up to date. */
export const migrateCommand: CliCommand = {
  register(parent, { io, dataOption, dbOption }) {
    parent
      .command("migrate")
      .description("bring the database schema up to date")
      .addOption(dataOption())
      .addOption(dbOption())
      .action(async (opts: DbOptions) => {
        await withDatabase(opts, async (db) => {
          const applied = await db.migrate();
          await io.stdout(
            applied.length === 0 ? "Schema is up to date.\n" : `Applied: ${applied.join(", ")}\n`,
          );
        });
      });
  },
};
