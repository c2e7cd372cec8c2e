import { fail, ok, type Result } from "../../domain/result";
import type { MailboxError, MailboxPort } from "../ports/mailbox-port";
import type { UseCaseError } from "./addin-deps";

/**
 * Marks a message being written with our x-touchpoint-id header (the log's id), so its sent copy is keyed
 * by it and is never logged twice. The pane and the ribbon both mark before they log.
 */
export async function markDraft(mailbox: MailboxPort, id: string): Promise<Result<void, UseCaseError>> {
  const marked = await mailbox.setTouchpointId(id);
  return marked.ok ? ok(undefined) : fail(draftMarkFailure(marked.error));
}

/** Why a draft cannot be marked, as the user reads it: this Outlook cannot, or it refused this time. */
export function draftMarkFailure(error: MailboxError): UseCaseError {
  if (error.code === "ADDIN_NO_ITEM") return error;
  const unsupported = error.code === "ADDIN_REQUIREMENT_MISSING" || error.code === "ADDIN_UNSUPPORTED_HOST";
  return {
    code: unsupported ? "ADDIN_DRAFT_MARK_UNSUPPORTED" : "ADDIN_DRAFT_MARK_FAILED",
    message: error.message,
  };
}
