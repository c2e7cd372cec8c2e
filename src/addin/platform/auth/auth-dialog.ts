import { fail, ok, type Result } from "../../../domain/result";
import type { TokenErrorCode } from "../../ports/token-port";

export type AuthDialogErrorCode = TokenErrorCode;

/** A token the dialog page obtained, with when it stops being valid (epoch ms). */
export interface DialogToken {
  accessToken: string;
  expiresOn: number;
}

/**
 * The Office dialog fallback: opens the auth page in an Office dialog and resolves with the message the
 * page sends back. Implemented over `Office.context.ui.displayDialogAsync` in platform/office.
 */
export interface AuthDialog {
  open(url: string): Promise<Result<string, { code: AuthDialogErrorCode; message: string }>>;
}

/** What the auth page sends to its parent: a token, or why it could not get one. */
export type AuthDialogMessage =
  | { status: "ok"; accessToken: string; expiresOn: number }
  | { status: "error"; code: AuthDialogErrorCode; message: string };

/** Parses the dialog page's message; anything unexpected is a coded failure, never a thrown error. */
export function parseAuthDialogMessage(
  raw: string,
): Result<DialogToken, { code: AuthDialogErrorCode; message: string }> {
  let message: unknown;
  try {
    message = JSON.parse(raw);
  } catch {
    return fail({ code: "ADDIN_AUTH_FAILED", message: "the sign-in dialog sent an unreadable message" });
  }
  const body = message as Partial<AuthDialogMessage> | null;
  if (body?.status === "ok" && typeof body.accessToken === "string" && typeof body.expiresOn === "number") {
    return ok({ accessToken: body.accessToken, expiresOn: body.expiresOn });
  }
  if (body?.status === "error" && typeof body.code === "string") {
    return fail({
      code: body.code,
      message: typeof body.message === "string" ? body.message : "sign-in failed",
    });
  }
  return fail({ code: "ADDIN_AUTH_FAILED", message: "the sign-in dialog sent an unexpected message" });
}
