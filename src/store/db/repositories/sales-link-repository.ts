import { sql, type Kysely } from "kysely";
import type { Campaign, Opportunity, OpportunityStatus } from "../../../contracts";
import type { Database } from "../database";
import type { CampaignsTable, OpportunitiesTable } from "../sales-tables";
import { chunks, ROWS_PER_STATEMENT } from "./contact-rows";

export type OpportunityRow = Omit<OpportunitiesTable, "tenant_id">;
export type CampaignRow = Omit<CampaignsTable, "tenant_id">;

/** Which opportunities: of these contacts or companies (Contact No. or Contact Company No.), in these statuses. */
export interface OpportunityFilter {
  contactOrCompany?: readonly string[];
  statuses?: readonly OpportunityStatus[];
  salespersonCode?: string;
  nos?: readonly string[];
  /** Also answer when an entry of this Outlook conversation last named each opportunity. */
  conversationId?: string;
  limit: number;
}

/** How an import changed the table: rows new, rows changed, rows already as given. */
export interface UpsertCounts {
  imported: number;
  updated: number;
  unchanged: number;
}

const some = <K extends string>(key: K, value: string | number | null) =>
  value === null ? {} : ({ [key]: value } as Record<K, never>);

export function toOpportunity(
  r: OpportunityRow & { last_interaction_at?: string | null; conversation_logged_at?: string | null },
): Opportunity {
  return {
    no: r.no,
    description: r.description,
    contactNo: r.contact_no,
    ...some("contactCompanyNo", r.contact_company_no),
    ...some("salespersonCode", r.salesperson_code),
    status: r.status as OpportunityStatus,
    ...(r.sales_cycle_stage === null ? {} : { salesCycleStage: Number(r.sales_cycle_stage) }),
    ...some("salesCycleStageDescription", r.sales_cycle_stage_description),
    ...some("creationDate", r.creation_date),
    ...some("lastInteractionAt", r.last_interaction_at ?? null),
    ...some("conversationLoggedAt", r.conversation_logged_at ?? null),
  };
}

export function toCampaign(r: CampaignRow): Campaign {
  return {
    no: r.no,
    description: r.description,
    ...some("startingDate", r.starting_date),
    ...some("endingDate", r.ending_date),
    ...some("status", r.status),
  };
}

const sameRow = <T extends object>(a: T, b: T): boolean =>
  (Object.keys(a) as Array<keyof T>).every((k) => (a[k] ?? null) === (b[k] ?? null));

