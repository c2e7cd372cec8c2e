import type { Translator } from "../i18n/translator-for";

/** What a failure carries that the user may be told: its code, and the store's own words for it. */
export interface TellableFailure {
  code: string;
  /** The store's sentence, used only when this add-in has none for the code (a newer store's code). */
  storeMessage?: string;
}

/** A code as it must never reach the user. */
const CODE_TEXT = /\b(ADDIN|STORE)_[A-Z_]+\b/;

/**
 * A failure as the user reads it: the sentence for its code, in the user's language. A code this add-in
 * does not know yet is said in the store's own words when it gave some, and as an unexpected failure
 * otherwise: the code itself is never the message.
 */
export function failureText(translator: Translator, failure: TellableFailure): string {
  const key = `error.${failure.code}`;
  const told = failure.storeMessage?.trim() ?? "";
  if (failure.code === "ADDIN_HTTP_ERROR" && told !== "" && !CODE_TEXT.test(told)) return told;
  if (translator.has(key)) return translator.t(key);
  return told !== "" && !CODE_TEXT.test(told) ? told : translator.t("error.ADDIN_UNEXPECTED");
}
