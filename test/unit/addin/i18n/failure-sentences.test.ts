import { ADDIN_ERROR_CODES, STORE_ERROR_CODES, type FailureCode } from "../../../../src/contracts";
import { createTranslator } from "../../../../src/addin/i18n/create-translator";
import { enUS, type Message } from "../../../../src/addin/i18n/en-us";
import { ruRU } from "../../../../src/addin/i18n/ru-ru";
import { NOTICE_MAX } from "../../../../src/addin/use-cases/describe-log";

const CODES: FailureCode[] = [...ADDIN_ERROR_CODES, ...STORE_ERROR_CODES];
const CATALOGUES: Array<[string, Record<string, Message>]> = [
  ["en-US", enUS],
  ["ru-RU", ruRU],
];
const CODE_TEXT = /\b(ADDIN|STORE)_[A-Z_]+\b/;

describe("every coded failure has a sentence in every language", () => {
  it("the two catalogues of codes do not overlap and every code is upper-case snake", () => {
    expect(new Set(CODES).size).toBe(CODES.length);
    for (const code of CODES) expect(code).toMatch(/^(ADDIN|STORE)_[A-Z_]+$/);
  });

  describe.each(CATALOGUES)("%s", (_locale, catalogue) => {
    it.each(CODES)("%s has a sentence that says what happened and what to do, without any code", (code) => {
      const sentence = catalogue[`error.${code}`];
      expect(typeof sentence).toBe("string");
      const text = sentence as string;
      expect(text).not.toMatch(CODE_TEXT);
      // What happened, then what to do: at least two sentences, or one with a clause after a colon.
      expect(text.trim().length).toBeGreaterThan(20);
      expect(text).toMatch(/[.!?]$/);
    });

    it("has no sentence for a code that does not exist", () => {
      const known = new Set(CODES.map((code) => `error.${code}`));
      const extra = Object.keys(catalogue).filter((key) => key.startsWith("error.") && !known.has(key));
      expect(extra).toEqual([]);
    });
  });

  it.each(CODES)('%s fits Outlook\'s notification bar after "Not logged." in both languages', (code) => {
    for (const locale of ["en-US", "ru-RU"]) {
      const translator = createTranslator(locale);
      const notice = translator.t("notify.failed", { reason: translator.t(`error.${code}`) });
      expect({ locale, length: notice.length }).toEqual({
        locale,
        length: Math.min(notice.length, NOTICE_MAX),
      });
    }
  });
});
