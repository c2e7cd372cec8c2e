import {
  createTranslator,
  placeholdersOf,
  resolveLocale,
} from "../../../../src/addin/i18n/create-translator";
import { enUS, type MessageKey } from "../../../../src/addin/i18n/en-us";
import { ruRU } from "../../../../src/addin/i18n/ru-ru";

const keys = Object.keys(enUS) as MessageKey[];

describe("catalogue parity", () => {
  it("Russian has exactly the English keys", () => {
    expect(Object.keys(ruRU).sort()).toEqual([...keys].sort());
  });

  it.each(keys)("%s has the same placeholders in both languages", (key) => {
    expect(placeholdersOf(ruRU[key])).toEqual(placeholdersOf(enUS[key]));
  });

  it.each(keys)("%s has Russian one/few/many forms when English is plural", (key) => {
    const en = enUS[key];
    const ru = ruRU[key];
    if (typeof en === "string") expect(typeof ru).toBe("string");
    else
      expect(ru).toEqual(
        expect.objectContaining({
          one: expect.any(String),
          few: expect.any(String),
          many: expect.any(String),
        }),
      );
  });
});

describe("translator", () => {
  it.each([
    ["ru-RU", "ru-RU"],
    ["ru", "ru-RU"],
    ["RU-ru", "ru-RU"],
    ["en-GB", "en-US"],
    ["de-DE", "en-US"],
    [undefined, "en-US"],
  ])("display language %s → %s", (language, locale) => {
    expect(resolveLocale(language)).toBe(locale);
  });

  it("fills placeholders and chooses the English plural", () => {
    const t = createTranslator("en-US").t;
    expect(t("logged.toCount", { count: 3, template: "Emails" })).toBe("Logged to 3 contacts as Emails");
    expect(t("logged.toCount", { count: 1, template: "Emails" })).toBe("Logged to 1 contact as Emails");
    expect(t("logged.to", { names: "Lisa Chen", template: "Emails" })).toBe("Logged to Lisa Chen as Emails");
  });

  it.each([
    [1, "Записано для 1 контакта как «Emails»"],
    [3, "Записано для 3 контактов как «Emails»"],
    [5, "Записано для 5 контактов как «Emails»"],
    [21, "Записано для 21 контакта как «Emails»"],
  ])("Russian plural rules for %i", (count, text) => {
    expect(createTranslator("ru-RU").t("logged.toCount", { count, template: "Emails" })).toBe(text);
  });

  it("formats dates, numbers and money by Intl for the locale", () => {
    const en = createTranslator("en-US");
    const ru = createTranslator("ru-RU");
    expect(en.formatNumber(1234.5)).toBe("1,234.5");
    expect(ru.formatNumber(1234.5)).toBe("1\u00a0234,5");
    expect(en.formatCurrency(8)).toBe("8.00");
    expect(ru.formatCurrency(8, "RUB")).toContain("8,00");
    expect(en.formatDate("2026-03-05T10:00:00Z", { dateOnly: true })).toBe("Mar 5, 2026");
    expect(ru.formatMonth("2026-03")).toMatch(/^март/);
  });

  it("joins lists the way each language does", () => {
    expect(createTranslator("en-US").formatList(["Anna", "John", "Lisa"])).toBe("Anna, John, and Lisa");
    expect(createTranslator("ru-RU").formatList(["Анна", "Джон", "Лиза"])).toBe("Анна, Джон и Лиза");
  });

  it("knows which keys it has", () => {
    const translator = createTranslator("en-US");
    expect(translator.has("error.STORE_NO_CONTACTS")).toBe(true);
    expect(translator.has("error.STORE_FROM_THE_FUTURE")).toBe(false);
  });

  it("leaves an unknown placeholder visible rather than inventing a value", () => {
    expect(createTranslator("en").t("notify.alreadyLogged", { who: "Maria" })).toBe(
      "Already logged by Maria on {date}",
    );
  });
});
