import { Type, type Static } from "@sinclair/typebox";
import { Code, ContactNo } from "./common";
import { FIELD_LIMITS } from "./field-limits";
import { CalendarDay } from "./store-requests";

/** A to-do's number, as the store hands them out (TD000001). */
export const TodoNo = Type.String({ minLength: 1, maxLength: 20, pattern: "^[A-Z0-9_.\\-]+$" });

/**
 * Body of POST /todos: a follow-up on an entry, named by its number or, while its log may still be on its
 * way, by the source key of the logged item (the item's first entry). Exactly one of the two.
 */
export const CreateTodoRequest = Type.Object(
  {
    description: Type.String({ minLength: 1, maxLength: FIELD_LIMITS.description }),
    dueDate: CalendarDay,
    salespersonCode: Type.Optional(Code),
    entryNo: Type.Optional(Type.Integer({ minimum: 1 })),
    sourceKey: Type.Optional(Type.String({ minLength: 1, maxLength: FIELD_LIMITS.sourceText })),
  },
  { additionalProperties: false },
);
export type CreateTodoRequest = Static<typeof CreateTodoRequest>;

/** [To-do]: a follow-up, open until completed. */
export const Todo = Type.Object({
  no: TodoNo,
  description: Type.String(),
  dueDate: Type.String(),
  salespersonCode: Type.Optional(Type.String()),
  contactNo: Type.String(),
  contactName: Type.Optional(Type.String()),
  entryNo: Type.Optional(Type.Integer()),
  assignedTo: Type.String(),
  createdBy: Type.String(),
  createdAt: Type.String(),
  open: Type.Boolean(),
  closedAt: Type.Optional(Type.String()),
  closedBy: Type.Optional(Type.String()),
});
export type Todo = Static<typeof Todo>;

export const TodoList = Type.Object({ items: Type.Array(Todo) });
export type TodoList = Static<typeof TodoList>;

/** Query of GET /todos: whose (`me`, or a user id for managers), which contact's, open ones only. */
export const TodoQuery = Type.Object(
  {
    assignedTo: Type.Optional(Type.String({ minLength: 1, maxLength: FIELD_LIMITS.id })),
    contact: Type.Optional(ContactNo),
    open: Type.Optional(Type.Boolean()),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
  },
  { additionalProperties: false },
);
export type TodoQuery = Static<typeof TodoQuery>;

export const TodoParams = Type.Object({ no: TodoNo });

/** [Inter. Log Entry Comment Line] */
export const CommentLine = Type.Object({
  entryNo: Type.Integer(),
  lineNo: Type.Integer(),
  date: Type.String(),
  comment: Type.String(),
  userId: Type.String(),
  userName: Type.Optional(Type.String()),
  createdAt: Type.String(),
});
export type CommentLine = Static<typeof CommentLine>;

export const CommentList = Type.Object({ items: Type.Array(CommentLine) });
export type CommentList = Static<typeof CommentList>;

/** Body of POST /interactions/{entryNo}/comments; the date is today (UTC) unless given. */
export const AddCommentRequest = Type.Object(
  {
    comment: Type.String({ minLength: 1, maxLength: FIELD_LIMITS.comment }),
    date: Type.Optional(CalendarDay),
  },
  { additionalProperties: false },
);
export type AddCommentRequest = Static<typeof AddCommentRequest>;

/** Answer of GET /me: who the store takes the caller for, and the roles it authorizes them by. */
export const Me = Type.Object({
  userId: Type.String(),
  userName: Type.String(),
  roles: Type.Array(Type.Union([Type.Literal("user"), Type.Literal("manager"), Type.Literal("admin")])),
});
export type Me = Static<typeof Me>;
