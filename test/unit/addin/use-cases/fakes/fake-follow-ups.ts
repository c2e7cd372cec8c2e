import type { CommentLine, InteractionEntry, Me, StatisticsReport, Todo } from "../../../../../src/contracts";
import type { StoreClientPort } from "../../../../../src/addin/ports/store-client-port";

/** Follow-ups and comment lines held in memory, on the fake's entries; the report counts its active entries. */
export function fakeFollowUps(
  record: <T>(method: keyof StoreClientPort, args: unknown[], answer: () => T) => Promise<unknown>,
  entries: InteractionEntry[],
  /** The roles GET /me answers; a test makes the user a manager by changing them. */
  access: { roles: Me["roles"] },
): Pick<StoreClientPort, "followUp" | "todos" | "comments" | "report" | "me"> {
  const todos: Todo[] = [];
  const comments: CommentLine[] = [];
  const at = "2026-11-24T09:00:00Z";
  return {
    followUp: (action, key) =>
      record("followUp", [action, key], () => {
        if (action.kind === "comment") {
          const line: CommentLine = {
            entryNo: action.entryNo,
            lineNo: 10000 * (comments.filter((c) => c.entryNo === action.entryNo).length + 1),
            date: at.slice(0, 10),
            comment: action.comment,
            userId: "alex",
            createdAt: at,
          };
          comments.push(line);
          return line;
        }
        if (action.kind === "completeTodo") {
          const at2 = todos.findIndex((t) => t.no === action.todoNo);
          const done = { ...todos[at2]!, open: false, closedAt: at, closedBy: "alex" };
          todos[at2] = done;
          return done;
        }
        const { request } = action;
        const entry = entries.find((e) =>
          request.entryNo === undefined ? e.sourceKey === request.sourceKey : e.entryNo === request.entryNo,
        );
        const todo: Todo = {
          no: `TD${String(todos.length + 1).padStart(6, "0")}`,
          description: request.description,
          dueDate: request.dueDate,
          ...(request.salespersonCode === undefined ? {} : { salespersonCode: request.salespersonCode }),
          contactNo: entry?.contactNo ?? "",
          ...(entry === undefined ? {} : { entryNo: entry.entryNo }),
          assignedTo: "alex",
          createdBy: "alex",
          createdAt: at,
          open: true,
        };
        todos.push(todo);
        if (entry !== undefined) entry.todoNo = todo.no;
        return todo;
      }) as never,
    me: () =>
      record("me", [], () => ({ userId: "alex", userName: "Alex", roles: [...access.roles] })) as never,
    todos: (query) =>
      record("todos", [query], () => ({
        items: todos.filter(
          (t) =>
            (query.open !== true || t.open) && (query.contact === undefined || t.contactNo === query.contact),
        ),
      })) as never,
    comments: (entryNo) =>
      record("comments", [entryNo], () => ({
        items: comments.filter((c) => c.entryNo === entryNo),
      })) as never,
    report: (query) =>
      record("report", [query], (): StatisticsReport => {
        const keyOf = (e: InteractionEntry) =>
          query.by === "template" ? e.templateCode : query.by === "group" ? e.groupCode : e.salespersonCode;
        const byKey = new Map<string, InteractionEntry[]>();
        for (const e of entries.filter((x) => !x.canceled)) {
          const key = keyOf(e);
          if (key !== undefined) byKey.set(key, [...(byKey.get(key) ?? []), e]);
        }
        const figures = (list: InteractionEntry[]) => {
          const failed = list.filter((e) => e.attemptFailed).length;
          return {
            count: list.length,
            failed,
            costLcy: list.reduce((s, e) => s + e.costLcy, 0),
            durationMin: list.reduce((s, e) => s + e.durationMin, 0),
            successRate: list.length === 0 ? 0 : (list.length - failed) / list.length,
          };
        };
        return {
          by: query.by,
          items: [...byKey.entries()]
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([key, list]) => ({ key, ...figures(list) })),
          totals: figures([...byKey.values()].flat()),
        };
      }) as never,
  };
}
