import {
  BrowserAuthError,
  BrowserAuthErrorCodes,
  InteractionRequiredAuthError,
  InteractionRequiredAuthErrorCodes,
  type AuthenticationResult,
  type RedirectRequest,
} from "@azure/msal-browser";
import type { AuthConfig } from "../../../../src/addin/platform/auth/auth-config";
import { runAuthDialogPage, type DialogClient } from "../../../../src/addin/platform/auth/auth-dialog-page";

const config: AuthConfig = {
  clientId: "00000000-0000-0000-0000-000000000001",
  apiScope: "api://touchpoint.example.com/00000000-0000-0000-0000-000000000001/Interactions.ReadWrite",
  authority: "https://login.microsoftonline.com/common",
  dialogUrl: "https://touchpoint.example.com/auth-dialog.html",
  redirectUri: "https://touchpoint.example.com/auth-redirect.html",
};

const signedIn = (expiresOn: Date | null): AuthenticationResult => ({
  authority: config.authority,
  uniqueId: "local",
  tenantId: "tenant",
  scopes: [config.apiScope],
  account: {
    homeAccountId: "home",
    environment: "login.microsoftonline.com",
    tenantId: "tenant",
    username: "alex.rivera@cronus.example",
    localAccountId: "local",
  },
  idToken: "",
  idTokenClaims: {},
  accessToken: "dialog-token",
  fromCache: false,
  expiresOn,
  tokenType: "Bearer",
  correlationId: "correlation",
});

/** The dialog page's MSAL client: `redirect` is what handleRedirectPromise finds (or throws). */
function fakeClient(redirect: AuthenticationResult | null | Error) {
  const redirects: RedirectRequest[] = [];
  const client: DialogClient = {
    initialize: async () => undefined,
    handleRedirectPromise: async () => {
      if (redirect instanceof Error) throw redirect;
      return redirect;
    },
    loginRedirect: async (request) => void redirects.push(request ?? { scopes: [] }),
  };
  return { client, redirects };
}

async function run(redirect: AuthenticationResult | null | Error) {
  const fake = fakeClient(redirect);
  const sent: unknown[] = [];
  const created: AuthConfig[] = [];
  await runAuthDialogPage(
    config,
    (message) => sent.push(JSON.parse(message)),
    (c) => (created.push(c), fake.client),
  );
  return { sent, redirects: fake.redirects, created };
}

test("on its first load the page leaves for Entra ID with the store's scope and sends nothing yet", async () => {
  const { sent, redirects } = await run(null);
  expect(redirects).toEqual([{ scopes: [config.apiScope] }]);
  expect(sent).toEqual([]);
});

test("back from the redirect bridge, the token and its expiry go to the taskpane", async () => {
  const expiresOn = new Date("2030-01-01T10:00:00Z");
  const { sent, redirects } = await run(signedIn(expiresOn));
  expect(sent).toEqual([{ status: "ok", accessToken: "dialog-token", expiresOn: expiresOn.getTime() }]);
  expect(redirects).toEqual([]);
});

test.each([
  [
    "consent still required",
    new InteractionRequiredAuthError(InteractionRequiredAuthErrorCodes.consentRequired, "c", "See link"),
    "ADDIN_SIGN_IN_REQUIRED",
    "consent_required",
  ],
  [
    "an empty bridge answer",
    new BrowserAuthError(BrowserAuthErrorCodes.redirectBridgeEmptyResponse, "c"),
    "ADDIN_AUTH_FAILED",
    "redirect_bridge_empty_response",
  ],
])("%s is sent as a coded failure that names MSAL's code", async (_name, error, code, msalCode) => {
  const { sent } = await run(error);
  expect(sent).toEqual([
    { status: "error", code, message: expect.stringMatching(new RegExp(`^${msalCode}: `)) },
  ]);
});
