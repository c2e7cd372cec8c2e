import {
  BrowserAuthErrorCodes,
  createNestablePublicClientApplication,
  InteractionRequiredAuthError,
  type AuthenticationResult,
  type Configuration,
  type IPublicClientApplication,
} from "@azure/msal-browser";
import { fail, ok, type Result } from "../../../domain/result";
import type { TokenErrorCode, TokenPort } from "../../ports/token-port";
import type { AuthConfig } from "./auth-config";
import { parseAuthDialogMessage, type AuthDialog, type DialogToken } from "./auth-dialog";

type TokenFailure = { code: TokenErrorCode; message: string };

export interface NaaTokenProviderDeps {
  /** `Office.context.requirements.isSetSupported("NestedAppAuth", "1.1")`, asked through platform/office. */
  supportsNestedAppAuth: () => boolean;
  /** The Office dialog fallback for hosts without NAA or when the popup cannot open. */
  dialog?: AuthDialog;
  /** The signed-in mailbox address: MSAL's login hint, so the right account is picked silently. */
  loginHint?: () => string | undefined;
  now?: () => number;
  /** Tests hand in a fake; production creates MSAL's nestable client. */
  createClient?: (configuration: Configuration) => Promise<IPublicClientApplication>;
}

/** Tokens expiring within this margin are renewed first, so a request never leaves with a dying token. */
const EXPIRY_MARGIN_MS = 5 * 60 * 1000;

/**
 * Signs in with MSAL nested app authentication: silent first (Outlook's own session), then a popup when
 * the user asked to sign in, then the Office dialog fallback. Tokens live in MSAL's in-memory cache and,
 * for the dialog path, in this closure; never in localStorage. Background calls (the drain) are never
 * interactive: they get ADDIN_SIGN_IN_REQUIRED and the pane offers a sign-in button.
 */
export function createNaaTokenProvider(config: AuthConfig, deps: NaaTokenProviderDeps): TokenPort {
  const now = deps.now ?? Date.now;
  const scopes = [config.apiScope];
  let client: Promise<IPublicClientApplication> | undefined;
  let dialogToken: DialogToken | undefined;

  function msal(): Promise<IPublicClientApplication> {
    client ??= (deps.createClient ?? createNestablePublicClientApplication)({
      auth: { clientId: config.clientId, authority: config.authority },
      cache: { cacheLocation: "memoryStorage" },
    });
    return client;
  }

  function request() {
    const loginHint = deps.loginHint?.();
    return loginHint === undefined ? { scopes } : { scopes, loginHint };
  }

  async function silent(forceRefresh: boolean): Promise<Result<string, TokenFailure>> {
    try {
      const pca = await msal();
      const account = pca.getActiveAccount() ?? pca.getAllAccounts()[0];
      const result = await pca.acquireTokenSilent({
        ...request(),
        forceRefresh,
        ...(account ? { account } : {}),
      });
      return accepted(pca, result);
    } catch (error) {
      const interaction = error instanceof InteractionRequiredAuthError;
      return fail({
        code: interaction ? "ADDIN_SIGN_IN_REQUIRED" : "ADDIN_AUTH_FAILED",
        message: describe(error),
      });
    }
  }

  async function popup(): Promise<Result<string, TokenFailure>> {
    try {
      const pca = await msal();
      return accepted(pca, await pca.acquireTokenPopup(request()));
    } catch (error) {
      const code = (error as { errorCode?: string }).errorCode;
      if (code === BrowserAuthErrorCodes.userCancelled)
        return fail({ code: "ADDIN_SIGN_IN_REQUIRED", message: describe(error) });
      return fail({ code: "ADDIN_AUTH_FAILED", message: describe(error) });
    }
  }

  async function viaDialog(): Promise<Result<string, TokenFailure>> {
    if (deps.dialog === undefined || config.dialogUrl === undefined) {
      return fail({
        code: "ADDIN_AUTH_UNAVAILABLE",
        message: "no sign-in dialog is configured for this host",
      });
    }
    const message = await deps.dialog.open(config.dialogUrl);
    if (!message.ok) return message;
    const token = parseAuthDialogMessage(message.value);
    if (!token.ok) return token;
    dialogToken = token.value;
    return ok(token.value.accessToken);
  }

  return {
    async getToken(options = {}) {
      const forceRefresh = options.forceRefresh === true;
      if (!forceRefresh && dialogToken !== undefined && dialogToken.expiresOn - EXPIRY_MARGIN_MS > now()) {
        return ok(dialogToken.accessToken);
      }
      if (forceRefresh) dialogToken = undefined;
      if (!deps.supportsNestedAppAuth()) {
        return options.interactive === true
          ? viaDialog()
          : fail({
              code: "ADDIN_SIGN_IN_REQUIRED",
              message: "this Outlook has no nested app authentication: sign in",
            });
      }
      const quiet = await silent(forceRefresh);
      if (quiet.ok || options.interactive !== true) return quiet;
      const shown = await popup();
      if (shown.ok || shown.error.code === "ADDIN_SIGN_IN_REQUIRED") return shown;
      // The popup could not open (blocked, or this host's NAA bridge refuses it): the Office dialog can.
      const fallback = await viaDialog();
      return fallback.ok || fallback.error.code !== "ADDIN_AUTH_UNAVAILABLE" ? fallback : shown;
    },
  };
}

function accepted(pca: IPublicClientApplication, result: AuthenticationResult): Result<string, TokenFailure> {
  if (result.account) pca.setActiveAccount(result.account);
  return result.accessToken === ""
    ? fail({ code: "ADDIN_AUTH_FAILED", message: "sign-in gave no access token" })
    : ok(result.accessToken);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
