import type { AddinErrorCode } from "../../contracts";
import type { Result } from "../../domain/result";

export type TokenErrorCode = Extract<
  AddinErrorCode,
  "ADDIN_SIGN_IN_REQUIRED" | "ADDIN_AUTH_FAILED" | "ADDIN_AUTH_UNAVAILABLE"
>;

/** Gives the bearer token for the store: MSAL in Outlook, the dev token in the harness. */
export interface TokenPort {
  /** A token, silently if at all possible; `forceRefresh` after the store answered 401. */
  getToken(options?: {
    forceRefresh?: boolean;
    interactive?: boolean;
  }): Promise<Result<string, { code: TokenErrorCode; message: string }>>;
}
