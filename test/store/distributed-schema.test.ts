import { Client } from "pg";
import { dialects } from "./dialects";
import { emailLog, useStore } from "./store-harness";

// Citus (and Azure Cosmos DB for PostgreSQL) distribute tables by a column; every key must include it,
// and a query may join rows only within one tenant, so that each runs on one node.
const onPostgres = dialects().filter(([name]) => name === "postgres");
/** Kysely's bookkeeping: a local table of the coordinator, never distributed. */
const LOCAL_TABLES = new Set(["kysely_migration", "kysely_migration_lock"]);

/** Every join's ON equates both sides' tenant_id; every subquery names tenant_id. */
export function crossTenantJoins(statement: string): string[] {
  const problems: string[] = [];
  const text = statement.replace(/\s+/g, " ");
  const join =
    /\bjoin "(\w+)"(?: as "(\w+)")? on (.*?)(?= (?:inner |left |right |full |cross )?join |\) | where | order by | group by | limit |$)/gi;
  for (const match of text.matchAll(join)) {
    const alias = match[2] ?? match[1];
    const on = match[3] ?? "";
    const pairs = [...on.matchAll(/"(\w+)"\."tenant_id" = "(\w+)"\."tenant_id"/g)];
    if (!pairs.some((p) => p[1] === alias || p[2] === alias))
      problems.push(`join of ${match[1]} without tenant_id: ${on}`);
  }
  for (const sub of text.matchAll(/\(select (.*?) from "(\w+)"/gi)) {
    const rest = text.slice(sub.index);
    const closing = rest.indexOf(")", rest.indexOf(` from "${sub[2]}"`));
    if (!rest.slice(0, closing).includes("tenant_id"))
      problems.push(`subquery on ${sub[2]} without tenant_id`);
  }
  return problems;
}

