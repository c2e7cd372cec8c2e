import {
  createNestablePublicClientApplication,
  type AccountInfo,
  type AuthenticationResult,
  type Configuration,
  type IPublicClientApplication,
} from "@azure/msal-browser";
import { fail, ok, type Result } from "../../../domain/result";
import type { TokenErrorCode, TokenPort } from "../../ports/token-port";
import type { AuthConfig } from "./auth-config";
import { parseAuthDialogMessage, type AuthDialog, type DialogToken } from "./auth-dialog";
import { classifyMsalFailure, describeMsalError } from "./msal-failure";

type TokenFailure = { code: TokenErrorCode; message: string; popupUnavailable?: boolean };

/** The part of MSAL's client the ladder uses; tests hand in a fake of exactly this. */
export type NaaClient = Pick<
  IPublicClientApplication,
  | "getActiveAccount"
  | "getAccount"
  | "getAllAccounts"
  | "setActiveAccount"
  | "acquireTokenSilent"
  | "acquireTokenPopup"
>;

export interface NaaTokenProviderDeps {
  /** `Office.context.requirements.isSetSupported("NestedAppAuth", "1.1")`, asked through platform/office. */
  supportsNestedAppAuth: () => boolean;
  /** The Office dialog fallback for hosts without NAA or when the popup cannot open. */
  dialog?: AuthDialog;
  /** The signed-in mailbox address: MSAL's login hint, so the right account is picked silently. */
  loginHint?: () => string | undefined;
  now?: () => number;
  /** Tests hand in a fake; production creates MSAL's nestable client. */
  createClient?: (configuration: Configuration) => Promise<NaaClient>;
}

/** Tokens expiring within this margin are renewed first, so a request never leaves with a dying token. */
const EXPIRY_MARGIN_MS = 5 * 60 * 1000;

/**
 * Signs in with MSAL nested app authentication: silent first (Outlook's own session), then a popup when
 * the user asked to sign in, then the Office dialog fallback. Tokens live in MSAL's in-memory cache and,
 * for the dialog path, in this closure; never in localStorage. Background calls (the drain) are never
 * interactive: they get ADDIN_SIGN_IN_REQUIRED and the pane offers a sign-in button. Each rung decides
 * from MSAL's `errorCode` (see msal-failure.ts). Where Outlook brokers no token, MSAL falls back to its own
 * popup and hidden iframe, whose answers come back through the redirect bridge page (`redirectUri`).
 */
export function createNaaTokenProvider(config: AuthConfig, deps: NaaTokenProviderDeps): TokenPort {
  const now = deps.now ?? Date.now;
  const scopes = [config.apiScope];
  let client: Promise<NaaClient> | undefined;
  let dialogToken: DialogToken | undefined;

  function msal(): Promise<NaaClient> {
    client ??= (deps.createClient ?? createNestablePublicClientApplication)({
      auth: {
        clientId: config.clientId,
        authority: config.authority,
        ...(config.redirectUri === undefined ? {} : { redirectUri: config.redirectUri }),
      },
      cache: { cacheLocation: "memoryStorage" },
    });
    return client;
  }

  // A silent request names an account, never a hint (MSAL's SilentRequest has no loginHint): the mailbox
  // address picks it among those MSAL knows; the popup takes the address as its hint.
  function silentAccount(pca: NaaClient): AccountInfo | undefined {
    const loginHint = deps.loginHint?.();
    const hinted = loginHint === undefined ? null : pca.getAccount({ loginHint });
    return pca.getActiveAccount() ?? hinted ?? pca.getAllAccounts()[0];
  }

  async function silent(forceRefresh: boolean): Promise<Result<string, TokenFailure>> {
    try {
      const pca = await msal();
      const account = silentAccount(pca);
      const result = await pca.acquireTokenSilent({ scopes, forceRefresh, ...(account ? { account } : {}) });
      return accepted(pca, result);
    } catch (error) {
      return failed(error);
    }
  }

  async function popup(): Promise<Result<string, TokenFailure>> {
    try {
      const pca = await msal();
      const loginHint = deps.loginHint?.();
      return accepted(
        pca,
        await pca.acquireTokenPopup(loginHint === undefined ? { scopes } : { scopes, loginHint }),
      );
    } catch (error) {
      return failed(error);
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
      if (quiet.ok || options.interactive !== true) return withoutRung(quiet);
      const shown = await popup();
      if (shown.ok || shown.error.popupUnavailable !== true) return withoutRung(shown);
      // The popup could not show (blocked, or this host refuses it): the Office dialog can.
      const fallback = await viaDialog();
      return fallback.ok || fallback.error.code !== "ADDIN_AUTH_UNAVAILABLE" ? fallback : withoutRung(shown);
    },
  };
}

function accepted(pca: NaaClient, result: AuthenticationResult): Result<string, TokenFailure> {
  if (result.account) pca.setActiveAccount(result.account);
  return result.accessToken === ""
    ? fail({ code: "ADDIN_AUTH_FAILED", message: "sign-in gave no access token" })
    : ok(result.accessToken);
}

function failed(error: unknown): Result<string, TokenFailure> {
  const failure = classifyMsalFailure(error);
  return fail({
    code: failure.code,
    message: describeMsalError(error),
    ...(failure.popupUnavailable ? { popupUnavailable: true } : {}),
  });
}

/** The port's failure shape: the ladder's own hint stays inside this file. */
function withoutRung(
  result: Result<string, TokenFailure>,
): Result<string, { code: TokenErrorCode; message: string }> {
  return result.ok ? result : fail({ code: result.error.code, message: result.error.message });
}
