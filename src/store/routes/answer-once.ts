import type { FastifyReply, FastifyRequest } from "fastify";
import type { Result } from "../../domain/result";
import type { Repositories } from "../db/repositories/create-repositories";
import type { ServiceFailure } from "../errors";
import { writeOnce } from "../services/write-once";
import { valueOrThrow, type RouteContext } from "./route-context";

/** A fixed success status, or one chosen from the value (200 or 201 for a log). */
export type SuccessStatus<T> = number | ((value: T) => number);

/**
 * The handler side of idempotency: runs a service's writes in one transaction with the request's key
 * and answer (writeOnce), then sends the answer, marked when it is a replay. With `no body` (204) the
 * value is not sent. Every mutating route answers through this:
 * `async (req, reply) => once(req, reply, 201, (repos) => createContact(repos, req.principal, req.body))`.
 * `written` sees the value of a change this request made (not of a replay), once it has committed.
 */
export function answerOnce({ db, keys }: RouteContext) {
  return async function once<T>(
    req: FastifyRequest,
    reply: FastifyReply,
    status: SuccessStatus<T>,
    work: (repos: Repositories) => Promise<Result<T, ServiceFailure>>,
    written?: (value: T) => void,
  ): Promise<FastifyReply> {
    const outcome = valueOrThrow(
      await writeOnce(db, req.principal, req.idempotency, keys, async (repos) => {
        const done = await work(repos);
        if (!done.ok) return done;
        const code = typeof status === "number" ? status : status(done.value);
        return { ok: true, value: { status: code, body: code === 204 ? undefined : done.value } };
      }),
    );
    if (!outcome.replayed && outcome.status !== 204) written?.(outcome.body as T);
    return send(reply, outcome);
  };
}

/** Sends a write's answer, first or replayed. */
export function send(
  reply: FastifyReply,
  outcome: { status: number; body: unknown; replayed: boolean },
): FastifyReply {
  if (outcome.replayed) reply.header("idempotent-replayed", "true");
  reply.code(outcome.status);
  return outcome.body === undefined ? reply.send() : reply.send(outcome.body);
}
