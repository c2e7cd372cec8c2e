import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import {
  PutUserSetupRequest,
  UserSetupList,
  UserSetupParams,
  UserSetupRow,
  UserSetupTable,
} from "../../contracts";
import {
  deleteUserSetup,
  listUserSetup,
  putUserSetup,
  replaceUserSetup,
} from "../services/user-setup-service";
import { answerOnce } from "./answer-once";
import { IDEMPOTENCY_KEY_OPTIONAL as headers } from "./idempotency-header";
import type { RouteContext } from "./route-context";

const tags = ["user-setup"];

/**
 * Business Central's User Setup, administrators only: which salesperson code each user's entries carry.
 * PUT /user-setup replaces the whole table (an import); /user-setup/{userId} sets or removes one user.
 */
export const userSetupRoutes: FastifyPluginAsyncTypebox<RouteContext> = async (app, context) => {
  const repos = context.db.repositories;
  const once = answerOnce(context);
  const now = context.keys.now;

  app.get(
    "/user-setup",
    { config: { admin: true }, schema: { tags, response: { 200: UserSetupTable } } },
    async (req) => listUserSetup(repos, req.principal),
  );

  app.put(
    "/user-setup",
    {
      config: { admin: true, idempotency: "optional" },
      schema: { tags, headers, body: UserSetupList, response: { 200: UserSetupTable } },
    },
    async (req, reply) =>
      once(req, reply, 200, (trx) => replaceUserSetup(trx, req.principal, req.body, now())),
  );

  app.put(
    "/user-setup/:userId",
    {
      config: { admin: true, idempotency: "optional" },
      schema: {
        tags,
        headers,
        params: UserSetupParams,
        body: PutUserSetupRequest,
        response: { 200: UserSetupRow },
      },
    },
    async (req, reply) =>
      once(req, reply, 200, (trx) =>
        putUserSetup(trx, req.principal, req.params.userId, req.body.salespersonCode, now()),
      ),
  );

  app.delete(
    "/user-setup/:userId",
    { config: { admin: true, idempotency: "optional" }, schema: { tags, headers, params: UserSetupParams } },
    async (req, reply) =>
      once(req, reply, 204, (trx) => deleteUserSetup(trx, req.principal, req.params.userId, now())),
  );
};
