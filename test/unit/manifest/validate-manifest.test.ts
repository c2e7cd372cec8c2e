import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runScript } from "../scripts/run-script";

// The validator is a CLI (npm test runs it as a step); the tests run it the same way on mutated copies.
const root = join(__dirname, "..", "..", "..");
const manifest = readFileSync(join(root, "manifest.xml"), "utf8");

interface Outcome {
  code: number;
  output: string;
}

function replaceOnce(text: string, from: string | RegExp, to: string): string {
  const next = text.replace(from, to);
  if (next === text) throw new Error(`mutation did not apply: ${String(from)}`);
  return next;
}

const mutations: Record<string, (xml: string) => string> = {
  original: (xml) => xml,
  unknownElement: (xml) => replaceOnce(xml, "<ProviderName>", "<Flavour>mint</Flavour>\n  <ProviderName>"),
  missingId: (xml) => replaceOnce(xml, /<Id>[^<]*<\/Id>/, ""),
  badSendMode: (xml) => replaceOnce(xml, 'SendMode="PromptUser"', 'SendMode="Sometimes"'),
  launchEventWithoutFunction: (xml) =>
    replaceOnce(xml, 'Type="OnMessageSend" FunctionName="onItemSend"', 'Type="OnMessageSend"'),
  undefinedResid: (xml) => replaceOnce(xml, 'resid="LogButton.Title"', 'resid="LogButton.Heading"'),
  httpUrl: (xml) =>
    replaceOnce(xml, '"https://localhost:3000/commands.html"', '"http://localhost:3000/commands.html"'),
  missingRussian: (xml) => replaceOnce(xml, '<bt:Override Locale="ru-RU" Value="Записать" />', ""),
  longResid: (xml) => xml.replaceAll('"PaneButton.Tooltip"', '"PaneButton.TooltipForTheTaskpaneButton"'),
  wrongIconSize: (xml) => replaceOnce(xml, "/assets/icon-16.png", "/assets/icon-32.png"),
  missingIconFile: (xml) => replaceOnce(xml, "/assets/icon-128.png", "/assets/icon-256.png"),
  unusedResource: (xml) =>
    replaceOnce(
      xml,
      "<bt:ShortStrings>",
      '<bt:ShortStrings>\n<bt:String id="Spare.Label" DefaultValue="Spare"><bt:Override Locale="ru-RU" Value="Запас" /></bt:String>',
    ),
  longDisplayName: (xml) =>
    replaceOnce(
      xml,
      '<DisplayName DefaultValue="Touchpoint">',
      `<DisplayName DefaultValue="${"T".repeat(126)}">`,
    ),
  mobileIconWrongScale: (xml) =>
    replaceOnce(
      xml,
      'id="Icon.48x48@3x" DefaultValue="https://localhost:3000/assets/icon-144.png"',
      'id="Icon.48x48@3x" DefaultValue="https://localhost:3000/assets/icon-96.png"',
    ),
  mobileButtonWithEightIcons: (xml) =>
    replaceOnce(xml, /<bt:Image size="48" scale="3" resid="[^"]+" \/>/, ""),
  runtimeMismatch: (xml) =>
    replaceOnce(
      xml,
      /(<LaunchEvents>[\s\S]*?<\/LaunchEvents>\s*<SourceLocation resid=")LaunchEvent.Url/,
      "$1Taskpane.Url",
    ),
};

function runValidator(xml: string, dir: string, name: string, flags: string[] = []): Promise<Outcome> {
  const file = join(dir, `${name}.xml`);
  writeFileSync(file, xml);
  return runScript("validate-manifest.mjs", [...flags, file]);
}

const outcomes = new Map<string, Outcome>();
let dir = "";

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "touchpoint-manifest-"));
  const names = Object.keys(mutations);
  const results = await Promise.all(names.map((n) => runValidator(mutations[n]!(manifest), dir, n)));
  names.forEach((n, i) => outcomes.set(n, results[i]!));
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const outcome = (name: string): Outcome => {
  const found = outcomes.get(name);
  if (!found) throw new Error(`no outcome for ${name}`);
  return found;
};

test("the committed manifest passes the schema and every extra rule", () => {
  expect(outcome("original")).toEqual({ code: 0, output: expect.stringContaining("valid") });
});

test.each([
  ["an unknown element", "unknownElement", /schema: .*Flavour/],
  ["a manifest without <Id>", "missingId", /schema: .*Expected is \( \{[^}]+\}Id \)/],
  ["a SendMode outside the enumeration", "badSendMode", /schema: .*SendMode.*Sometimes/],
  ["a LaunchEvent without FunctionName", "launchEventWithoutFunction", /schema: .*FunctionName.*required/],
  ["a resid that names no resource", "undefinedResid", /resid="LogButton.Heading"> refers to no resource/],
  ["an http:// URL", "httpUrl", /http:\/\/localhost:3000\/commands.html.*must be https/],
  [
    "an English string without its Russian override",
    "missingRussian",
    /string "LogButton.Label": no ru-RU <Override>/,
  ],
  [
    "a resource id longer than 32 characters",
    "longResid",
    /"PaneButton.TooltipForTheTaskpaneButton" is longer than 32/,
  ],
  ["an icon whose file has another size", "wrongIconSize", /icon-32.png is 32×32, expected 16×16/],
  ["an icon whose file is missing", "missingIconFile", /assets\/icon-256.png does not exist/],
  ["a resource nobody uses", "unusedResource", /"Spare.Label" is defined but never used/],
  ["a display name over 125 characters", "longDisplayName", /DisplayName: "T+" is longer than 125/],
  [
    "a mobile icon whose file is not its size times its scale",
    "mobileIconWrongScale",
    /icon "Icon.48x48@3x": assets\/icon-96.png is 96×96, expected 144×144/,
  ],
  ["a mobile button with fewer than the nine icons", "mobileButtonWithEightIcons", /schema: .*Image/],
  [
    "a LaunchEvent whose source is not a runtime",
    "runtimeMismatch",
    /SourceLocation "Taskpane.Url" is not a <Runtime> resid/,
  ],
])("rejects %s with a clear message", (_label, name, message) => {
  const { code, output } = outcome(name);
  expect(code).toBe(1);
  expect(output).toMatch(message);
});

test("a production manifest may not point at this machine: every localhost URL is named", async () => {
  const { code, output } = await runValidator(manifest, dir, "production", ["--production"]);
  expect(code).toBe(1);
  expect(output).toMatch(
    /<SourceLocation DefaultValue="https:\/\/localhost:3000\/taskpane.html">: points at this machine/,
  );
});
