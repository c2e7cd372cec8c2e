import type { CreateTodoRequest, Todo, TodoList, TodoQuery } from "../../contracts";
import { fail, ok, type Result } from "../../domain/result";
import type { Principal } from "../auth/principal";
import type { Repositories } from "../db/repositories/create-repositories";
import type { ServiceFailure } from "../errors";
import { isManager, mayChangeEntriesOf } from "./authorize";
import { changeableEntry } from "./interaction-lifecycle";
import { recordChanges } from "./record-changes";

const COUNTER = "todo_no";
const formatTodoNo = (n: number) => `TD${String(n).padStart(6, "0")}`;
const DEFAULT_LIMIT = 100;

const notFound = (no: string) =>
  fail<ServiceFailure>({ code: "STORE_NOT_FOUND", message: `To-do ${no} not found.` });

/** The entry a follow-up is set on: by number, or the first active entry of the logged source. */
async function targetEntry(repos: Repositories, principal: Principal, request: CreateTodoRequest) {
  if ((request.entryNo === undefined) === (request.sourceKey === undefined))
    return fail<ServiceFailure>({ code: "STORE_TODO_TARGET" });
  let entryNo = request.entryNo;
  if (request.sourceKey !== undefined) {
    const [first] = await repos.interactions.activeEntriesForSource(principal.tenantId, request.sourceKey);
    if (first === undefined)
      return fail<ServiceFailure>({
        code: "STORE_TODO_TARGET",
        message: "No interaction is logged for this source.",
      });
    entryNo = first.entryNo;
  }
  return changeableEntry(repos, principal, entryNo ?? 0);
}

/**
 * POST /todos: a follow-up on an entry the caller may change, assigned to the caller, numbered from the
 * tenant's counter (TD000001), its number written on the entry as *To-do No.*. One per entry. Audited.
 */
export async function createTodo(
  repos: Repositories,
  principal: Principal,
  request: CreateTodoRequest,
  now: Date,
): Promise<Result<Todo, ServiceFailure>> {
  const entry = await targetEntry(repos, principal, request);
  if (!entry.ok) return entry;
  if (entry.value.todoNo !== undefined)
    return fail({ code: "STORE_ENTRY_HAS_TODO", details: { todoNo: entry.value.todoNo } });
  const no = formatTodoNo(await repos.counters.take(principal.tenantId, COUNTER));
  const inserted = await repos.todos.insert(principal.tenantId, {
    no,
    description: request.description,
    due_date: request.dueDate,
    salesperson_code: request.salespersonCode ?? entry.value.salespersonCode ?? null,
    contact_no: entry.value.contactNo,
    entry_no: entry.value.entryNo,
    assigned_to: principal.userId,
    created_by: principal.userId,
    created_at: now.toISOString(),
  });
  if (!inserted) return fail({ code: "STORE_ENTRY_HAS_TODO" });
  const todo = await repos.todos.read(principal.tenantId, no);
  if (todo === undefined) return notFound(no);
  await recordChanges(
    repos,
    principal,
    [{ action: "todo.create", entityType: "todo", entityId: no, after: todo }],
    now,
  );
  return ok(todo);
}

/**
 * GET /todos: the caller's own (`assignedTo=me`, the default without a contact), another user's for a
 * manager, or a contact's; `open=true` leaves completed ones out.
 */
export async function listTodos(
  repos: Repositories,
  principal: Principal,
  query: TodoQuery,
): Promise<Result<TodoList, ServiceFailure>> {
  const who = query.assignedTo ?? (query.contact === undefined ? "me" : undefined);
  const assignedTo = who === "me" ? principal.userId : who;
  if (assignedTo !== undefined && assignedTo !== principal.userId && !isManager(principal))
    return fail({ code: "STORE_MANAGER_ONLY", message: "Only a manager can list another user's to-dos." });
  const items = await repos.todos.list(principal.tenantId, {
    ...(assignedTo === undefined ? {} : { assignedTo }),
    ...(query.contact === undefined ? {} : { contactNo: query.contact }),
    openOnly: query.open === true,
    limit: query.limit ?? DEFAULT_LIMIT,
  });
  return ok({ items });
}

/** POST /todos/{no}/complete: by its assignee, or a manager; twice is a conflict. Audited. */
export async function completeTodo(
  repos: Repositories,
  principal: Principal,
  no: string,
  now: Date,
): Promise<Result<Todo, ServiceFailure>> {
  const before = await repos.todos.read(principal.tenantId, no);
  if (before === undefined) return notFound(no);
  const allowed = mayChangeEntriesOf(principal, before.assignedTo);
  if (!allowed.ok) return allowed;
  if (!(await repos.todos.complete(principal.tenantId, no, principal.userId, now.toISOString())))
    return fail({ code: "STORE_TODO_CLOSED" });
  const after = await repos.todos.read(principal.tenantId, no);
  if (after === undefined) return notFound(no);
  await recordChanges(
    repos,
    principal,
    [{ action: "todo.complete", entityType: "todo", entityId: no, before, after }],
    now,
  );
  return ok(after);
}
