import { createHash } from "node:crypto";
import fc from "fast-check";
import { sha256Hex } from "../../../src/domain/sha256-hex";

const reference = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

describe("sha256Hex", () => {
  it.each([
    ["", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"],
    ["abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"],
    [
      "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
    ],
  ])("matches the FIPS 180-4 example for %j", (text, digest) => {
    expect(sha256Hex(text)).toBe(digest);
  });

  it("agrees with node:crypto on any text, including Cyrillic, emoji and block-boundary lengths", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", maxLength: 200 }),
        (text) => sha256Hex(text) === reference(text),
      ),
    );
    for (let n = 50; n < 140; n += 1) expect(sha256Hex("я".repeat(n))).toBe(reference("я".repeat(n)));
  });
});
