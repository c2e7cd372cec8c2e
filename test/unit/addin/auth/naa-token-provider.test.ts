import { InteractionRequiredAuthError, type IPublicClientApplication } from "@azure/msal-browser";
import { fail, ok } from "../../../../src/domain/result";
import type { AuthDialog } from "../../../../src/addin/platform/auth/auth-dialog";
import { createNaaTokenProvider } from "../../../../src/addin/platform/auth/naa-token-provider";

const config = {
  clientId: "00000000-0000-0000-0000-000000000001",
  apiScope: "api://touchpoint.example.com/00000000-0000-0000-0000-000000000001/Interactions.ReadWrite",
  authority: "https://login.microsoftonline.com/common",
  dialogUrl: "https://touchpoint.example.com/auth-dialog.html",
};

type Step = "token" | "interaction" | "cancel" | "popup-blocked";

function fakeMsal(silent: Step[], popup: Step[] = []) {
  const calls: Array<{ kind: string; forceRefresh?: boolean; loginHint?: string }> = [];
  const answer = (step: Step | undefined, kind: string) => {
    if (step === "interaction") throw new InteractionRequiredAuthError("interaction_required");
    if (step === "cancel") throw Object.assign(new Error("user cancelled"), { errorCode: "user_cancelled" });
    if (step === "popup-blocked")
      throw Object.assign(new Error("popup blocked"), { errorCode: "popup_window_error" });
    return { accessToken: `${kind}-token`, account: { homeAccountId: "a" } };
  };
  const pca = {
    getActiveAccount: () => null,
    getAllAccounts: () => [],
    setActiveAccount: () => undefined,
    acquireTokenSilent: async (request: { forceRefresh?: boolean; loginHint?: string }) => {
      calls.push({ kind: "silent", forceRefresh: request.forceRefresh, loginHint: request.loginHint });
      return answer(silent.shift(), "silent");
    },
    acquireTokenPopup: async () => {
      calls.push({ kind: "popup" });
      return answer(popup.shift(), "popup");
    },
  } as unknown as IPublicClientApplication;
  return { calls, createClient: async () => pca };
}

const dialogAnswering = (message: string): AuthDialog & { opened: string[] } => {
  const opened: string[] = [];
  return { opened, open: async (url) => (opened.push(url), ok(message)) };
};

describe("nested app auth token provider", () => {
  test("a silent token needs no interaction and uses the mailbox user as login hint", async () => {
    const msal = fakeMsal(["token"]);
    const tokens = createNaaTokenProvider(config, {
      supportsNestedAppAuth: () => true,
      createClient: msal.createClient,
      loginHint: () => "alex.rivera@cronus.example",
    });
    expect(await tokens.getToken()).toEqual(ok("silent-token"));
    expect(msal.calls).toEqual([
      { kind: "silent", forceRefresh: false, loginHint: "alex.rivera@cronus.example" },
    ]);
  });

  test("after a 401 the caller forces a refresh, which reaches MSAL", async () => {
    const msal = fakeMsal(["token"]);
    const tokens = createNaaTokenProvider(config, {
      supportsNestedAppAuth: () => true,
      createClient: msal.createClient,
    });
    await tokens.getToken({ forceRefresh: true });
    expect(msal.calls[0]?.forceRefresh).toBe(true);
  });

  test("a background call that needs interaction says sign-in required and never opens a popup", async () => {
    const msal = fakeMsal(["interaction"]);
    const tokens = createNaaTokenProvider(config, {
      supportsNestedAppAuth: () => true,
      createClient: msal.createClient,
    });
    expect(await tokens.getToken()).toEqual(
      fail(expect.objectContaining({ code: "ADDIN_SIGN_IN_REQUIRED" })),
    );
    expect(msal.calls.map((call) => call.kind)).toEqual(["silent"]);
  });

  test("an interactive sign-in goes silent → popup", async () => {
    const msal = fakeMsal(["interaction"], ["token"]);
    const tokens = createNaaTokenProvider(config, {
      supportsNestedAppAuth: () => true,
      createClient: msal.createClient,
    });
    expect(await tokens.getToken({ interactive: true })).toEqual(ok("popup-token"));
  });

  test("a user who closes the popup is not sent on to the dialog", async () => {
    const msal = fakeMsal(["interaction"], ["cancel"]);
    const dialog = dialogAnswering("{}");
    const tokens = createNaaTokenProvider(config, {
      supportsNestedAppAuth: () => true,
      createClient: msal.createClient,
      dialog,
    });
    expect(await tokens.getToken({ interactive: true })).toEqual(
      fail(expect.objectContaining({ code: "ADDIN_SIGN_IN_REQUIRED" })),
    );
    expect(dialog.opened).toEqual([]);
  });

  test("a popup that cannot open falls back to the Office dialog, whose token is reused only until it nears expiry", async () => {
    let now = 1_000_000;
    const msal = fakeMsal(["interaction"], ["popup-blocked"]);
    const dialog = dialogAnswering(
      JSON.stringify({ status: "ok", accessToken: "dialog-token", expiresOn: now + 3_600_000 }),
    );
    const tokens = createNaaTokenProvider(config, {
      supportsNestedAppAuth: () => true,
      createClient: msal.createClient,
      dialog,
      now: () => now,
    });
    expect(await tokens.getToken({ interactive: true })).toEqual(ok("dialog-token"));
    expect(dialog.opened).toEqual([config.dialogUrl]);
    expect(await tokens.getToken()).toEqual(ok("dialog-token"));
    now += 3_600_000;
    // Expired: back to MSAL (whose silent answer this fake now gives) instead of a dead token.
    expect(await tokens.getToken()).toEqual(ok("silent-token"));
  });

  test("without NAA support a background call asks for sign-in and an interactive one uses the dialog", async () => {
    const dialog = dialogAnswering(
      JSON.stringify({ status: "ok", accessToken: "dialog-token", expiresOn: Date.now() + 3_600_000 }),
    );
    const createClient = jest.fn();
    const tokens = createNaaTokenProvider(config, {
      supportsNestedAppAuth: () => false,
      dialog,
      createClient,
    });
    expect(await tokens.getToken()).toEqual(
      fail(expect.objectContaining({ code: "ADDIN_SIGN_IN_REQUIRED" })),
    );
    expect(await tokens.getToken({ interactive: true })).toEqual(ok("dialog-token"));
    expect(createClient).not.toHaveBeenCalled();
  });

  test.each([
    ["an unreadable message", "not json", "ADDIN_AUTH_FAILED"],
    [
      "a page error",
      JSON.stringify({ status: "error", code: "ADDIN_AUTH_FAILED", message: "AADSTS50011" }),
      "ADDIN_AUTH_FAILED",
    ],
    ["an unexpected shape", JSON.stringify({ token: "x" }), "ADDIN_AUTH_FAILED"],
  ])("the dialog sending %s is a coded failure", async (_name, message, code) => {
    const tokens = createNaaTokenProvider(config, {
      supportsNestedAppAuth: () => false,
      dialog: dialogAnswering(message),
    });
    expect(await tokens.getToken({ interactive: true })).toEqual(fail(expect.objectContaining({ code })));
  });

  test("a dialog the user closed means sign-in is still required", async () => {
    const dialog: AuthDialog = {
      open: async () => fail({ code: "ADDIN_SIGN_IN_REQUIRED", message: "closed" }),
    };
    const tokens = createNaaTokenProvider(config, { supportsNestedAppAuth: () => false, dialog });
    expect(await tokens.getToken({ interactive: true })).toEqual(
      fail(expect.objectContaining({ code: "ADDIN_SIGN_IN_REQUIRED" })),
    );
  });
});
