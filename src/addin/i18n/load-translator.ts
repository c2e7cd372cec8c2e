import { enUS } from "./en-us";
import { resolveLocale, translatorFor, type Translator } from "./translator-for";

/** A translator whose non-English catalogue loads on demand, so the pane's first bundle carries English only. */
export async function loadTranslator(language: string | undefined): Promise<Translator> {
  const locale = resolveLocale(language);
  if (locale === "en-US") return translatorFor(locale, enUS);
  const { ruRU } = await import("./ru-ru");
  return translatorFor(locale, ruRU);
}
