import { jwtVerify } from "jose";
import { fail, ok } from "../../domain/result";
import { loadDevSigningKey } from "./dev-signing-key";
import { mapJoseError } from "./map-jose-error";
import type { Authenticator, DevAuthConfig, Role } from "./principal";
import { readBearerToken } from "./read-bearer-token";
import { DEV_TOKEN_AUDIENCE, DEV_TOKEN_ISSUER } from "./sign-dev-token";

/** Dev tokens are signed and checked on one machine: one clock, so no more than a rounding's leeway. */
const CLOCK_TOLERANCE_SECONDS = 5;

/** Verifies tokens signed by `signDevToken` with the data directory's key: HS256 only. */
export async function createDevAuthenticator(config: DevAuthConfig): Promise<Authenticator> {
  const key = await loadDevSigningKey(config.dataDir);
  return {
    mode: "dev",
    async authenticate(authorization) {
      const token = readBearerToken(authorization);
      if (!token.ok) return token;
      try {
        const { payload } = await jwtVerify(token.value, key, {
          algorithms: ["HS256"],
          issuer: DEV_TOKEN_ISSUER,
          audience: DEV_TOKEN_AUDIENCE,
          requiredClaims: ["sub", "exp"],
          clockTolerance: CLOCK_TOLERANCE_SECONDS,
        });
        const user = payload.sub ?? "";
        const tenantId = typeof payload.tid === "string" && payload.tid !== "" ? payload.tid : undefined;
        if (user === "" || tenantId === undefined) {
          return fail({ code: "STORE_UNAUTHENTICATED", message: "The dev token names no user or tenant" });
        }
        const roles = readRoles(payload.roles);
        const userName = typeof payload.name === "string" && payload.name !== "" ? payload.name : user;
        return ok({ tenantId, userId: user, userName, email: user, roles });
      } catch (error) {
        return fail(mapJoseError(error));
      }
    },
  };
}

function readRoles(claim: unknown): Role[] {
  const listed = Array.isArray(claim) ? claim : [];
  return ["user", ...(["manager", "admin"] as const).filter((role) => listed.includes(role))];
}
