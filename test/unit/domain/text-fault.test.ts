import { textFault } from "../../../src/domain/text-fault";

describe("the text policy", () => {
  it.each([
    ["plain", "Quarterly review"],
    ["Cyrillic", "Рога и копыта"],
    ["tab, CR and LF", "a\tb\r\nc"],
    ["an emoji (a surrogate pair)", "ok 😀"],
    ["DEL and C1 controls (not C0)", "a\u007fb\u0085c"],
  ])("accepts %s", (_what, text) => {
    expect(textFault(text)).toBeUndefined();
  });

  it.each([
    ["NUL", "a\u0000b", "contains the control character U+0000"],
    ["BEL", "\u0007", "contains the control character U+0007"],
    ["vertical tab", "a\u000bb", "contains the control character U+000B"],
    ["form feed", "\u000c", "contains the control character U+000C"],
    ["escape", "\u001b[31m", "contains the control character U+001B"],
    ["unit separator", "\u001f", "contains the control character U+001F"],
    ["a lone high surrogate", "a\ud83d", "contains an unpaired surrogate U+D83D"],
    ["a lone low surrogate", "\ude00a", "contains an unpaired surrogate U+DE00"],
  ])("refuses %s", (_what, text, why) => {
    expect(textFault(text)).toBe(why);
  });
});
