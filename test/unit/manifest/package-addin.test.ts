import AdmZip from "adm-zip";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runScript } from "../scripts/run-script";

// `npm run package` as an administrator runs it; the zip is then unpacked and validated on its own.
const root = join(__dirname, "..", "..", "..");

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "touchpoint-package-test-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const version = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }).version;

test("the app package holds manifest.json, its Russian strings and both icons, and validates once unzipped", async () => {
  const out = join(dir, "crm");
  const made = await runScript("package-addin.mjs", [
    "--base",
    "https://crm.example.com/touchpoint",
    "--out",
    out,
  ]);
  expect(made).toEqual({
    code: 0,
    output: expect.stringContaining("valid app package for https://crm.example.com/touchpoint"),
  });

  const zip = new AdmZip(join(out, `touchpoint-${version}.zip`));
  expect(
    zip
      .getEntries()
      .map((e) => e.entryName)
      .sort(),
  ).toEqual(["assets/color.png", "assets/outline.png", "manifest.json", "manifest.ru-ru.json"]);
  const unpacked = join(dir, "unpacked");
  zip.extractAllTo(unpacked, true);
  const manifest = readFileSync(join(unpacked, "manifest.json"), "utf8");
  expect(manifest).not.toMatch(/localhost/);
  expect(JSON.parse(manifest).developer).toMatchObject({
    privacyUrl: "https://crm.example.com/touchpoint/about.html#privacy",
    termsOfUseUrl: "https://crm.example.com/touchpoint/about.html#terms",
  });
  expect(readFileSync(join(unpacked, "assets", "color.png"))).toEqual(
    readFileSync(join(root, "assets", "color.png")),
  );

  const validated = await runScript("validate-manifest.mjs", [
    "--production",
    join(unpacked, "manifest.json"),
    join(out, "manifest.xml"),
  ]);
  expect(validated.code).toBe(0);
  expect(validated.output.match(/: valid/g)).toHaveLength(2);
}, 60_000);

test("without --base the package names the example domain and says so", async () => {
  const out = join(dir, "example");
  const made = await runScript("package-addin.mjs", ["--out", out]);
  expect(made.code).toBe(0);
  expect(made.output).toMatch(/no --base given, so the package points at https:\/\/touchpoint\.example\.com/);
  const zip = new AdmZip(join(out, `touchpoint-${version}.zip`));
  expect(zip.readAsText("manifest.json")).toContain("https://touchpoint.example.com/taskpane.html");
}, 60_000);

test.each([
  ["http", ["--base", "http://crm.example.com"], /not https/],
  ["localhost", ["--base", "https://localhost:3000"], /points at this machine, not the deployment/],
])(
  "a %s address writes no package",
  async (_name, args, message) => {
    const out = join(dir, `refused-${_name}`);
    const made = await runScript("package-addin.mjs", [...args, "--out", out]);
    expect(made.code).toBeGreaterThan(0);
    expect(made.output).toMatch(message);
    expect(() => readFileSync(join(out, `touchpoint-${version}.zip`))).toThrow();
  },
  60_000,
);
