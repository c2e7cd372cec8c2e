import type { Translator } from "../i18n/translator-for";

/** A failure code as words for the notice; unknown codes are shown as such rather than hidden. */
export function reasonOf({ t }: Translator, code: string): string {
  const known = [
    "ADDIN_OFFLINE",
    "ADDIN_TIMEOUT",
    "ADDIN_SIGN_IN_REQUIRED",
    "ADDIN_UNAUTHENTICATED",
    "ADDIN_NO_ITEM",
    "ADDIN_OUTBOX_UNAVAILABLE",
  ] as const;
  const match = known.find((candidate) => candidate === code);
  return match ? t(`error.${match}`) : t("error.generic", { code });
}
