import { enUS, type Message, type MessageKey } from "./en-us";
import { ruRU } from "./ru-ru";
import { translatorFor, resolveLocale, type Locale, type Translator } from "./translator-for";

export { resolveLocale, placeholdersOf, type Translator } from "./translator-for";

const CATALOGUES: Record<Locale, Record<MessageKey, Message>> = { "en-US": enUS, "ru-RU": ruRU };

/** A translator for a locale or an Office display language, with every catalogue at hand (ribbon, tests). */
export function createTranslator(language: string | undefined): Translator {
  const locale = resolveLocale(language);
  return translatorFor(locale, CATALOGUES[locale]);
}
