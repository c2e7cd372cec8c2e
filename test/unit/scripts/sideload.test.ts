import { execFile } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runScript } from "./run-script";

// Each test starts Node processes; on a busy machine that takes seconds.
jest.setTimeout(30_000);

// `npm run sideload` runs office-addin-debugging, which needs desktop Outlook. Here it is run with
// --dry-run (the exact command line, nothing started) and, on this Linux machine, for real: it must refuse
// without starting anything, which a stand-in `npx` first on PATH would record.
let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "touchpoint-sideload-"));
  writeFileSync(join(dir, "npx"), `#!/bin/sh\necho "$@" > "${join(dir, "npx-ran")}"\n`);
  chmodSync(join(dir, "npx"), 0o755);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sideload = (args: string[]) =>
  runScript("sideload.mjs", args, { ...process.env, PATH: `${dir}:${process.env.PATH}` });

test.each([
  [
    "start",
    "win32",
    'npx.cmd --yes office-addin-debugging@7.0.0 start manifest.xml desktop --app outlook --dev-server "npm run start:https" --dev-server-port 3000',
  ],
  ["stop", "win32", "npx.cmd --yes office-addin-debugging@7.0.0 stop manifest.xml desktop"],
  [
    "start",
    "darwin",
    'npx --yes office-addin-debugging@7.0.0 start manifest.xml desktop --app outlook --dev-server "npm run start:https" --dev-server-port 3000 --no-sideload',
  ],
  ["stop", "darwin", "npx --yes office-addin-debugging@7.0.0 stop manifest.xml desktop"],
])("sideload %s on %s runs office-addin-debugging as: %s", async (action, platform, line) => {
  const result = await sideload([action, "--dry-run", "--platform", platform]);
  expect(result.code).toBe(0);
  expect(result.output.split("\n")[0]).toBe(`▶ ${line}`);
});

test("on a Mac it says the manifest is added by hand, since office-addin-debugging cannot sideload there", async () => {
  const result = await sideload(["start", "--dry-run", "--platform", "darwin"]);
  expect(result.output).toMatch(/Add a custom add-in → Add from file → manifest\.xml/);
});

test("on Linux it refuses with the reason and the alternatives, and starts nothing", async () => {
  const result = await sideload(["start"]);
  expect(result.code).toBe(1);
  expect(result.output).toMatch(
    /opens desktop Outlook, which runs on Windows and macOS; this machine is linux/,
  );
  expect(result.output).toMatch(/npm run start:https/);
  expect(existsSync(join(dir, "npx-ran"))).toBe(false);
  expect((await sideload(["stop"])).code).toBe(1);
  expect(existsSync(join(dir, "npx-ran"))).toBe(false);
});

test("the stand-in npx would have recorded a run: the check above can fail", async () => {
  const result = await new Promise<string>((resolve) =>
    execFile(join(dir, "npx"), ["probe"], () => resolve(readFileSync(join(dir, "npx-ran"), "utf8"))),
  );
  expect(result.trim()).toBe("probe");
  rmSync(join(dir, "npx-ran"));
});

test("--platform without --dry-run is refused: it would run another platform's command here", async () => {
  const result = await sideload(["start", "--platform", "win32"]);
  expect(result.code).toBe(2);
  expect(existsSync(join(dir, "npx-ran"))).toBe(false);
});
