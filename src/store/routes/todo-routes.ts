import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import {
  AddCommentRequest,
  CommentLine,
  CommentList,
  CreateTodoRequest,
  EntryParams,
  Me,
  Todo,
  TodoList,
  TodoParams,
  TodoQuery,
} from "../../contracts";
import { addComment, listComments } from "../services/comment-service";
import { completeTodo, createTodo, listTodos } from "../services/todo-service";
import { answerOnce } from "./answer-once";
import { IDEMPOTENCY_KEY_OPTIONAL } from "./idempotency-header";
import { valueOrThrow, type RouteContext } from "./route-context";

const optionalKey = { idempotency: "optional" } as const;
const headers = IDEMPOTENCY_KEY_OPTIONAL;

/**
 * To-dos [To-do] set on entries, entries' comment lines [Inter. Log Entry Comment Line], and who the caller
 * is (the pane shows managers' views to those the store authorizes for them).
 */
export const todoRoutes: FastifyPluginAsyncTypebox<RouteContext> = async (app, context) => {
  const repos = context.db.repositories;
  const once = answerOnce(context);
  const now = context.keys.now;
  const tags = ["todos"];

  app.get("/me", { schema: { tags: ["system"], response: { 200: Me } } }, async (req) => ({
    userId: req.principal.userId,
    userName: req.principal.userName,
    roles: req.principal.roles,
  }));

  app.get("/todos", { schema: { tags, querystring: TodoQuery, response: { 200: TodoList } } }, async (req) =>
    valueOrThrow(await listTodos(repos, req.principal, req.query)),
  );

  app.post(
    "/todos",
    { config: optionalKey, schema: { tags, headers, body: CreateTodoRequest, response: { 201: Todo } } },
    async (req, reply) => once(req, reply, 201, (trx) => createTodo(trx, req.principal, req.body, now())),
  );

  app.post(
    "/todos/:no/complete",
    { config: optionalKey, schema: { tags, headers, params: TodoParams, response: { 200: Todo } } },
    async (req, reply) =>
      once(req, reply, 200, (trx) => completeTodo(trx, req.principal, req.params.no, now())),
  );

  app.get(
    "/interactions/:entryNo/comments",
    { schema: { tags: ["interactions"], params: EntryParams, response: { 200: CommentList } } },
    async (req) => valueOrThrow(await listComments(repos, req.principal, req.params.entryNo)),
  );

  app.post(
    "/interactions/:entryNo/comments",
    {
      config: optionalKey,
      schema: {
        tags: ["interactions"],
        headers,
        params: EntryParams,
        body: AddCommentRequest,
        response: { 201: CommentLine },
      },
    },
    async (req, reply) =>
      once(req, reply, 201, (trx) => addComment(trx, req.principal, req.params.entryNo, req.body, now())),
  );
};
