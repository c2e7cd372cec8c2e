import { fail, ok, type Result } from "../../domain/result";
import type { AuthConfig } from "./principal";

export interface AuthConfigError {
  code: "AUTH_CONFIG_INVALID";
  message: string;
}

const list = (value: string | undefined) =>
  (value ?? "")
    .split(/[\s,]+/)
    .map((item) => item.trim())
    .filter((item) => item !== "");

/**
 * The auth mode and its settings from a `--auth` choice and the environment: `TOUCHPOINT_AUTH`,
 * `TOUCHPOINT_ENTRA_AUDIENCE` and `TOUCHPOINT_ENTRA_TENANTS` (comma-separated), optional
 * `TOUCHPOINT_ENTRA_JWKS_URI`, `TOUCHPOINT_ENTRA_SCOPE`, `TOUCHPOINT_ENTRA_ADMIN_ROLE`,
 * `TOUCHPOINT_ENTRA_MANAGER_ROLE`.
 */
export function authConfigFromEnv(
  mode: string | undefined,
  dataDir: string,
  env: NodeJS.ProcessEnv,
): Result<AuthConfig, AuthConfigError> {
  const chosen = mode ?? env.TOUCHPOINT_AUTH ?? "dev";
  if (chosen === "dev") return ok({ mode: "dev", dataDir });
  if (chosen !== "entra") {
    return fail({ code: "AUTH_CONFIG_INVALID", message: `auth mode must be dev or entra, not "${chosen}"` });
  }
  const audience = list(env.TOUCHPOINT_ENTRA_AUDIENCE);
  const allowedTenants = list(env.TOUCHPOINT_ENTRA_TENANTS);
  if (audience.length === 0 || allowedTenants.length === 0) {
    return fail({
      code: "AUTH_CONFIG_INVALID",
      message:
        "entra auth needs TOUCHPOINT_ENTRA_AUDIENCE (App ID URI and/or client id) and TOUCHPOINT_ENTRA_TENANTS",
    });
  }
  return ok({
    mode: "entra",
    audience,
    allowedTenants,
    ...(env.TOUCHPOINT_ENTRA_JWKS_URI ? { jwksUri: env.TOUCHPOINT_ENTRA_JWKS_URI } : {}),
    ...(env.TOUCHPOINT_ENTRA_SCOPE ? { requiredScope: env.TOUCHPOINT_ENTRA_SCOPE } : {}),
    ...(env.TOUCHPOINT_ENTRA_ADMIN_ROLE ? { adminRole: env.TOUCHPOINT_ENTRA_ADMIN_ROLE } : {}),
    ...(env.TOUCHPOINT_ENTRA_MANAGER_ROLE ? { managerRole: env.TOUCHPOINT_ENTRA_MANAGER_ROLE } : {}),
  });
}
