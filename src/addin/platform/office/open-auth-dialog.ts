import { fail, ok } from "../../../domain/result";
import type { AuthDialog } from "../auth/auth-dialog";

/** Office's "dialog closed by the user" event code. */
const DIALOG_CLOSED = 12006;

/**
 * The sign-in dialog over `Office.context.ui.displayDialogAsync`: resolves with the first message the
 * page sends, or a coded failure when the dialog cannot open or the user closes it.
 */
export function createOfficeAuthDialog(
  office: typeof Office | undefined = (globalThis as { Office?: typeof Office }).Office,
): AuthDialog {
  return {
    open(url) {
      const ui = office?.context?.ui;
      if (office === undefined || ui?.displayDialogAsync === undefined) {
        return Promise.resolve(
          fail({ code: "ADDIN_AUTH_UNAVAILABLE", message: "this host has no Office dialog API" }),
        );
      }
      return new Promise((resolve) => {
        ui.displayDialogAsync(url, { height: 60, width: 30, promptBeforeOpen: false }, (result) => {
          if (result.status === office.AsyncResultStatus.Failed) {
            resolve(
              fail({
                code: "ADDIN_AUTH_UNAVAILABLE",
                message: `sign-in dialog did not open: ${result.error.message}`,
              }),
            );
            return;
          }
          const dialog = result.value;
          dialog.addEventHandler(office.EventType.DialogMessageReceived, (arg) => {
            dialog.close();
            resolve(
              "message" in arg
                ? ok(arg.message)
                : fail({ code: "ADDIN_AUTH_FAILED", message: "empty dialog message" }),
            );
          });
          dialog.addEventHandler(office.EventType.DialogEventReceived, (arg) => {
            const code = "error" in arg ? arg.error : 0;
            resolve(
              fail(
                code === DIALOG_CLOSED
                  ? { code: "ADDIN_SIGN_IN_REQUIRED", message: "the sign-in dialog was closed" }
                  : { code: "ADDIN_AUTH_FAILED", message: `sign-in dialog failed (${code})` },
              ),
            );
          });
        });
      });
    },
  };
}
