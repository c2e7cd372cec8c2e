import { Migrator, type Kysely, type Migration, type MigrationProvider } from "kysely";
import type { Database, DialectName } from "./database";
import { initialSchema } from "./migrations/0001-initial-schema";
import { hardeningSchema } from "./migrations/0002-hardening";
import { interactionStatistics } from "./migrations/0003-interaction-statistics";
import { workspaceSchema } from "./migrations/0004-workspace";
import { lifecycleSchema } from "./migrations/0005-lifecycle";
import { autoLogPolicySchema } from "./migrations/0006-auto-log-policy";
import { userSetupSchema } from "./migrations/0007-user-setup";
import { salesLinksSchema } from "./migrations/0008-sales-links";
import { todosAndComments } from "./migrations/0009-todos-and-comments";
import { statisticsReportIndex } from "./migrations/0010-statistics-report-index";

/** Every migration, in order, listed statically: bundles and compiled builds need no file globbing. */
function migrations(dialect: DialectName): Record<string, Migration> {
  return {
    "0001-initial-schema": initialSchema(dialect),
    "0002-hardening": hardeningSchema(dialect),
    "0003-interaction-statistics": interactionStatistics(dialect),
    "0004-workspace": workspaceSchema(),
    "0005-lifecycle": lifecycleSchema(dialect),
    "0006-auto-log-policy": autoLogPolicySchema(),
    "0007-user-setup": userSetupSchema(),
    "0008-sales-links": salesLinksSchema(dialect),
    "0009-todos-and-comments": todosAndComments(),
    "0010-statistics-report-index": statisticsReportIndex(),
  };
}

class StaticMigrationProvider implements MigrationProvider {
  constructor(private readonly dialect: DialectName) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    return migrations(this.dialect);
  }
}

/** Brings the schema to the newest version; throws (a bug or a broken database) when a step fails. */
export async function migrateToLatest(
  db: Kysely<Database>,
  dialect: DialectName,
  schema?: string,
): Promise<string[]> {
  // Naming the schema keeps the migrator from mistaking another schema's bookkeeping tables for ours.
  const migrator = new Migrator({
    db,
    provider: new StaticMigrationProvider(dialect),
    ...(schema === undefined ? {} : { migrationTableSchema: schema }),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const step = results?.find((r) => r.status === "Error")?.migrationName ?? "unknown";
    throw new Error(`Migration ${step} failed`, { cause: error });
  }
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}
