import type { Kysely, Selectable } from "kysely";
import type {
  CorrespondenceType,
  Evaluation,
  InformationFlow,
  InitiatedBy,
  InteractionEntry,
  LoggedItem,
  SourceKind,
} from "../../../contracts";
import type { Database, InteractionEntriesTable, LoggedItemsTable } from "../database";

/** Entries joined to their logged item (kind, link) and contact (name): the API's view of an entry. */
export function selectEntries(db: Kysely<Database>, tenantId: string) {
  return db
    .selectFrom("interaction_entries as e")
    .innerJoin("logged_items as li", (j) =>
      j.onRef("li.tenant_id", "=", "e.tenant_id").onRef("li.id", "=", "e.logged_item_id"),
    )
    .leftJoin("contacts as c", (j) =>
      j.onRef("c.tenant_id", "=", "e.tenant_id").onRef("c.no", "=", "e.contact_no"),
    )
    .selectAll("e")
    .select(["li.kind as source_kind", "li.web_link", "li.item_id", "c.name as contact_name"])
    .where("e.tenant_id", "=", tenantId);
}

type EntryRow = Awaited<ReturnType<ReturnType<typeof selectEntries>["execute"]>>[number];

const optional = <K extends string>(key: K, value: string | null): Partial<Record<K, string>> =>
  value === null ? {} : ({ [key]: value } as Record<K, string>);

/** An entry from its own row alone, without its logged item's kind and link or its contact's name. */
export type EntryColumns = Omit<InteractionEntry, "contactName" | "sourceKind" | "webLink" | "itemId">;

export function toEntryColumns(r: Selectable<InteractionEntriesTable>): EntryColumns {
  return {
    entryNo: Number(r.entry_no),
    loggedItemId: r.logged_item_id,
    contactNo: r.contact_no,
    ...optional("contactCompanyNo", r.contact_company_no),
    templateCode: r.template_code,
    groupCode: r.group_code,
    description: r.description,
    subject: r.subject,
    occurredAt: r.occurred_at,
    informationFlow: r.information_flow as InformationFlow,
    initiatedBy: r.initiated_by as InitiatedBy,
    costLcy: Number(r.cost_lcy),
    durationMin: Number(r.duration_min),
    evaluation: r.evaluation as Evaluation,
    attemptFailed: r.attempt_failed === 1,
    correspondenceType: r.correspondence_type as CorrespondenceType,
    ...optional("salespersonCode", r.salesperson_code),
    userId: r.user_id,
    ...optional("userName", r.user_name),
    sourceKey: r.source_key,
    ...optional("opportunityNo", r.opportunity_no),
    ...optional("campaignNo", r.campaign_no),
    ...optional("segmentNo", r.segment_no),
    campaignTarget: r.campaign_target === 1,
    campaignResponse: r.campaign_response === 1,
    ...optional("documentType", r.document_type),
    ...optional("documentNo", r.document_no),
    ...optional("todoNo", r.todo_no),
    emailLogged: r.email_logged === 1,
    postponed: r.postponed === 1,
    canceled: r.canceled === 1,
    createdAt: r.created_at,
  };
}

export function toEntry(r: EntryRow): InteractionEntry {
  return {
    ...toEntryColumns(r),
    ...optional("contactName", r.contact_name),
    sourceKind: r.source_kind as SourceKind,
    ...optional("webLink", r.web_link),
    ...optional("itemId", r.item_id),
  };
}

export function toLoggedItem(r: LoggedItemsTable): LoggedItem {
  return {
    id: r.id,
    sourceKind: r.kind as SourceKind,
    sourceKey: r.source_key,
    subject: r.subject,
    occurredAt: r.occurred_at,
    ...optional("webLink", r.web_link),
    ...optional("itemId", r.item_id),
    createdBy: r.created_by,
    ...optional("createdByName", r.created_by_name),
    createdAt: r.created_at,
    canceled: r.canceled === 1,
  };
}
