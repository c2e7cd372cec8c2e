import { storableText } from "../../../src/domain/storable-text";
import { textFault } from "../../../src/domain/text-fault";

describe("item text made fit for the store", () => {
  it.each([
    ["plain", "Prices for 2027", 100, "Prices for 2027"],
    ["control characters become a space", "Bell\u0007\u0007 and NUL\u0000", 100, "Bell  and NUL "],
    ["tab, CR, LF stay", "a\tb\r\nc", 100, "a\tb\r\nc"],
    ["a lone surrogate becomes U+FFFD", "x\ud83dy", 100, "x\ufffdy"],
    ["cut by characters, never inside one", "😀😀😀", 2, "😀😀"],
    ["cut after the control characters are gone", "\u0001abc", 2, " a"],
  ])("%s", (_what, text, max, expected) => {
    expect(storableText(text, max)).toBe(expected);
  });

  it("always gives text the store's policy accepts", () => {
    for (const text of ["\u0000\u001f\ud800", "a".repeat(99) + "😀", "\udc00😀\ud83d"]) {
      expect(textFault(storableText(text, 100))).toBeUndefined();
    }
  });
});
