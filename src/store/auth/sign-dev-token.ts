import { SignJWT } from "jose";
import { loadDevSigningKey } from "./dev-signing-key";
import type { Role } from "./principal";

/** Issuer and audience of dev tokens: they are never valid anywhere but a dev-mode store. */
export const DEV_TOKEN_ISSUER = "touchpoint-dev";
export const DEV_TOKEN_AUDIENCE = "touchpoint-store";

export interface DevTokenRequest {
  /** The user's email address; it becomes the user id. */
  user: string;
  tenant?: string;
  role?: Role;
  name?: string;
  /** A jose duration ("8h", "30d") or seconds; default 12 hours. */
  expiresIn?: string | number;
}

/** Signs a dev bearer token with the data directory's dev key (created on first use). */
export async function signDevToken(request: DevTokenRequest, dataDir: string): Promise<string> {
  const key = await loadDevSigningKey(dataDir);
  const role = request.role ?? "user";
  const roles = role === "user" ? ["user"] : ["user", role];
  const expiresIn = request.expiresIn ?? "12h";
  return new SignJWT({ tid: request.tenant ?? "dev", roles, name: request.name ?? request.user })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(request.user)
    .setIssuer(DEV_TOKEN_ISSUER)
    .setAudience(DEV_TOKEN_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(typeof expiresIn === "number" ? Math.floor(Date.now() / 1000) + expiresIn : expiresIn)
    .sign(key);
}
