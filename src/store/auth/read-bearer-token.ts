import { fail, ok, type Result } from "../../domain/result";
import type { AuthError } from "./principal";

const BEARER = /^Bearer\s+([\w-]+\.[\w-]+\.[\w-]*)\s*$/i;

/** The compact JWT inside an `Authorization: Bearer …` header, or a coded failure. */
export function readBearerToken(authorization: string | undefined): Result<string, AuthError> {
  if (authorization === undefined || authorization.trim() === "") {
    return fail({ code: "STORE_UNAUTHENTICATED", message: "Sign in: the request carries no bearer token" });
  }
  const match = BEARER.exec(authorization);
  if (!match?.[1]) {
    return fail({ code: "STORE_UNAUTHENTICATED", message: "The Authorization header is not a bearer JWT" });
  }
  return ok(match[1]);
}
