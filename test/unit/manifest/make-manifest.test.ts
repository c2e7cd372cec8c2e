import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runScript } from "../scripts/run-script";

// Both manifests come from scripts/manifest/touchpoint-addin.mjs; these tests run the generator as the
// README does and read what it writes.
const root = join(__dirname, "..", "..", "..");

interface Unified {
  id: string;
  version: string;
  developer: Record<string, string>;
  description: { short: string; full: string };
  extensions: Array<{
    runtimes: Array<{
      code: { page: string; script?: string };
      actions: Array<{ id: string; type: string }>;
    }>;
    ribbons: Array<{
      requirements: { formFactors: string[] };
      contexts: string[];
      tabs: Array<{
        customMobileRibbonGroups?: Array<{ controls: Array<{ type: string; actionId: string }> }>;
      }>;
    }>;
    autoRunEvents: Array<{
      events: Array<{ type: string; actionId: string; options: { sendMode: string } }>;
    }>;
  }>;
}

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "touchpoint-make-manifest-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const read = (folder: string, file: string) => readFileSync(join(folder, file), "utf8");
const readUnified = (folder: string) => JSON.parse(read(folder, "manifest.json")) as Unified;

test("the committed manifest.xml, manifest.json and manifest.ru-ru.json are exactly what their description generates", async () => {
  expect(await runScript("make-manifest.mjs", ["--check"])).toEqual({
    code: 0,
    output: expect.stringContaining("manifest.xml, manifest.json, manifest.ru-ru.json: as generated"),
  });
  const out = join(dir, "regenerated");
  expect((await runScript("make-manifest.mjs", ["--out", out])).code).toBe(0);
  for (const file of ["manifest.xml", "manifest.json", "manifest.ru-ru.json"])
    expect([file, read(out, file)]).toEqual([file, read(root, file)]);
});

test("a hand edit of a committed manifest is reported as drift", async () => {
  const out = join(dir, "drifted");
  expect((await runScript("make-manifest.mjs", ["--out", out])).code).toBe(0);
  writeFileSync(
    join(out, "manifest.json"),
    read(out, "manifest.json").replace('"Touchpoint"', '"Touchp0int"'),
  );
  expect(await runScript("make-manifest.mjs", ["--check", "--out", out])).toEqual({
    code: 1,
    output: expect.stringContaining("manifest.json differs from what its description generates"),
  });
});

test("manifests made for another address point every URL there, keep the Id and validate as production manifests", async () => {
  const out = join(dir, "crm");
  expect(
    (await runScript("make-manifest.mjs", ["--base", "https://crm.example.com/touchpoint/", "--out", out]))
      .code,
  ).toBe(0);
  const xml = read(out, "manifest.xml");
  const json = read(out, "manifest.json");
  for (const text of [xml, json]) {
    expect(text).not.toMatch(/localhost|127\.0\.0\.1/);
    expect(text).toContain("https://crm.example.com/touchpoint/taskpane.html");
    expect(text).toContain("https://crm.example.com/touchpoint/launchevent.js");
  }
  expect(xml.match(/<Id>([^<]+)<\/Id>/)?.[1]).toBe(readUnified(out).id);
  expect(xml.match(/<Id>[^<]+<\/Id>/)?.[0]).toBe(read(root, "manifest.xml").match(/<Id>[^<]+<\/Id>/)?.[0]);
  expect(readUnified(out).developer).toEqual({
    name: "Touchpoint",
    websiteUrl: "https://crm.example.com/touchpoint/about.html",
    privacyUrl: "https://crm.example.com/touchpoint/about.html#privacy",
    termsOfUseUrl: "https://crm.example.com/touchpoint/about.html#terms",
  });
  const validated = await runScript("validate-manifest.mjs", [
    "--production",
    join(out, "manifest.xml"),
    join(out, "manifest.json"),
  ]);
  expect(validated.code).toBe(0);
  expect(validated.output.match(/: valid/g)).toHaveLength(2);
}, 60_000);

test("a deployment's own privacy statement, terms and website replace the defaults", async () => {
  const out = join(dir, "links");
  const args = ["--base", "https://crm.example.com", "--out", out];
  const links = ["--privacy", "https://cronus.example/privacy", "--terms", "https://cronus.example/terms"];
  expect(
    (await runScript("make-manifest.mjs", [...args, ...links, "--website", "https://cronus.example/"])).code,
  ).toBe(0);
  expect(readUnified(out).developer).toMatchObject({
    websiteUrl: "https://cronus.example/",
    privacyUrl: "https://cronus.example/privacy",
    termsOfUseUrl: "https://cronus.example/terms",
  });
  expect(read(out, "manifest.xml")).toContain('<SupportUrl DefaultValue="https://cronus.example/" />');
});

