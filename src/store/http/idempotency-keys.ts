import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { codePointLength } from "../../domain/code-point-length";
import type { StoreDatabase } from "../db/create-database";
import { StoreError } from "../errors";
import { earlierAnswer, fingerprintOf, type IdempotencyClaim, type KeyPolicy } from "../services/write-once";

/** Whether a route takes an Idempotency-Key: must send one, may send one, or is not a change at all. */
export type IdempotencyMode = "required" | "optional" | "none";

declare module "fastify" {
  interface FastifyContextConfig {
    /** Every POST, PUT, PATCH and DELETE route says which; a route that does not fails at startup. */
    idempotency?: IdempotencyMode;
  }
  interface FastifyRequest {
    /** The request's key and fingerprint, when it carried a key that is new (set by the preHandler). */
    idempotency?: IdempotencyClaim;
  }
}

export const MAX_KEY_LENGTH = 200;
const CHANGES = new Set(["POST", "PUT", "PATCH", "DELETE"]);
const KEY_PATH = "headers/idempotency-key";

const invalidKey = (message: string) =>
  new StoreError("STORE_VALIDATION", `The Idempotency-Key ${message}.`, [{ path: KEY_PATH, message }]);

/** The key as sent: never trimmed (" k" and "k" are two keys), at most 200 characters, never empty. */
function readKey(req: FastifyRequest, mode: IdempotencyMode): string | undefined {
  const raw = req.headers["idempotency-key"];
  if (raw === undefined) {
    if (mode === "required") throw new StoreError("STORE_IDEMPOTENCY_KEY_REQUIRED");
    return undefined;
  }
  const key = Array.isArray(raw) ? raw.join(", ") : raw;
  if (key.trim() === "") {
    if (mode === "required") throw new StoreError("STORE_IDEMPOTENCY_KEY_REQUIRED");
    throw invalidKey("must not be empty");
  }
  if (codePointLength(key) > MAX_KEY_LENGTH) throw invalidKey(`must be at most ${MAX_KEY_LENGTH} characters`);
  return key;
}

/**
 * Idempotency for every change, the same way for every route: a route opts in with one line,
 * `config: { idempotency: "optional" }` (or "required"), and runs its writes through writeOnce with
 * `req.idempotency` (see routes/answer-once). This hook reads and checks the key, fingerprints the
 * request (user, method + route, parameters, query, body) and looks the key up first, so a retry is
 * answered from the stored answer at the cost of one indexed read, without running the route again.
 * Registered in the authenticated scope: keys belong to a tenant and a user.
 */
export function addIdempotencyKeys(api: FastifyInstance, db: StoreDatabase, policy: KeyPolicy): void {
  const lookUp = async (req: FastifyRequest, reply: FastifyReply) => {
    const mode = req.routeOptions.config.idempotency ?? "none";
    const key = readKey(req, mode);
    if (key === undefined) return;
    const claim: IdempotencyClaim = {
      key,
      fingerprint: fingerprintOf(req.principal, {
        route: `${req.method} ${req.routeOptions.url ?? ""}`,
        params: req.params,
        query: req.query,
        body: req.body,
      }),
    };
    const earlier = await earlierAnswer(db.repositories, req.principal, claim, policy);
    if (earlier === undefined) {
      req.idempotency = claim;
      return;
    }
    if (!earlier.ok) throw new StoreError(earlier.error.code, earlier.error.message);
    reply.header("idempotent-replayed", "true").code(earlier.value.status);
    return earlier.value.body === undefined ? reply.send() : reply.send(earlier.value.body);
  };
  // Only the routes that take a key get the lookup: reads pay nothing for it.
  api.addHook("onRoute", (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const mode = (route.config as { idempotency?: IdempotencyMode } | undefined)?.idempotency;
    if (methods.some((m) => CHANGES.has(m)) && mode === undefined) {
      throw new Error(`${methods.join(",")} ${route.url} must say whether it takes an Idempotency-Key`);
    }
    if (mode === "required" || mode === "optional") {
      const own =
        route.preHandler === undefined
          ? []
          : Array.isArray(route.preHandler)
            ? route.preHandler
            : [route.preHandler];
      route.preHandler = [...own, lookUp];
    }
  });
}