(onPostgres.length === 0 ? describe.skip : describe)("a schema ready for Citus (postgres)", () => {
  const queries: string[] = [];
  const store = useStore((onPostgres[0] as [string, () => never])[1], {
    database: { onQuery: (sql) => queries.push(sql) },
  });

  const catalogue = async <T>(text: string): Promise<T[]> => {
    const client = new Client({ connectionString: process.env.TOUCHPOINT_TEST_DATABASE_URL });
    await client.connect();
    try {
      return (await client.query(text, [store.dialect.schema])).rows as T[];
    } finally {
      await client.end();
    }
  };

  it("every primary key, unique constraint and foreign key includes tenant_id (on both sides of a foreign key)", async () => {
    const rows = await catalogue<{
      table: string;
      name: string;
      type: string;
      columns: string[];
      referenced: string[] | null;
    }>(`
      select c.conrelid::regclass::text as table, c.conname as name, c.contype as type,
             array(select a.attname from unnest(c.conkey) k join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k)::text[] as columns,
             case when c.contype = 'f' then array(select a.attname from unnest(c.confkey) k join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k)::text[] end as referenced
      from pg_constraint c join pg_namespace n on n.oid = c.connamespace
      where n.nspname = $1 and c.contype in ('p', 'u', 'f')`);
    const checked = rows.filter((r) => !LOCAL_TABLES.has(r.table.replace(/^.*\./, "")));
    expect(checked.length).toBeGreaterThanOrEqual(15);
    for (const r of checked) {
      expect({ name: r.name, hasTenant: r.columns.includes("tenant_id") }).toEqual({
        name: r.name,
        hasTenant: true,
      });
      if (r.type === "f") {
        // The tenant column maps onto the tenant column: a foreign key never reaches another tenant.
        expect(r.referenced?.[r.columns.indexOf("tenant_id")]).toBe("tenant_id");
      }
    }
  });

  it("every unique index (partial ones too) includes tenant_id", async () => {
    const rows = await catalogue<{ table: string; index: string; columns: string[] }>(`
      select t.relname as table, i.relname as index,
             array(select a.attname from unnest(x.indkey) k join pg_attribute a on a.attrelid = x.indrelid and a.attnum = k)::text[] as columns
      from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid
      join pg_namespace n on n.oid = t.relnamespace
      where n.nspname = $1 and x.indisunique`);
    const checked = rows.filter((r) => !LOCAL_TABLES.has(r.table));
    expect(checked.map((r) => r.index)).toContain("interaction_entries_source_contact_uq");
    for (const r of checked)
      expect({ index: r.index, hasTenant: r.columns.includes("tenant_id") }).toEqual({
        index: r.index,
        hasTenant: true,
      });
  });

  // Some thirty requests, each a few statements: a loaded two-core machine needs more than 5 s.
  it("no statement the store runs joins across tenants", async () => {
    const t = await store.tenant();
    queries.length = 0;
    const logged = (
      await store.log(
        t.user,
        emailLog("<dist@x>", {
          participants: [
            { email: "anna.petrova@fabrikam.example", role: "to" },
            { email: "x@newsletter.example", role: "cc" },
          ],
        }),
      )
    ).json();
    const calls: Array<[typeof t.user, "GET" | "POST" | "PATCH" | "PUT" | "DELETE", string, object?]> = [
      [
        t.user,
        "POST",
        "/api/v1/contacts/match",
        { addresses: ["anna.petrova@fabrikam.example", "someone@contoso.example", "sales@contoso.example"] },
      ],
      [t.user, "GET", "/api/v1/contacts?q=an"],
      [t.user, "GET", "/api/v1/contacts/CT101"],
      [t.user, "GET", "/api/v1/contacts/CT101/interactions"],
      [t.user, "GET", "/api/v1/contacts/CT101/statistics"],
      [t.user, "GET", "/api/v1/logged-items?source=%3Cdist%40x%3E"],
      [
        t.user,
        "POST",
        "/api/v1/contacts",
        { type: "person", name: "Dist", companyNo: "CT100", email: "dist@fabrikam.example" },
      ],
      [t.user, "PATCH", "/api/v1/contacts/CT102", { alternateEmails: ["js@fabrikam.example"] }],
      [
        t.user,
        "POST",
        `/api/v1/interactions/${logged.entries[0].entryNo}/evaluate`,
        { evaluation: "positive" },
      ],
      [t.user, "GET", "/api/v1/interactions?company=CT100&template=EMAIL"],
      [t.user, "POST", `/api/v1/interactions/${logged.entries[0].entryNo}/cancel`],
      [t.user, "POST", `/api/v1/interactions/${logged.entries[0].entryNo}/restore`],
      [t.user, "POST", `/api/v1/logged-items/${logged.loggedItem.id}/cancel`],
      [t.admin, "DELETE", "/api/v1/interactions/canceled"],
      [
        t.user,
        "POST",
        "/api/v1/document-events",
        {
          eventKind: "sales_quote",
          documentType: "sales_quote",
          documentNo: "D1",
          contactNo: "CT201",
          occurredAt: "2026-11-02T09:00:00.000Z",
        },
      ],
      [t.admin, "GET", "/api/v1/export?format=csv"],
      [t.admin, "GET", "/api/v1/audit"],
      [
        t.admin,
        "PUT",
        "/api/v1/interaction-templates/DIST",
        {
          groupCode: "PHONE",
          description: "d",
          unitCostLcy: 0,
          unitDurationMin: 0,
          informationFlow: "none",
          initiatedBy: "none",
          correspondenceType: "none",
          blocked: false,
        },
      ],
      [t.user, "GET", "/api/v1/never-log"],
      [t.admin, "GET", "/api/v1/contacts/CT101/export?format=json"],
      [t.admin, "POST", "/api/v1/contacts/CT101/erase"],
    ];
    for (const [who, method, url, payload] of calls) {
      const res = await store.call(who, { method, url, ...(payload ? { payload } : {}) });
      expect(res.statusCode).toBeLessThan(300);
    }
    const joins = queries.filter((q) => / join |\(select /i.test(q));
    expect(joins.length).toBeGreaterThan(5);
    expect(queries.flatMap(crossTenantJoins)).toEqual([]);
  }, 30_000);

  it("the join check catches a join that forgets the tenant", () => {
    expect(
      crossTenantJoins(
        'select * from "interaction_entries" as "e" inner join "contacts" as "c" on "c"."no" = "e"."contact_no" where "e"."tenant_id" = $1',
      ),
    ).toHaveLength(1);
    expect(
      crossTenantJoins(
        'select * from "logged_items" where exists (select "e"."entry_no" from "interaction_entries" as "e" where "e"."logged_item_id" = "logged_items"."id")',
      ),
    ).toHaveLength(1);
    expect(
      crossTenantJoins(
        'select * from "interaction_entries" as "e" inner join "contacts" as "c" on "c"."tenant_id" = "e"."tenant_id" and "c"."no" = "e"."contact_no"',
      ),
    ).toEqual([]);
  });
});
