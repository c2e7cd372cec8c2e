import type { JWTVerifyGetKey } from "jose";
import { createDevAuthenticator } from "./dev-authenticator";
import { createEntraAuthenticator } from "./entra-authenticator";
import type { AuthConfig, Authenticator } from "./principal";
import { withVerifiedTokenCache } from "./verified-token-cache";

export interface AuthenticatorOptions {
  /** Entra mode only: verify against these keys instead of fetching the JWKS (tests, air-gapped setups). */
  entraKeySet?: JWTVerifyGetKey;
}

/** The authenticator for the configured mode: dev (local key in the data directory) or Entra ID. */
export async function createAuthenticator(
  config: AuthConfig,
  options: AuthenticatorOptions = {},
): Promise<Authenticator> {
  const inner =
    config.mode === "dev"
      ? await createDevAuthenticator(config)
      : await createEntraAuthenticator(config, options.entraKeySet);
  return withVerifiedTokenCache(inner);
}
