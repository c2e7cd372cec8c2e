import { PublicClientApplication, type IPublicClientApplication } from "@azure/msal-browser";
import type { AuthConfig } from "./auth-config";
import type { AuthDialogMessage } from "./auth-dialog";
import { classifyMsalFailure, describeMsalError } from "./msal-failure";

/** The part of MSAL's client the dialog page uses; tests hand in a fake of exactly this. */
export type DialogClient = Pick<
  IPublicClientApplication,
  "initialize" | "handleRedirectPromise" | "loginRedirect"
>;

/**
 * The small page the Office dialog fallback opens (same origin as the taskpane, e.g. /auth-dialog.html):
 * a redirect sign-in with a standard MSAL client, then the token goes to the taskpane through
 * `messageParent`. Entra ID redirects to the bridge page (`redirectUri`), which keeps the answer in
 * sessionStorage and comes back here, where `handleRedirectPromise` picks it up. Its MSAL cache is
 * sessionStorage of the dialog window only, gone when it closes.
 */
export async function runAuthDialogPage(
  config: AuthConfig,
  messageParent: (message: string) => void,
  createClient: (config: AuthConfig) => DialogClient = (c) =>
    new PublicClientApplication({
      auth: {
        clientId: c.clientId,
        authority: c.authority,
        ...((c.redirectUri ?? c.dialogUrl) ? { redirectUri: c.redirectUri ?? c.dialogUrl } : {}),
      },
      cache: { cacheLocation: "sessionStorage" },
    }),
): Promise<void> {
  const send = (message: AuthDialogMessage): void => messageParent(JSON.stringify(message));
  try {
    const pca = createClient(config);
    await pca.initialize();
    const result = await pca.handleRedirectPromise();
    if (result === null) {
      // First load: leave for the Microsoft sign-in page; it redirects back here with the answer.
      await pca.loginRedirect({ scopes: [config.apiScope] });
      return;
    }
    send({
      status: "ok",
      accessToken: result.accessToken,
      expiresOn: result.expiresOn?.getTime() ?? Date.now() + 3_600_000,
    });
  } catch (error) {
    send({ status: "error", code: classifyMsalFailure(error).code, message: describeMsalError(error) });
  }
}
