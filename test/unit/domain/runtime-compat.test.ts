import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * src/domain also runs in Outlook's JavaScript-only on-send runtime: it may import only other domain
 * files and `punycode/` (contracts for types only), and its regular expressions avoid
 * ES2018 features an older engine would refuse to parse, failing the whole bundle.
 */
const folder = join(__dirname, "../../../src/domain");
const sources = readdirSync(folder)
  .filter((name) => name.endsWith(".ts"))
  .map((name) => ({ name, text: readFileSync(join(folder, name), "utf8") }));

describe("src/domain runs anywhere", () => {
  it("has source files to check", () => {
    expect(sources.length).toBeGreaterThan(5);
  });

  it.each(sources.map((s) => [s.name, s.text]))("%s imports only what every runtime has", (_name, text) => {
    const valueImports = [...text.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+"([^"]+)"/gms)].map(
      (m) => m[1],
    );
    for (const from of valueImports) expect(from).toMatch(/^(\.\/|punycode\/$)/);
  });

  it.each(sources.map((s) => [s.name, s.text]))(
    "%s uses no lookbehind or Unicode property escapes",
    (_name, text) => {
      expect(text).not.toMatch(/\(\?<[=!]/);
      expect(text).not.toMatch(/\\p\{/);
    },
  );
});
