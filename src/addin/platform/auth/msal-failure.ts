import { BrowserAuthErrorCodes, InteractionRequiredAuthErrorCodes } from "@azure/msal-browser";
import type { TokenErrorCode } from "../../ports/token-port";

/** A failed MSAL call as the token ladder sees it: what it means for the user, and whether to go on. */
export interface MsalFailure {
  code: TokenErrorCode;
  /** MSAL's own code (`interaction_required`, `popup_window_error`, …), kept for the message and logs. */
  msalCode: string;
  /** The popup could not show (blocked, no window, no bridge answer): the Office dialog may still. */
  popupUnavailable: boolean;
}

// MSAL 5 messages are links to its error page, so every decision reads `errorCode`, never the text.
const INTERACTION_REQUIRED = new Set<string>(Object.values(InteractionRequiredAuthErrorCodes));
const USER_CANCELLED = new Set<string>([
  BrowserAuthErrorCodes.userCancelled,
  BrowserAuthErrorCodes.interactionInProgressCancelled,
]);
const POPUP_UNAVAILABLE = new Set<string>([
  BrowserAuthErrorCodes.popupWindowError,
  BrowserAuthErrorCodes.emptyWindowError,
  BrowserAuthErrorCodes.blockNestedPopups,
  BrowserAuthErrorCodes.popupRelayUnsupportedFlow,
  // The popup opened but its redirect bridge never answered (wrong redirect URI, COOP on the page).
  BrowserAuthErrorCodes.timedOut,
  BrowserAuthErrorCodes.redirectBridgeEmptyResponse,
]);
// No answer from Entra ID: the sync engine treats ADDIN_AUTH_UNAVAILABLE as "no network" and retries later.
const NO_NETWORK = new Set<string>([
  BrowserAuthErrorCodes.noNetworkConnectivity,
  BrowserAuthErrorCodes.getRequestFailed,
  BrowserAuthErrorCodes.postRequestFailed,
]);

/** MSAL's `errorCode` of a thrown value, or "" for anything that is not an MSAL error. */
export function msalErrorCode(error: unknown): string {
  if (typeof error !== "object" || error === null || !("errorCode" in error)) return "";
  return typeof error.errorCode === "string" ? error.errorCode : "";
}

/** What a failed silent or popup call means, decided by MSAL's error code alone. */
export function classifyMsalFailure(error: unknown): MsalFailure {
  const msalCode = msalErrorCode(error);
  const failure = (code: TokenErrorCode, popupUnavailable = false): MsalFailure => ({
    code,
    msalCode,
    popupUnavailable,
  });
  if (INTERACTION_REQUIRED.has(msalCode) || USER_CANCELLED.has(msalCode))
    return failure("ADDIN_SIGN_IN_REQUIRED");
  if (NO_NETWORK.has(msalCode)) return failure("ADDIN_AUTH_UNAVAILABLE");
  if (POPUP_UNAVAILABLE.has(msalCode)) return failure("ADDIN_AUTH_FAILED", true);
  return failure("ADDIN_AUTH_FAILED");
}

/** A message for logs and the coded failure: MSAL's code first, since its message is only a link. */
export function describeMsalError(error: unknown): string {
  const code = msalErrorCode(error);
  const text = error instanceof Error ? error.message : String(error);
  return code === "" || text.startsWith(`${code}:`) ? text : `${code}: ${text}`;
}
