import type { InteractionEntriesTable, LoggedItemsTable } from "../database";

type NewEntryColumn = Exclude<keyof InteractionEntriesTable, "entry_no">;

/**
 * A list of a table's columns that must name every one of them: a column added to the table fails to
 * compile here until it is listed (the raw inserts would otherwise leave it out).
 */
const everyColumn =
  <Column extends string>() =>
  <const List extends readonly Column[]>(
    list: List &
      ([Exclude<Column, List[number]>] extends [never]
        ? unknown
        : { unlisted: Exclude<Column, List[number]> }),
  ): List =>
    list;

/** Every column a new entry writes but its number, in one order, for the raw insert of the write path. */
export const NEW_ENTRY_COLUMNS = everyColumn<NewEntryColumn>()([
  "tenant_id",
  "logged_item_id",
  "source_key",
  "contact_no",
  "contact_company_no",
  "template_code",
  "group_code",
  "description",
  "subject",
  "occurred_at",
  "information_flow",
  "initiated_by",
  "cost_lcy",
  "duration_min",
  "evaluation",
  "attempt_failed",
  "correspondence_type",
  "salesperson_code",
  "user_id",
  "user_name",
  "opportunity_no",
  "campaign_no",
  "segment_no",
  "campaign_target",
  "campaign_response",
  "document_type",
  "document_no",
  "todo_no",
  "email_logged",
  "postponed",
  "canceled",
  "created_at",
]);

/** Every column of a logged item, for the raw insert of the write path. */
export const LOGGED_ITEM_COLUMNS = everyColumn<keyof LoggedItemsTable>()([
  "tenant_id",
  "id",
  "source_key",
  "kind",
  "subject",
  "occurred_at",
  "web_link",
  "item_id",
  "conversation_id",
  "created_by",
  "created_by_name",
  "created_at",
  "canceled",
]);
