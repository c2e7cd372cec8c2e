// Entry of the sign-in dialog page (auth-dialog.html), opened by the Office dialog fallback of
// createNaaTokenProvider: sign in with a redirect, then hand the token to the taskpane.
import { messageParent } from "../office/message-parent";
import { whenOfficeReady } from "../office/when-office-ready";
import { readAuthConfig } from "./auth-config";
import { runAuthDialogPage } from "./auth-dialog-page";

async function main(): Promise<void> {
  await whenOfficeReady();
  const config = readAuthConfig(document.baseURI);
  if (!config.ok) {
    messageParent(
      JSON.stringify({ status: "error", code: config.error.code, message: config.error.message }),
    );
    return;
  }
  await runAuthDialogPage(config.value, (message) => {
    if (!messageParent(message))
      document.body.textContent = "Touchpoint sign-in: open this page from Outlook.";
  });
}

void main();
