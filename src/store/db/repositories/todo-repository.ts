import type { Kysely } from "kysely";
import type { CommentLine, Todo } from "../../../contracts";
import type { Database } from "../database";
import type { EntryCommentLinesTable, TodosTable } from "../sales-tables";

export type NewTodo = Omit<TodosTable, "tenant_id" | "closed_at" | "closed_by">;
export type NewCommentLine = Omit<EntryCommentLinesTable, "tenant_id">;

export interface TodoFilter {
  assignedTo?: string;
  contactNo?: string;
  openOnly: boolean;
  limit: number;
}

const optional = <K extends string>(key: K, value: string | null): Partial<Record<K, string>> =>
  value === null ? {} : ({ [key]: value } as Record<K, string>);

function toTodo(r: TodosTable & { contact_name: string | null }): Todo {
  return {
    no: r.no,
    description: r.description,
    dueDate: r.due_date,
    ...optional("salespersonCode", r.salesperson_code),
    contactNo: r.contact_no,
    ...optional("contactName", r.contact_name),
    ...(r.entry_no === null ? {} : { entryNo: Number(r.entry_no) }),
    assignedTo: r.assigned_to,
    createdBy: r.created_by,
    createdAt: r.created_at,
    open: r.closed_at === null,
    ...optional("closedAt", r.closed_at),
    ...optional("closedBy", r.closed_by),
  };
}

function toCommentLine(r: EntryCommentLinesTable): CommentLine {
  return {
    entryNo: Number(r.entry_no),
    lineNo: Number(r.line_no),
    date: r.date,
    comment: r.comment,
    userId: r.user_id,
    ...optional("userName", r.user_name),
    createdAt: r.created_at,
  };
}

/** To-dos [To-do] and entry comment lines [Inter. Log Entry Comment Line]. */
export function todoRepository(db: Kysely<Database>) {
  const selectTodos = (tenantId: string) =>
    db
      .selectFrom("todos as t")
      .leftJoin("contacts as c", (j) =>
        j.onRef("c.tenant_id", "=", "t.tenant_id").onRef("c.no", "=", "t.contact_no"),
      )
      .selectAll("t")
      .select("c.name as contact_name")
      .where("t.tenant_id", "=", tenantId);

  return {
    /** Writes the to-do and its number on the entry, if the entry has none yet; false when it has. */
    async insert(tenantId: string, todo: NewTodo): Promise<boolean> {
      if (todo.entry_no !== null) {
        const linked = await db
          .updateTable("interaction_entries")
          .set({ todo_no: todo.no })
          .where("tenant_id", "=", tenantId)
          .where("entry_no", "=", todo.entry_no)
          .where("todo_no", "is", null)
          .executeTakeFirst();
        if (Number(linked.numUpdatedRows) === 0) return false;
      }
      await db
        .insertInto("todos")
        .values({ tenant_id: tenantId, ...todo, closed_at: null, closed_by: null })
        .execute();
      return true;
    },

    async read(tenantId: string, no: string): Promise<Todo | undefined> {
      const r = await selectTodos(tenantId).where("t.no", "=", no).executeTakeFirst();
      return r === undefined ? undefined : toTodo(r);
    },

    /** Soonest due first, then by number. */
    async list(tenantId: string, filter: TodoFilter): Promise<Todo[]> {
      let query = selectTodos(tenantId);
      if (filter.assignedTo !== undefined) query = query.where("t.assigned_to", "=", filter.assignedTo);
      if (filter.contactNo !== undefined) query = query.where("t.contact_no", "=", filter.contactNo);
      if (filter.openOnly) query = query.where("t.closed_at", "is", null);
      const rows = await query.orderBy("t.due_date").orderBy("t.no").limit(filter.limit).execute();
      return rows.map(toTodo);
    },

    /** Closes an open to-do; false when it was closed already (checked in the same statement). */
    async complete(tenantId: string, no: string, by: string, at: string): Promise<boolean> {
      const changed = await db
        .updateTable("todos")
        .set({ closed_at: at, closed_by: by })
        .where("tenant_id", "=", tenantId)
        .where("no", "=", no)
        .where("closed_at", "is", null)
        .executeTakeFirst();
      return Number(changed.numUpdatedRows) === 1;
    },

    async insertComment(tenantId: string, line: NewCommentLine): Promise<CommentLine> {
      const row = { tenant_id: tenantId, ...line };
      await db.insertInto("entry_comment_lines").values(row).execute();
      return toCommentLine(row);
    },

    async comments(tenantId: string, entryNos: readonly number[]): Promise<CommentLine[]> {
      if (entryNos.length === 0) return [];
      const rows = await db
        .selectFrom("entry_comment_lines")
        .selectAll()
        .where("tenant_id", "=", tenantId)
        .where("entry_no", "in", [...entryNos])
        .orderBy("entry_no")
        .orderBy("line_no")
        .execute();
      return rows.map(toCommentLine);
    },

    /** Comment lines after (entry, line) in that order, one keyset page: what the comment export reads. */
    async commentsAfter(
      tenantId: string,
      after: { entryNo: number; lineNo: number },
      limit: number,
    ): Promise<CommentLine[]> {
      const rows = await db
        .selectFrom("entry_comment_lines")
        .selectAll()
        .where("tenant_id", "=", tenantId)
        .where((eb) =>
          eb.or([
            eb("entry_no", ">", after.entryNo),
            eb.and([eb("entry_no", "=", after.entryNo), eb("line_no", ">", after.lineNo)]),
          ]),
        )
        .orderBy("entry_no")
        .orderBy("line_no")
        .limit(limit)
        .execute();
      return rows.map(toCommentLine);
    },

    /** Removes the comment lines of deleted entries and unlinks their to-dos, which stay as follow-ups. */
    async forgetEntries(tenantId: string, entryNos: readonly number[]): Promise<void> {
      if (entryNos.length === 0) return;
      await db
        .deleteFrom("entry_comment_lines")
        .where("tenant_id", "=", tenantId)
        .where("entry_no", "in", [...entryNos])
        .execute();
      await db
        .updateTable("todos")
        .set({ entry_no: null })
        .where("tenant_id", "=", tenantId)
        .where("entry_no", "in", [...entryNos])
        .execute();
    },
  };
}