test.each([
  ["an http base", ["--base", "http://crm.example.com"], /not https/],
  ["a base with a query", ["--base", "https://crm.example.com/?x=1"], /query or fragment/],
  ["an http privacy statement", ["--privacy", "http://cronus.example/privacy"], /--privacy: .*not https/],
])("%s is refused: Outlook loads add-ins only over https", async (_name, args, message) => {
  const result = await runScript("make-manifest.mjs", [...args, "--out", join(dir, "refused")]);
  expect(result.code).toBe(2);
  expect(result.output).toMatch(message);
});

describe("the two manifests describe the same add-in", () => {
  const xml = read(root, "manifest.xml");
  const unified = readUnified(root);
  const ru = JSON.parse(read(root, "manifest.ru-ru.json")) as Record<string, string>;
  const extension = unified.extensions[0]!;

  test("same id and version (XML adds the fourth part)", () => {
    expect(xml).toContain(`<Id>${unified.id}</Id>`);
    expect(xml).toContain(`<Version>${unified.version}.0</Version>`);
  });

  test("every ribbon text, in English and Russian, is in both", () => {
    const xmlTexts = new Set([...xml.matchAll(/(?:DefaultValue|Value)="([^"]+)"/g)].map((m) => m[1]));
    const english = [
      ...JSON.stringify(extension.ribbons).matchAll(/"(?:label|title|description)":"([^"]+)"/g),
    ].map((m) => m[1] ?? "");
    const russian = Object.entries(ru)
      .filter(([key]) => key.startsWith("extensions["))
      .map(([, value]) => value);
    expect(english).toHaveLength(9);
    expect(russian).toHaveLength(9);
    expect([...english, ...russian].filter((text) => !xmlTexts.has(text))).toEqual([]);
  });

  test("the short descriptions fit the 80 characters Microsoft 365 allows, in both languages", () => {
    expect([...unified.description.short].length).toBeLessThanOrEqual(80);
    expect([...(ru["description.short"] ?? "")].length).toBeLessThanOrEqual(80);
    expect(ru["description.short"]).not.toBe("");
  });

  test("the same pages: taskpane, commands and the send-event runtime with its bare script", () => {
    const pages = extension.runtimes.flatMap((r) => [r.code.page, r.code.script]).filter(Boolean);
    for (const page of pages) expect(xml).toContain(`DefaultValue="${page}"`);
    expect(pages).toHaveLength(4);
  });

  test("the same send events, which prompt the user and never block mail", () => {
    expect(extension.autoRunEvents[0]?.events).toEqual([
      { type: "messageSending", actionId: "onItemSend", options: { sendMode: "promptUser" } },
      { type: "appointmentSending", actionId: "onItemSend", options: { sendMode: "promptUser" } },
    ]);
    expect(xml).toContain(
      '<LaunchEvent Type="OnMessageSend" FunctionName="onItemSend" SendMode="PromptUser" />',
    );
    expect(xml).toContain(
      '<LaunchEvent Type="OnAppointmentSend" FunctionName="onItemSend" SendMode="PromptUser" />',
    );
  });

  test("Outlook mobile: a button on a read message opens the taskpane, in both manifests", () => {
    const mobileXml = xml.match(/<MobileFormFactor>[\s\S]*<\/MobileFormFactor>/)?.[0] ?? "";
    expect(mobileXml).toMatch(
      /<ExtensionPoint xsi:type="MobileMessageReadCommandSurface">[\s\S]*<Control xsi:type="MobileButton"[\s\S]*<Action xsi:type="ShowTaskpane">\s*<SourceLocation resid="Taskpane.Url" \/>/,
    );
    expect(mobileXml.match(/<bt:Image size="(25|32|48)" scale="[123]"/g)).toHaveLength(9);
    const mobile = extension.ribbons.find((r) => r.requirements.formFactors.includes("mobile"));
    expect(mobile?.contexts).toEqual(["mailRead"]);
    const button = mobile?.tabs[0]?.customMobileRibbonGroups?.[0]?.controls[0];
    expect(button?.type).toBe("mobileButton");
    const action = extension.runtimes.find((r) => r.actions.some((a) => a.id === button?.actionId));
    expect(action?.code.page).toBe("https://localhost:3000/taskpane.html");
    expect(action?.actions[0]?.type).toBe("openPage");
  });
});
