import { createHash } from "node:crypto";
import { join } from "node:path";
import SqliteDatabase from "better-sqlite3";
import { Client } from "pg";
import type { TestDialect } from "./dialects";

/** Every table of the store that holds a tenant's data. */
export const TENANT_TABLES = [
  "contacts",
  "contact_emails",
  "company_domains",
  "interaction_groups",
  "interaction_templates",
  "template_setup",
  "logged_items",
  "interaction_entries",
  "never_log",
  "internal_domains",
  "idempotency_keys",
  "counters",
  "audit_log",
  "segments",
  "segment_lines",
  "logged_segments",
  "tenant_settings",
  "user_setup",
  "opportunities",
  "campaigns",
] as const;

export type TenantRows = Record<(typeof TENANT_TABLES)[number], { rows: number; hash: string }>;

/**
 * Reads a tenant's rows in every table straight from the database, beside the store: how many there
 * are and a hash of their content, so a test sees any insert, update or delete a request made.
 */
export async function tenantRows(dialect: TestDialect, tenant: string): Promise<TenantRows> {
  const rows = await openTenantRows(dialect);
  try {
    return await rows.read(tenant);
  } finally {
    await rows.close();
  }
}

/** The same, over one connection kept open for many reads (a fuzz run reads before and after each change). */
export async function openTenantRows(
  dialect: TestDialect,
): Promise<{ read(tenant: string): Promise<TenantRows>; close(): Promise<void> }> {
  const read = await reader(dialect);
  return {
    async read(tenant) {
      const out = {} as TenantRows;
      for (const table of TENANT_TABLES) {
        const rows = await read(`select * from ${table} where tenant_id = $1`, [tenant]);
        const lines = rows
          .map((r) => JSON.stringify(Object.entries(r).sort(([a], [b]) => a.localeCompare(b))))
          .sort();
        out[table] = { rows: rows.length, hash: createHash("sha256").update(lines.join("\n")).digest("hex") };
      }
      return out;
    },
    close: () => read.close(),
  };
}

type Reader = ((sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>) & {
  close(): Promise<void>;
};

async function reader(dialect: TestDialect): Promise<Reader> {
  if (dialect.name === "sqlite") {
    const db = new SqliteDatabase(join(dialect.dataDir, "touchpoint.sqlite"), { readonly: true });
    const read = async (sql: string, params: unknown[]) =>
      db.prepare(sql.replace(/\$\d+/g, "?")).all(...params) as Record<string, unknown>[];
    return Object.assign(read, { close: async () => void db.close() });
  }
  const client = new Client({
    connectionString: process.env.TOUCHPOINT_TEST_DATABASE_URL,
    options: `-c search_path=${dialect.schema}`,
  });
  await client.connect();
  const read = async (sql: string, params: unknown[]) => (await client.query(sql, params)).rows;
  return Object.assign(read, { close: () => client.end() });
}
