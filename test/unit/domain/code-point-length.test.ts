import { codePointLength, truncateCodePoints } from "../../../src/domain/code-point-length";

describe("lengths in characters", () => {
  it.each([
    ["", 0],
    ["abc", 3],
    ["Пётр", 4],
    ["😀", 1],
    ["a😀b", 3],
    ["👩‍💻", 3], // woman, zero-width joiner, laptop: three code points, as JSON Schema counts them
    ["\ud800", 1], // a lone surrogate is one (bad) character
  ])("%j is %i characters", (text, length) => {
    expect(codePointLength(text)).toBe(length);
  });

  it("truncates by characters and never cuts a surrogate pair in half", () => {
    expect(truncateCodePoints("😀😀😀", 2)).toBe("😀😀");
    expect(truncateCodePoints(`${"a".repeat(99)}😀tail`, 100)).toBe(`${"a".repeat(99)}😀`);
    expect(truncateCodePoints("short", 100)).toBe("short");
    // String.slice would leave a lone high surrogate here, which PostgreSQL stores as U+FFFD.
    expect(`${"a".repeat(99)}😀`.slice(0, 100)).not.toBe(truncateCodePoints(`${"a".repeat(99)}😀`, 100));
  });
});
