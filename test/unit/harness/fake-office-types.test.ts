import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// The harness's fake Office is held to @types/office-js: when Office.js's types gain a member the fake
// does not have, type checking fails. Here Office.js "changes" by declaration merging, and tsc runs on the
// fake with and without the change.
const root = join(__dirname, "..", "..", "..");
const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
jest.setTimeout(120_000);

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "touchpoint-fake-types-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function typeCheck(name: string, change: string | undefined): Promise<{ code: number; output: string }> {
  const files = [join(root, "src", "harness", "fake-office", "index.ts")];
  if (change !== undefined) {
    writeFileSync(join(dir, `${name}.d.ts`), change);
    files.push(join(dir, `${name}.d.ts`));
  }
  const config = join(dir, `${name}.tsconfig.json`);
  writeFileSync(
    config,
    JSON.stringify({
      extends: join(root, "tsconfig.json"),
      compilerOptions: { noEmit: true, typeRoots: [join(root, "node_modules", "@types")] },
      include: [],
      files,
    }),
  );
  return new Promise((resolve) =>
    execFile(process.execPath, [tsc, "-p", config], { cwd: root }, (error, stdout, stderr) =>
      resolve({
        code: error ? (typeof error.code === "number" ? error.code : 2) : 0,
        output: `${stdout}${stderr}`,
      }),
    ),
  );
}

test("the fake type-checks against Office.js's types as they are", async () => {
  expect(await typeCheck("as-is", undefined)).toEqual({ code: 0, output: "" });
});

// One member added to each interface the fake stands in for, each with its own name, in one type check.
const changed = [
  "MessageRead",
  "AppointmentRead",
  "MessageCompose",
  "AppointmentCompose",
  "Body",
  "Mailbox",
  "NotificationMessages",
  "RoamingSettings",
  "Context",
];

test("a member Office.js adds to any interface the fake stands in for breaks the fake's type check", async () => {
  const members = changed.map((name) => `interface ${name} { touchpointProbe${name}: string }`);
  const { code, output } = await typeCheck("changed", `declare namespace Office { ${members.join("\n")} }`);
  expect(code).not.toBe(0);
  const missed = changed.filter((name) => !output.includes(`touchpointProbe${name}`));
  expect(missed).toEqual([]);
});
