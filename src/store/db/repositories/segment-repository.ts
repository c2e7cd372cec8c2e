import type { Kysely } from "kysely";
import type { LoggedSegment, SegmentLine } from "../../../contracts";
import type { Database, LoggedSegmentsTable, SegmentsTable } from "../database";

/** Line numbers step as Business Central's do, leaving room between lines. */
const LINE_STEP = 10_000;

export interface SegmentHeader {
  no: string;
  description: string;
  salespersonCode?: string;
  createdBy: string;
  createdAt: string;
}

const toHeader = (r: SegmentsTable): SegmentHeader => ({
  no: r.no,
  description: r.description,
  ...(r.salesperson_code === null ? {} : { salespersonCode: r.salesperson_code }),
  createdBy: r.created_by,
  createdAt: r.created_at,
});

const toLoggedSegment = (r: LoggedSegmentsTable & { entries: number | string | bigint }): LoggedSegment => ({
  id: r.id,
  segmentNo: r.segment_no,
  loggedItemId: r.logged_item_id,
  templateCode: r.template_code,
  description: r.description,
  createdBy: r.created_by,
  createdAt: r.created_at,
  canceled: r.canceled === 1,
  entries: Number(r.entries),
});

/** Segments, their lines, and logged segments. */
export function segmentRepository(db: Kysely<Database>) {
  const loggedSegments = (tenantId: string) =>
    db
      .selectFrom("logged_segments as s")
      .selectAll("s")
      .select((eb) =>
        eb
          .selectFrom("interaction_entries as e")
          .select((e) => e.fn.countAll<number>().as("n"))
          .whereRef("e.tenant_id", "=", "s.tenant_id")
          .whereRef("e.logged_item_id", "=", "s.logged_item_id")
          .where("e.canceled", "=", 0)
          .as("entries"),
      )
      .where("s.tenant_id", "=", tenantId);

  return {
    /** False when the number is taken. */
    async insert(tenantId: string, header: Omit<SegmentsTable, "tenant_id">): Promise<boolean> {
      const inserted = await db
        .insertInto("segments")
        .values({ tenant_id: tenantId, ...header })
        .onConflict((oc) => oc.columns(["tenant_id", "no"]).doNothing())
        .returning("no")
        .executeTakeFirst();
      return inserted !== undefined;
    },

    async header(tenantId: string, no: string): Promise<SegmentHeader | undefined> {
      const r = await db
        .selectFrom("segments")
        .selectAll()
        .where("tenant_id", "=", tenantId)
        .where("no", "=", no)
        .executeTakeFirst();
      return r === undefined ? undefined : toHeader(r);
    },

    async list(tenantId: string): Promise<SegmentHeader[]> {
      const rows = await db
        .selectFrom("segments")
        .selectAll()
        .where("tenant_id", "=", tenantId)
        .orderBy("no")
        .limit(500)
        .execute();
      return rows.map(toHeader);
    },

    async update(
      tenantId: string,
      no: string,
      set: Partial<Pick<SegmentsTable, "description" | "salesperson_code">>,
    ): Promise<void> {
      if (Object.keys(set).length === 0) return;
      await db
        .updateTable("segments")
        .set(set)
        .where("tenant_id", "=", tenantId)
        .where("no", "=", no)
        .execute();
    },

    async delete(tenantId: string, no: string): Promise<void> {
      await db
        .deleteFrom("segment_lines")
        .where("tenant_id", "=", tenantId)
        .where("segment_no", "=", no)
        .execute();
      await db.deleteFrom("segments").where("tenant_id", "=", tenantId).where("no", "=", no).execute();
    },

    async lines(tenantId: string, no: string): Promise<SegmentLine[]> {
      const rows = await db
        .selectFrom("segment_lines as l")
        .innerJoin("contacts as c", (j) =>
          j.onRef("c.tenant_id", "=", "l.tenant_id").onRef("c.no", "=", "l.contact_no"),
        )
        .select(["l.line_no", "l.contact_no", "c.name", "c.company_no"])
        .where("l.tenant_id", "=", tenantId)
        .where("l.segment_no", "=", no)
        .orderBy("l.line_no")
        .execute();
      return rows.map((r) => ({
        lineNo: Number(r.line_no),
        contactNo: r.contact_no,
        contactName: r.name,
        ...(r.company_no === null ? {} : { contactCompanyNo: r.company_no }),
      }));
    },

    /** Adds a line per contact not on the segment yet; answers the contact numbers added. */
    async addLines(tenantId: string, no: string, contactNos: readonly string[]): Promise<string[]> {
      if (contactNos.length === 0) return [];
      const last = await db
        .selectFrom("segment_lines")
        .select((eb) => eb.fn.max("line_no").as("last"))
        .where("tenant_id", "=", tenantId)
        .where("segment_no", "=", no)
        .executeTakeFirst();
      const start = Number(last?.last ?? 0);
      const inserted = await db
        .insertInto("segment_lines")
        .values(
          contactNos.map((contact_no, i) => ({
            tenant_id: tenantId,
            segment_no: no,
            line_no: start + (i + 1) * LINE_STEP,
            contact_no,
          })),
        )
        .onConflict((oc) => oc.columns(["tenant_id", "segment_no", "contact_no"]).doNothing())
        .returning("contact_no")
        .execute();
      return inserted.map((r) => r.contact_no);
    },

    async deleteLine(tenantId: string, no: string, lineNo: number): Promise<boolean> {
      const r = await db
        .deleteFrom("segment_lines")
        .where("tenant_id", "=", tenantId)
        .where("segment_no", "=", no)
        .where("line_no", "=", lineNo)
        .executeTakeFirst();
      return Number(r.numDeletedRows) === 1;
    },

    /** A company's people (Contact Company No.), by number. */
    async peopleOf(tenantId: string, companyNo: string): Promise<string[]> {
      const rows = await db
        .selectFrom("contacts")
        .select("no")
        .where("tenant_id", "=", tenantId)
        .where("company_no", "=", companyNo)
        .where("type", "=", "person")
        .orderBy("no")
        .execute();
      return rows.map((r) => r.no);
    },

    async insertLogged(tenantId: string, row: Omit<LoggedSegmentsTable, "tenant_id">): Promise<void> {
      await db
        .insertInto("logged_segments")
        .values({ tenant_id: tenantId, ...row })
        .execute();
    },

    async logged(tenantId: string, id: string): Promise<LoggedSegment | undefined> {
      const r = await loggedSegments(tenantId).where("s.id", "=", id).executeTakeFirst();
      return r === undefined ? undefined : toLoggedSegment({ ...r, entries: r.entries ?? 0 });
    },

    /** Newest first; `segmentNo` narrows to one segment's. */
    async loggedList(
      tenantId: string,
      segmentNo: string | undefined,
      limit: number,
    ): Promise<LoggedSegment[]> {
      let query = loggedSegments(tenantId);
      if (segmentNo !== undefined) query = query.where("s.segment_no", "=", segmentNo);
      const rows = await query.orderBy("s.created_at", "desc").orderBy("s.id", "desc").limit(limit).execute();
      return rows.map((r) => toLoggedSegment({ ...r, entries: r.entries ?? 0 }));
    },

    /** False when it was canceled already. */
    async cancelLogged(tenantId: string, id: string): Promise<boolean> {
      const r = await db
        .updateTable("logged_segments")
        .set({ canceled: 1 })
        .where("tenant_id", "=", tenantId)
        .where("id", "=", id)
        .where("canceled", "=", 0)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
  };
}
