import { AuthError, BrowserAuthErrorCodes, InteractionRequiredAuthErrorCodes } from "@azure/msal-browser";
import { fail, ok } from "../../../../src/domain/result";
import type { AuthDialog } from "../../../../src/addin/platform/auth/auth-dialog";
import { createNaaTokenProvider } from "../../../../src/addin/platform/auth/naa-token-provider";
import {
  config,
  link,
  interaction,
  browser,
  account,
  fakeMsal,
  dialogAnswering,
  dialogToken,
} from "./naa-fakes";

describe("nested app auth token provider: the silent rung", () => {
  test("a silent token needs no interaction; the mailbox user picks the account among those MSAL knows", async () => {
    const maria = { ...account, homeAccountId: "maria", username: "maria.ivanova@cronus.example" };
    const msal = fakeMsal(["token"], [], [maria, account]);
    const tokens = createNaaTokenProvider(config, {
      supportsNestedAppAuth: () => true,
      createClient: msal.createClient,
      loginHint: () => "alex.rivera@cronus.example",
    });
    expect(await tokens.getToken()).toEqual(ok("silent-token"));
    expect(msal.calls).toEqual([
      { kind: "silent", forceRefresh: false, account: "alex.rivera@cronus.example" },
    ]);
  });

  test("with no account known yet, the silent call names none and lets the host choose", async () => {
    const msal = fakeMsal(["token"]);
    const tokens = createNaaTokenProvider(config, {
      supportsNestedAppAuth: () => true,
      createClient: msal.createClient,
      loginHint: () => "alex.rivera@cronus.example",
    });
    expect(await tokens.getToken()).toEqual(ok("silent-token"));
    expect(msal.calls).toEqual([{ kind: "silent", forceRefresh: false, account: undefined }]);
  });

  test("MSAL is created once, with tokens in memory and the redirect bridge as its redirect URI", async () => {
    const msal = fakeMsal(["token", "token"]);
    const tokens = createNaaTokenProvider(config, {
      supportsNestedAppAuth: () => true,
      createClient: msal.createClient,
    });
    await tokens.getToken();
    await tokens.getToken();
    expect(msal.configurations).toEqual([
      {
        auth: {
          clientId: config.clientId,
          authority: config.authority,
          redirectUri: "https://touchpoint.example.com/auth-redirect.html",
        },
        cache: { cacheLocation: "memoryStorage" },
      },
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

  test.each(Object.values(InteractionRequiredAuthErrorCodes))(
    "a background call answered %s says sign-in required and never opens a popup",
    async (code) => {
      const msal = fakeMsal([interaction(code)]);
      const tokens = createNaaTokenProvider(config, {
        supportsNestedAppAuth: () => true,
        createClient: msal.createClient,
      });
      expect(await tokens.getToken()).toEqual(
        fail({ code: "ADDIN_SIGN_IN_REQUIRED", message: `${code}: ${link(code)}` }),
      );
      expect(msal.calls.map((call) => call.kind)).toEqual(["silent"]);
    },
  );

  test.each([
    BrowserAuthErrorCodes.noNetworkConnectivity,
    BrowserAuthErrorCodes.getRequestFailed,
    BrowserAuthErrorCodes.postRequestFailed,
  ])("no answer from Entra ID (%s) is 'unavailable', which the drain retries later", async (code) => {
    const msal = fakeMsal([browser(code)]);
    const tokens = createNaaTokenProvider(config, {
      supportsNestedAppAuth: () => true,
      createClient: msal.createClient,
    });
    expect(await tokens.getToken()).toEqual(
      fail(expect.objectContaining({ code: "ADDIN_AUTH_UNAVAILABLE" })),
    );
  });

  test("the decision reads errorCode, not the message: a message naming interaction_required changes nothing", async () => {
    const misleading = new AuthError("server_unavailable", "correlation", "interaction_required");
    const linked = new AuthError(InteractionRequiredAuthErrorCodes.loginRequired, "correlation");
    const msal = fakeMsal([misleading, linked]);
    const tokens = createNaaTokenProvider(config, {
      supportsNestedAppAuth: () => true,
      createClient: msal.createClient,
    });
    expect(await tokens.getToken()).toEqual(fail(expect.objectContaining({ code: "ADDIN_AUTH_FAILED" })));
    expect(await tokens.getToken()).toEqual(
      fail(expect.objectContaining({ code: "ADDIN_SIGN_IN_REQUIRED" })),
    );
  });
});

describe("nested app auth token provider: the popup rung", () => {
  test("an interactive sign-in goes silent → popup, and the popup's account becomes the active one", async () => {
    const msal = fakeMsal([interaction(), "token"], ["token"]);
    const tokens = createNaaTokenProvider(config, {
      supportsNestedAppAuth: () => true,
      createClient: msal.createClient,
      loginHint: () => "alex.rivera@cronus.example",
    });
    expect(await tokens.getToken({ interactive: true })).toEqual(ok("popup-token"));
    expect(await tokens.getToken()).toEqual(ok("silent-token"));
    expect(msal.calls.map((call) => call.kind)).toEqual(["silent", "popup", "silent"]);
    expect(msal.calls[1]?.loginHint).toBe("alex.rivera@cronus.example");
  });

  test.each([BrowserAuthErrorCodes.userCancelled, BrowserAuthErrorCodes.interactionInProgressCancelled])(
    "a user who closes the popup (%s) is not sent on to the dialog",
    async (code) => {
      const msal = fakeMsal([interaction()], [browser(code)]);
      const dialog = dialogToken();
      const tokens = createNaaTokenProvider(config, {
        supportsNestedAppAuth: () => true,
        createClient: msal.createClient,
        dialog,
      });
      expect(await tokens.getToken({ interactive: true })).toEqual(
        fail(expect.objectContaining({ code: "ADDIN_SIGN_IN_REQUIRED" })),
      );
      expect(dialog.opened).toEqual([]);
    },
  );

  test("a popup that fails for another reason is a failure of its own, not a dialog", async () => {
    const msal = fakeMsal([interaction()], [browser(BrowserAuthErrorCodes.interactionInProgress)]);
    const dialog = dialogToken();
    const tokens = createNaaTokenProvider(config, {
      supportsNestedAppAuth: () => true,
      createClient: msal.createClient,
      dialog,
    });
    expect(await tokens.getToken({ interactive: true })).toEqual(
      fail({
        code: "ADDIN_AUTH_FAILED",
        message: expect.stringMatching(/^interaction_in_progress: /),
      }),
    );
    expect(dialog.opened).toEqual([]);
  });
});

describe("nested app auth token provider: the Office dialog rung", () => {
  test.each([
    BrowserAuthErrorCodes.popupWindowError,
    BrowserAuthErrorCodes.emptyWindowError,
    BrowserAuthErrorCodes.blockNestedPopups,
    BrowserAuthErrorCodes.timedOut,
    BrowserAuthErrorCodes.redirectBridgeEmptyResponse,
  ])("a popup that cannot show (%s) falls back to the Office dialog", async (code) => {
    const msal = fakeMsal([interaction()], [browser(code)]);
    const dialog = dialogToken();
    const tokens = createNaaTokenProvider(config, {
      supportsNestedAppAuth: () => true,
      createClient: msal.createClient,
      dialog,
    });
    expect(await tokens.getToken({ interactive: true })).toEqual(ok("dialog-token"));
    expect(dialog.opened).toEqual([config.dialogUrl]);
  });

  test("the dialog's token is reused only until it nears expiry", async () => {
    let now = 1_000_000;
    const msal = fakeMsal([interaction(), "token"], [browser(BrowserAuthErrorCodes.popupWindowError)]);
    const tokens = createNaaTokenProvider(config, {
      supportsNestedAppAuth: () => true,
      createClient: msal.createClient,
      dialog: dialogToken(now + 3_600_000),
      now: () => now,
    });
    expect(await tokens.getToken({ interactive: true })).toEqual(ok("dialog-token"));
    expect(await tokens.getToken()).toEqual(ok("dialog-token"));
    now += 3_600_000;
    // Expired: back to MSAL (whose silent answer this fake now gives) instead of a dead token.
    expect(await tokens.getToken()).toEqual(ok("silent-token"));
  });

  test("a popup that cannot show, with no dialog configured, reports the popup's failure", async () => {
    const msal = fakeMsal([interaction()], [browser(BrowserAuthErrorCodes.popupWindowError)]);
    const { dialogUrl: _none, ...withoutDialog } = config;
    const tokens = createNaaTokenProvider(withoutDialog, {
      supportsNestedAppAuth: () => true,
      createClient: msal.createClient,
    });
    expect(await tokens.getToken({ interactive: true })).toEqual(
      fail({ code: "ADDIN_AUTH_FAILED", message: expect.stringMatching(/^popup_window_error: /) }),
    );
  });

  test("without NAA support a background call asks for sign-in and an interactive one uses the dialog", async () => {
    const dialog = dialogToken();
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
