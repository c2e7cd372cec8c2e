import { fail, ok, type Result } from "../../../domain/result";
import type { TokenErrorCode } from "../../ports/token-port";

/** The Entra ID app registration the add-in signs in with; set at build time, never in code. */
export interface AuthConfig {
  clientId: string;
  /** The store's delegated scope, e.g. `api://touchpoint.example.com/<client id>/Interactions.ReadWrite`. */
  apiScope: string;
  /** `https://login.microsoftonline.com/common` (multi-tenant) or `…/<tenant id>`. */
  authority: string;
  /** Where the Office dialog fallback page lives (same origin as the taskpane). */
  dialogUrl?: string;
  /**
   * The redirect bridge page (auth-redirect.html): MSAL's popup and silent iframe, and the dialog's
   * redirect, land there and hand the answer back. It is a redirect URI of the app registration.
   */
  redirectUri?: string;
}

/** The bridge page's file name, beside taskpane.html in the build. */
export const REDIRECT_BRIDGE_PAGE = "auth-redirect.html";

const DEFAULT_AUTHORITY = "https://login.microsoftonline.com/common";

/**
 * Reads the build-time configuration. webpack's DefinePlugin replaces these exact `process.env.…`
 * expressions with literals, so they must stay spelled out (no destructuring, no dynamic keys).
 * `pageUrl` (the running page) places the redirect bridge beside it when the build names none.
 */
export function readAuthConfig(
  pageUrl?: string,
): Result<AuthConfig, { code: TokenErrorCode; message: string }> {
  const clientId = process.env.TOUCHPOINT_CLIENT_ID ?? "";
  const apiScope = process.env.TOUCHPOINT_API_SCOPE ?? "";
  const authority = process.env.TOUCHPOINT_AUTHORITY || DEFAULT_AUTHORITY;
  const dialogUrl = process.env.TOUCHPOINT_AUTH_DIALOG_URL ?? "";
  const namedRedirect = process.env.TOUCHPOINT_AUTH_REDIRECT_URL ?? "";
  if (clientId === "" || apiScope === "") {
    return fail({
      code: "ADDIN_AUTH_UNAVAILABLE",
      message: "this build has no Entra ID app registration (TOUCHPOINT_CLIENT_ID, TOUCHPOINT_API_SCOPE)",
    });
  }
  const redirectUri = namedRedirect || besidePage(pageUrl);
  return ok({
    clientId,
    apiScope,
    authority,
    ...(dialogUrl === "" ? {} : { dialogUrl }),
    ...(redirectUri === "" ? {} : { redirectUri }),
  });
}

/** The bridge page's address beside `pageUrl`; "" when the page has no address to resolve against. */
function besidePage(pageUrl: string | undefined): string {
  if (pageUrl === undefined) return "";
  let url: URL;
  try {
    url = new URL(REDIRECT_BRIDGE_PAGE, pageUrl);
  } catch {
    // URL.canParse would say this without throwing, but older Safari (Outlook on Mac) lacks it.
    return "";
  }
  return url.protocol === "https:" || url.protocol === "http:" ? url.href : "";
}
