import { createRemoteJWKSet, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from "jose";
import { fail, ok, type Result } from "../../domain/result";
import { mapJoseError } from "./map-jose-error";
import type { AuthError, Authenticator, EntraAuthConfig, Principal, Role } from "./principal";
import { readBearerToken } from "./read-bearer-token";

/** Microsoft's signing keys for every tenant (v2 endpoint; it also serves the v1 keys). */
export const ENTRA_COMMON_JWKS_URI = "https://login.microsoftonline.com/common/discovery/v2.0/keys";
export const DEFAULT_REQUIRED_SCOPE = "Interactions.ReadWrite";
export const DEFAULT_ADMIN_ROLE = "Admin";
export const DEFAULT_MANAGER_ROLE = "Manager";
/** Servers keep time by NTP: a few seconds cover the skew, and an expired token is refused promptly. */
const CLOCK_TOLERANCE_SECONDS = 5;

/**
 * Verifies Entra ID access tokens for our API. The key set is injectable so tests verify locally signed
 * tokens; in production it is Microsoft's JWKS, fetched and cached by jose.
 */
export function createEntraAuthenticator(config: EntraAuthConfig, keySet?: JWTVerifyGetKey): Authenticator {
  if (config.audience.length === 0)
    throw new Error("Entra auth needs at least one audience (App ID URI or client id)");
  if (config.allowedTenants.length === 0) throw new Error("Entra auth needs at least one allowed tenant id");
  const keys = keySet ?? createRemoteJWKSet(new URL(config.jwksUri ?? ENTRA_COMMON_JWKS_URI));
  const allowed = new Set(config.allowedTenants.map((tenant) => tenant.toLowerCase()));
  const requiredScope = config.requiredScope ?? DEFAULT_REQUIRED_SCOPE;
  const appRoles = {
    admin: config.adminRole ?? DEFAULT_ADMIN_ROLE,
    manager: config.managerRole ?? DEFAULT_MANAGER_ROLE,
  };
  return {
    mode: "entra",
    async authenticate(authorization) {
      const token = readBearerToken(authorization);
      if (!token.ok) return token;
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(token.value, keys, {
          algorithms: ["RS256"],
          audience: config.audience,
          requiredClaims: ["iss", "exp", "tid"],
          clockTolerance: CLOCK_TOLERANCE_SECONDS,
        }));
      } catch (error) {
        return fail(mapJoseError(error));
      }
      return principalFromClaims(payload, allowed, requiredScope, appRoles);
    },
  };
}

function principalFromClaims(
  payload: JWTPayload,
  allowedTenants: Set<string>,
  requiredScope: string,
  appRoles: { admin: string; manager: string },
): Result<Principal, AuthError> {
  const tid = stringClaim(payload, "tid");
  if (tid === undefined || !isTenantIssuer(payload.iss, tid)) {
    return fail({
      code: "STORE_UNAUTHENTICATED",
      message: "The token's issuer is not its tenant's Entra ID issuer",
    });
  }
  if (!allowedTenants.has(tid.toLowerCase())) {
    return fail({ code: "STORE_FORBIDDEN", message: "The caller's tenant is not allowed to use this store" });
  }
  const scopes = (stringClaim(payload, "scp") ?? "").split(" ");
  if (!scopes.includes(requiredScope)) {
    return fail({ code: "STORE_FORBIDDEN", message: `The token lacks the ${requiredScope} scope` });
  }
  const oid = stringClaim(payload, "oid");
  if (oid === undefined) {
    return fail({ code: "STORE_UNAUTHENTICATED", message: "The token names no user (oid)" });
  }
  const granted: unknown[] = Array.isArray(payload.roles) ? payload.roles : [];
  const roles: Role[] = [
    "user",
    ...(granted.includes(appRoles.manager) ? (["manager"] as const) : []),
    ...(granted.includes(appRoles.admin) ? (["admin"] as const) : []),
  ];
  const email =
    stringClaim(payload, "preferred_username") ??
    stringClaim(payload, "upn") ??
    stringClaim(payload, "email");
  const userName = stringClaim(payload, "name") ?? email ?? oid;
  return ok({ tenantId: tid.toLowerCase(), userId: oid, userName, ...(email ? { email } : {}), roles });
}

/** v2 tokens come from login.microsoftonline.com/{tid}/v2.0, v1 tokens from sts.windows.net/{tid}/. */
function isTenantIssuer(issuer: string | undefined, tid: string): boolean {
  if (issuer === undefined) return false;
  const expected = [`https://login.microsoftonline.com/${tid}/v2.0`, `https://sts.windows.net/${tid}/`];
  return expected.includes(issuer);
}

function stringClaim(payload: JWTPayload, name: string): string | undefined {
  const value = payload[name];
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}