/** Opportunities [Opportunity] and campaigns [Campaign] of a tenant. */
export function salesLinkRepository(db: Kysely<Database>) {
  /** Inserts what is new, updates what differs, leaves what is already so: a re-import writes nothing. */
  async function upsert<T extends { no: string }>(
    table: "opportunities" | "campaigns",
    tenantId: string,
    rows: readonly T[],
  ): Promise<UpsertCounts> {
    const counts: UpsertCounts = { imported: 0, updated: 0, unchanged: 0 };
    for (const part of chunks(rows, ROWS_PER_STATEMENT)) {
      const existing = (await db
        .selectFrom(table)
        .selectAll()
        .where("tenant_id", "=", tenantId)
        .where(
          "no",
          "in",
          part.map((r) => r.no),
        )
        .execute()) as unknown as Array<T & { tenant_id: string }>;
      const byNo = new Map(existing.map(({ tenant_id: _t, ...r }) => [r.no, r as unknown as T]));
      const fresh = part.filter((r) => !byNo.has(r.no));
      if (fresh.length > 0)
        await db
          .insertInto(table)
          .values(fresh.map((r) => ({ tenant_id: tenantId, ...r })) as never)
          .execute();
      counts.imported += fresh.length;
      for (const row of part) {
        const before = byNo.get(row.no);
        if (before === undefined) continue;
        if (sameRow(row, before)) {
          counts.unchanged += 1;
          continue;
        }
        const { no, ...changes } = row;
        await db
          .updateTable(table)
          .set(changes as never)
          .where("tenant_id", "=", tenantId)
          .where("no", "=", no)
          .execute();
        counts.updated += 1;
      }
    }
    return counts;
  }

  return {
    async opportunities(tenantId: string, f: OpportunityFilter): Promise<Opportunity[]> {
      const lastInteraction = (conversationId?: string) => {
        let q = db
          .selectFrom("interaction_entries as e")
          .select((eb) => eb.fn.max("e.occurred_at").as("at"))
          .where("e.tenant_id", "=", sql.ref<string>("o.tenant_id"))
          .where("e.opportunity_no", "=", sql.ref<string>("o.no"))
          .where("e.canceled", "=", 0)
          .where("e.postponed", "=", 0);
        if (conversationId !== undefined)
          q = q.where("e.logged_item_id", "in", (eb) =>
            eb
              .selectFrom("logged_items as li")
              .select("li.id")
              .where("li.tenant_id", "=", sql.ref<string>("o.tenant_id"))
              .where("li.conversation_id", "=", conversationId),
          );
        return q;
      };
      let query = db
        .selectFrom("opportunities as o")
        .selectAll("o")
        .select(() => lastInteraction().as("last_interaction_at"))
        .where("o.tenant_id", "=", tenantId);
      if (f.conversationId !== undefined)
        query = query.select(() => lastInteraction(f.conversationId).as("conversation_logged_at"));
      const among = f.contactOrCompany;
      if (among !== undefined)
        query = query.where((eb) =>
          among.length === 0
            ? eb.val(false)
            : eb.or([eb("o.contact_no", "in", among), eb("o.contact_company_no", "in", among)]),
        );
      if (f.statuses !== undefined) query = query.where("o.status", "in", f.statuses);
      if (f.salespersonCode !== undefined) query = query.where("o.salesperson_code", "=", f.salespersonCode);
      if (f.nos !== undefined) query = query.where("o.no", "in", f.nos.length === 0 ? [""] : f.nos);
      const rows = await query
        // PostgreSQL takes no output alias inside an ORDER BY expression: the subquery is repeated.
        .orderBy(sql`coalesce((${lastInteraction()}), '')`, "desc")
        .orderBy("o.no")
        .limit(f.limit)
        .execute();
      return rows.map((r) => toOpportunity(r));
    },

    /** The opportunity's owner fields, or undefined when the number is unknown. */
    async opportunityOwners(
      tenantId: string,
      no: string,
    ): Promise<{ contactNo: string; contactCompanyNo: string | null } | undefined> {
      const row = await db
        .selectFrom("opportunities")
        .select(["contact_no", "contact_company_no"])
        .where("tenant_id", "=", tenantId)
        .where("no", "=", no)
        .executeTakeFirst();
      return row === undefined
        ? undefined
        : { contactNo: row.contact_no, contactCompanyNo: row.contact_company_no };
    },

    /** Campaigns by number; `on` keeps those running that day (no Starting Date or Ending Date: open-ended). */
    async campaigns(
      tenantId: string,
      f: { on?: string; nos?: readonly string[]; limit: number },
    ): Promise<Campaign[]> {
      let query = db.selectFrom("campaigns").selectAll().where("tenant_id", "=", tenantId);
      const on = f.on;
      if (on !== undefined)
        query = query
          .where((eb) => eb.or([eb("starting_date", "is", null), eb("starting_date", "<=", on)]))
          .where((eb) => eb.or([eb("ending_date", "is", null), eb("ending_date", ">=", on)]));
      if (f.nos !== undefined) query = query.where("no", "in", f.nos.length === 0 ? [""] : f.nos);
      const rows = await query.orderBy("no").limit(f.limit).execute();
      return rows.map(({ tenant_id: _t, ...r }) => toCampaign(r));
    },

    async campaignExists(tenantId: string, no: string): Promise<boolean> {
      const row = await db
        .selectFrom("campaigns")
        .select("no")
        .where("tenant_id", "=", tenantId)
        .where("no", "=", no)
        .executeTakeFirst();
      return row !== undefined;
    },

    upsertOpportunities: (tenantId: string, rows: readonly OpportunityRow[]) =>
      upsert("opportunities", tenantId, rows),
    upsertCampaigns: (tenantId: string, rows: readonly CampaignRow[]) => upsert("campaigns", tenantId, rows),
  };
}
