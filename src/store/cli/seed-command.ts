import { seedDemo } from "../seed/seed-demo";
import { CliFailure, withDatabase, type CliCommand, type DbOptions } from "./cli-context";

/** `touchpoint seed --demo`: Business Central's demo data, loaded idempotently. */
export const seedCommand: CliCommand = {
  register(parent, { io, dataOption, dbOption, tenantOption }) {
    parent
      .command("seed")
      .description("load Business Central's demo data (idempotent)")
      .requiredOption("--demo", "the demo groups, templates, setup and contacts")
      .addOption(tenantOption())
      .addOption(dataOption())
      .addOption(dbOption())
      .action(async (opts: DbOptions & { tenant: string }) => {
        await withDatabase(opts, async (db) => {
          await db.migrate();
          const seeded = await seedDemo(db, opts.tenant);
          if (!seeded.ok) throw new CliFailure(`seed failed: ${seeded.error.message ?? seeded.error.code}`);
          const r = seeded.value;
          await io.stdout(
            `Seeded tenant ${r.tenantId}: ${r.groups} groups, ${r.templates} templates, ${r.templateSetup} setup rows, ` +
              `${r.internalDomains} internal domains, ${r.neverLog} never-log entries, ${r.contacts} contacts ` +
              `(${r.existingContacts} already there), ${r.opportunities} opportunities, ${r.campaigns} campaigns.\n`,
          );
        });
      });
  },
};
