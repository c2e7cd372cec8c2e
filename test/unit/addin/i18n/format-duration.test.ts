import { createTranslator } from "../../../../src/addin/i18n/create-translator";
import { formatDuration } from "../../../../src/addin/i18n/format-duration";

describe("formatDuration", () => {
  it.each([
    ["en-US", 90, "1 h 30 min"],
    ["en-US", 60, "1 h"],
    ["en-US", 15, "15 min"],
    ["en-US", 0, "0 min"],
    ["en-US", 1.4, "1 min"],
    ["en-US", 1500, "25 h"],
    ["ru-RU", 90, "1 ч 30 мин"],
    ["ru-RU", 120, "2 ч"],
    ["ru-RU", 45, "45 мин"],
  ])("in %s, %d minutes read %s", (locale, minutes, expected) => {
    expect(formatDuration(createTranslator(locale), minutes)).toBe(expected);
  });
});
