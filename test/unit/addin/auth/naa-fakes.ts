import {
  BrowserAuthError,
  InteractionRequiredAuthError,
  InteractionRequiredAuthErrorCodes,
  type AccountInfo,
  type AuthenticationResult,
  type Configuration,
} from "@azure/msal-browser";
import { ok } from "../../../../src/domain/result";
import type { AuthDialog } from "../../../../src/addin/platform/auth/auth-dialog";
import { type NaaClient } from "../../../../src/addin/platform/auth/naa-token-provider";

export const config = {
  clientId: "00000000-0000-0000-0000-000000000001",
  apiScope: "api://touchpoint.example.com/00000000-0000-0000-0000-000000000001/Interactions.ReadWrite",
  authority: "https://login.microsoftonline.com/common",
  dialogUrl: "https://touchpoint.example.com/auth-dialog.html",
  redirectUri: "https://touchpoint.example.com/auth-redirect.html",
};

// MSAL 5 messages are links to its error page; the fake throws real MSAL errors, which carry such links.
export const link = (code: string) => `See https://aka.ms/msal.js.errors#${code} for details`;
export const interaction = (code: string = InteractionRequiredAuthErrorCodes.interactionRequired) =>
  new InteractionRequiredAuthError(code, "correlation");
export const browser = (code: string) => new BrowserAuthError(code, "correlation");

/** One answer of the fake: a token, or the error MSAL would throw. */
export type Step = "token" | Error;

export const account: AccountInfo = {
  homeAccountId: "home",
  environment: "login.microsoftonline.com",
  tenantId: "tenant",
  username: "alex.rivera@cronus.example",
  localAccountId: "local",
};

export function tokenResult(accessToken: string): AuthenticationResult {
  return {
    authority: config.authority,
    uniqueId: "local",
    tenantId: "tenant",
    scopes: [config.apiScope],
    account,
    idToken: "",
    idTokenClaims: {},
    accessToken,
    fromCache: false,
    expiresOn: new Date(Date.now() + 3_600_000),
    tokenType: "Bearer",
    correlationId: "correlation",
  };
}

/** MSAL's client as the provider uses it: each rung answers from its own script of steps. */
export function fakeMsal(silent: Step[], popup: Step[] = [], known: AccountInfo[] = []) {
  const calls: Array<{
    kind: string;
    forceRefresh?: boolean | undefined;
    account?: string | undefined;
    loginHint?: string | undefined;
  }> = [];
  const configurations: Configuration[] = [];
  let active: AccountInfo | null = null;
  const answer = (step: Step | undefined, kind: string): AuthenticationResult => {
    if (step === undefined) throw new Error(`the fake has no ${kind} answer left`);
    if (step instanceof Error) throw step;
    return tokenResult(`${kind}-token`);
  };
  const client: NaaClient = {
    getActiveAccount: () => active,
    getAccount: (filter) => known.find((a) => a.username === filter.loginHint) ?? null,
    getAllAccounts: () => (active === null ? known : [active]),
    setActiveAccount: (next) => void (active = next),
    acquireTokenSilent: async (request) => {
      calls.push({ kind: "silent", forceRefresh: request.forceRefresh, account: request.account?.username });
      return answer(silent.shift(), "silent");
    },
    acquireTokenPopup: async (request) => {
      calls.push({ kind: "popup", loginHint: request.loginHint });
      return answer(popup.shift(), "popup");
    },
  };
  return {
    calls,
    configurations,
    createClient: async (configuration: Configuration) => {
      configurations.push(configuration);
      return client;
    },
  };
}

export const dialogAnswering = (message: string): AuthDialog & { opened: string[] } => {
  const opened: string[] = [];
  return { opened, open: async (url) => (opened.push(url), ok(message)) };
};
export const dialogToken = (expiresOn = Date.now() + 3_600_000) =>
  dialogAnswering(JSON.stringify({ status: "ok", accessToken: "dialog-token", expiresOn }));
