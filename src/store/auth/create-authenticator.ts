import type { JWTVerifyGetKey } from "jose";
import { createDevAuthenticator } from "./dev-authenticator";
import { createEntraAuthenticator } from "./entra-authenticator";
import type { AuthConfig, Authenticator } from "./principal";

export interface AuthenticatorOptions {
  /** Entra mode only: verify against these keys instead of fetching the JWKS (tests, air-gapped setups). */
  entraKeySet?: JWTVerifyGetKey;
}

/** The authenticator for the configured mode: dev (local key in the data directory) or Entra ID. */
export async function createAuthenticator(
  config: AuthConfig,
  options: AuthenticatorOptions = {},
): Promise<Authenticator> {
  if (config.mode === "dev") return createDevAuthenticator(config);
  return createEntraAuthenticator(config, options.entraKeySet);
}
