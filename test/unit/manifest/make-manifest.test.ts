import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = join(__dirname, "..", "..", "..");
const run = (script: string, args: string[]) =>
  new Promise<{ code: number; output: string }>((resolve) => {
    execFile(
      process.execPath,
      [join(root, "scripts", script), ...args],
      { cwd: root },
      (error, stdout, stderr) => {
        resolve({
          code: error ? (typeof error.code === "number" ? error.code : 2) : 0,
          output: `${stdout}${stderr}`,
        });
      },
    );
  });

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "touchpoint-make-manifest-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("a manifest made for another origin points every URL there, keeps the Id and still validates", async () => {
  const out = join(dir, "manifest.xml");
  expect(
    (await run("make-manifest.mjs", ["--base", "https://crm.example.com/touchpoint/", "--out", out])).code,
  ).toBe(0);
  const made = readFileSync(out, "utf8");
  const original = readFileSync(join(root, "manifest.xml"), "utf8");
  expect(made).not.toContain("https://localhost");
  expect(made).toContain('DefaultValue="https://crm.example.com/touchpoint/taskpane.html"');
  expect(made).toContain('DefaultValue="https://crm.example.com/touchpoint/launchevent.js"');
  expect(made.match(/<Id>[^<]+<\/Id>/)?.[0]).toBe(original.match(/<Id>[^<]+<\/Id>/)?.[0]);
  expect(await run("validate-manifest.mjs", [out])).toEqual({
    code: 0,
    output: expect.stringContaining("valid"),
  });
}, 30_000);

test("an http base is refused: Outlook loads add-ins only over https", async () => {
  const result = await run("make-manifest.mjs", [
    "--base",
    "http://crm.example.com",
    "--out",
    join(dir, "no.xml"),
  ]);
  expect(result.code).toBe(2);
  expect(result.output).toMatch(/not https/);
});
