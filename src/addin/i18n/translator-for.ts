import type { Message, MessageKey } from "./en-us";

export type Locale = "en-US" | "ru-RU";
export type MessageParams = Record<string, string | number>;

/** Strings and Intl formatting for one locale; DOM-free, so the ribbon command and on-send use it too. */
export interface Translator {
  locale: Locale;
  t(key: MessageKey, params?: MessageParams): string;
  /** Whether the catalogue has this key (a code from a newer store may have no sentence here yet). */
  has(key: string): key is MessageKey;
  /** A date (and time unless `dateOnly`) in the locale's form. */
  formatDate(value: string | Date, options?: { dateOnly?: boolean }): string;
  formatNumber(value: number): string;
  /** "Anna, John and Lisa" / "Анна, Джон и Лиза". */
  formatList(items: readonly string[]): string;
  formatCurrency(value: number, currency?: string): string;
  /** "2024-03" → "Mar 2024" / "март 2024 г." */
  formatMonth(month: string): string;
}

/** Office's display language (e.g. "ru-RU", "ru", "en-GB") to one of our locales: Russian for ru*, else English. */
export function resolveLocale(displayLanguage: string | undefined): Locale {
  return displayLanguage?.toLowerCase().startsWith("ru") ? "ru-RU" : "en-US";
}

/** A translator over one locale's catalogue. */
export function translatorFor(locale: Locale, catalogue: Record<MessageKey, Message>): Translator {
  const plurals = new Intl.PluralRules(locale);
  const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
  const days = new Intl.DateTimeFormat(locale, { dateStyle: "medium" });
  const months = new Intl.DateTimeFormat(locale, { month: "short", year: "numeric", timeZone: "UTC" });
  const lists = new Intl.ListFormat(locale, { style: "long", type: "conjunction" });

  return {
    locale,
    t(key, params = {}) {
      return interpolate(pick(catalogue[key], params, plurals), params, numbers);
    },
    has(key): key is MessageKey {
      return Object.prototype.hasOwnProperty.call(catalogue, key);
    },
    formatDate(value, options) {
      const date = typeof value === "string" ? new Date(value) : value;
      if (Number.isNaN(date.getTime())) return String(value);
      return (options?.dateOnly ? days : dates).format(date);
    },
    formatNumber: (value) => numbers.format(value),
    formatList: (items) => lists.format(items),
    formatCurrency(value, currency) {
      // Business Central amounts are in local currency (LCY): without a code show a plain two-decimal number.
      if (!currency)
        return new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
          value,
        );
      return new Intl.NumberFormat(locale, { style: "currency", currency }).format(value);
    },
    formatMonth(month) {
      const date = new Date(`${month}-01T00:00:00Z`);
      return Number.isNaN(date.getTime()) ? month : months.format(date);
    },
  };
}

/** The placeholders of a message in every plural form, sorted: the parity test compares them across languages. */
export function placeholdersOf(message: Message): string[] {
  const texts =
    typeof message === "string" ? [message] : Object.values(message).filter((v) => v !== undefined);
  const names = new Set<string>();
  for (const text of texts)
    for (const match of text.matchAll(/\{(\w+)\}/g)) if (match[1]) names.add(match[1]);
  return [...names].sort();
}

function pick(message: Message, params: MessageParams, plurals: Intl.PluralRules): string {
  if (typeof message === "string") return message;
  const count = typeof params.count === "number" ? params.count : Number(params.count ?? 0);
  const form = plurals.select(count) as keyof typeof message;
  return message[form] ?? message.other;
}

function interpolate(text: string, params: MessageParams, numbers: Intl.NumberFormat): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === "number" ? numbers.format(value) : value;
  });
}
