import { errors } from "jose";
import type { AuthError } from "./principal";

/** Turns whatever jose threw while verifying into the coded failure the caller sees; never rethrows. */
export function mapJoseError(error: unknown): AuthError {
  if (error instanceof errors.JWTExpired) {
    return { code: "STORE_TOKEN_EXPIRED", message: "The token has expired: sign in again" };
  }
  if (error instanceof errors.JWTClaimValidationFailed) {
    return { code: "STORE_UNAUTHENTICATED", message: `The token's ${error.claim} claim is not acceptable` };
  }
  if (error instanceof errors.JOSEAlgNotAllowed) {
    return { code: "STORE_UNAUTHENTICATED", message: "The token's signing algorithm is not accepted" };
  }
  if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWSSignatureVerificationFailed) {
    return { code: "STORE_UNAUTHENTICATED", message: "The token's signature does not verify" };
  }
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid) {
    return {
      code: "STORE_UNAUTHENTICATED",
      message: "The signing keys could not be loaded to verify the token",
    };
  }
  return { code: "STORE_UNAUTHENTICATED", message: "The token is not valid" };
}
