import {
  AuthError,
  BrowserAuthError,
  BrowserAuthErrorCodes,
  InteractionRequiredAuthErrorCodes,
} from "@azure/msal-browser";
import { classifyMsalFailure, describeMsalError } from "../../../../src/addin/platform/auth/msal-failure";
import type { TokenErrorCode } from "../../../../src/addin/ports/token-port";

const error = (code: string) => new BrowserAuthError(code, "correlation");

const cases: Array<[string, TokenErrorCode, boolean]> = [
  ...Object.values(InteractionRequiredAuthErrorCodes).map((code): [string, TokenErrorCode, boolean] => [
    code,
    "ADDIN_SIGN_IN_REQUIRED",
    false,
  ]),
  [BrowserAuthErrorCodes.userCancelled, "ADDIN_SIGN_IN_REQUIRED", false],
  [BrowserAuthErrorCodes.noNetworkConnectivity, "ADDIN_AUTH_UNAVAILABLE", false],
  [BrowserAuthErrorCodes.popupWindowError, "ADDIN_AUTH_FAILED", true],
  [BrowserAuthErrorCodes.timedOut, "ADDIN_AUTH_FAILED", true],
  [BrowserAuthErrorCodes.interactionInProgress, "ADDIN_AUTH_FAILED", false],
  ["invalid_grant", "ADDIN_AUTH_FAILED", false],
];

test.each(cases)("%s is %s (popup unavailable: %s)", (code, expected, popupUnavailable) => {
  expect(classifyMsalFailure(error(code))).toEqual({ code: expected, msalCode: code, popupUnavailable });
});

test("anything that is not an MSAL error is a plain failure", () => {
  expect(classifyMsalFailure(new TypeError("boom"))).toEqual({
    code: "ADDIN_AUTH_FAILED",
    msalCode: "",
    popupUnavailable: false,
  });
  expect(classifyMsalFailure({ errorCode: 42 }).msalCode).toBe("");
  expect(classifyMsalFailure(undefined).code).toBe("ADDIN_AUTH_FAILED");
});

test("the description leads with MSAL's code, since MSAL 5's message is only a link", () => {
  const linked = new AuthError("login_required", "c");
  expect(describeMsalError(linked)).toBe(
    "login_required: See https://aka.ms/msal.js.errors#login_required for details",
  );
  const bare = Object.assign(new Error("See https://aka.ms/msal.js.errors#x"), { errorCode: "x" });
  expect(describeMsalError(bare)).toBe("x: See https://aka.ms/msal.js.errors#x");
  expect(describeMsalError(new Error("plain"))).toBe("plain");
});
