import type { Message, MessageKey } from "./en-us";
import { resolveLocale, translatorFor, type Locale, type Translator } from "./translator-for";

type Catalogue = Record<MessageKey, Message>;

/** Each catalogue is its own chunk: a user downloads the strings of their language only. */
const catalogues: Record<Locale, () => Promise<Catalogue>> = {
  "en-US": () => import("./en-us").then(({ enUS }) => enUS),
  "ru-RU": () => import("./ru-ru").then(({ ruRU }) => ruRU),
};

/** A translator for Office's display language, once that language's catalogue has loaded. */
export async function loadTranslator(language: string | undefined): Promise<Translator> {
  const locale = resolveLocale(language);
  return translatorFor(locale, await catalogues[locale]());
}
