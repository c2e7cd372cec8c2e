import type { Result } from "../../domain/result";

/** `user` changes their own entries; `manager` anyone's; `admin` also reference data, settings, imports. */
export type Role = "user" | "manager" | "admin";

/** Who is calling: every query is scoped by `tenantId`. */
export interface Principal {
  tenantId: string;
  /** Stable user key: Entra `oid`, or the dev user's email. */
  userId: string;
  userName: string;
  email?: string;
  roles: Role[];
}

export type AuthErrorCode = "STORE_UNAUTHENTICATED" | "STORE_TOKEN_EXPIRED" | "STORE_FORBIDDEN";
export interface AuthError {
  code: AuthErrorCode;
  message: string;
}

/** Verifies a bearer token (the whole Authorization header value) and names the caller. */
export interface Authenticator {
  readonly mode: "dev" | "entra";
  authenticate(authorization: string | undefined): Promise<Result<Principal, AuthError>>;
}

export interface DevAuthConfig {
  mode: "dev";
  /** Folder holding the dev signing key (created on first use). */
  dataDir: string;
}

export interface EntraAuthConfig {
  mode: "entra";
  /** Application ID URI and/or client id the tokens must be issued for. */
  audience: string[];
  /** Tenants whose users may call; their `tid` must also be the issuer's tenant. */
  allowedTenants: string[];
  /** JWKS endpoint (default: Microsoft's common keys); tests point it at a local key set. */
  jwksUri?: string;
  requiredScope?: string;
  adminRole?: string;
  /** The app role that makes a manager (default `Manager`). */
  managerRole?: string;
}

export type AuthConfig = DevAuthConfig | EntraAuthConfig;
