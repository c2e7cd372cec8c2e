import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runScript } from "../scripts/run-script";

// The unified manifest's validator as npm test runs it, on mutated copies of the generated package.
const root = join(__dirname, "..", "..", "..");

interface Outcome {
  code: number;
  output: string;
}
type Json = Record<string, unknown>;
interface Mutation {
  manifest?: (manifest: Json) => void;
  russian?: (strings: Record<string, string>) => void;
  files?: (dir: string) => void;
  flags?: string[];
}

const at = (value: unknown, ...path: Array<string | number>): Json =>
  path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], value) as Json;
const ribbon = (m: Json, i: number) => at(m, "extensions", 0, "ribbons", i);

const mutations: Record<string, Mutation> = {
  original: {},
  longShortDescription: {
    manifest: (m) => void (at(m, "description").short = "Log emails and meetings ".repeat(4)),
  },
  untranslated: {
    russian: (s) => void delete s["extensions[0].ribbons[0].tabs[0].groups[0].controls[1].label"],
  },
  strayTranslation: {
    russian: (s) => void (s["extensions[0].ribbons[0].tabs[0].groups[0].controls[7].label"] = "Лишнее"),
  },
  longMobileLabel: {
    russian: (s) =>
      void (s["extensions[0].ribbons[1].tabs[0].customMobileRibbonGroups[0].controls[0].label"] =
        "Открыть панель Touchpoint для этого письма"),
  },
  colouredOutline: {
    files: (dir) => copyFileSync(join(root, "assets", "icon-32.png"), join(dir, "assets", "outline.png")),
  },
  smallColourIcon: {
    files: (dir) => copyFileSync(join(root, "assets", "icon-128.png"), join(dir, "assets", "color.png")),
  },
  unknownAction: {
    manifest: (m) =>
      void (at(ribbon(m, 0), "tabs", 0, "groups", 0, "controls", 1).actionId = "logEverything"),
  },
  httpPage: {
    manifest: (m) =>
      void (at(m, "extensions", 0, "runtimes", 0, "code").page = "http://localhost:3000/taskpane.html"),
  },
  olderSchema: {
    manifest: (m) => {
      m.manifestVersion = "1.29";
      m.$schema = "https://developer.microsoft.com/json-schemas/teams/v1.29/MicrosoftTeams.schema.json";
    },
  },
  missingLocalization: { files: (dir) => rmSync(join(dir, "manifest.ru-ru.json")) },
  production: { flags: ["--production"] },
};

const runValidator = (file: string, flags: string[]): Promise<Outcome> =>
  runScript("validate-manifest.mjs", [...flags, file]);

const outcomes = new Map<string, Outcome>();
let dir = "";

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "touchpoint-unified-"));
  const names = Object.keys(mutations);
  const results = await Promise.all(
    names.map((name) => {
      const copy = join(dir, name);
      cpSync(join(root, "manifest.json"), join(copy, "manifest.json"));
      cpSync(join(root, "manifest.ru-ru.json"), join(copy, "manifest.ru-ru.json"));
      cpSync(join(root, "assets"), join(copy, "assets"), { recursive: true });
      const mutation = mutations[name]!;
      const edit = <T>(file: string, change?: (value: T) => void) => {
        if (change === undefined) return;
        const value = JSON.parse(readFileSync(join(copy, file), "utf8")) as T;
        change(value);
        writeFileSync(join(copy, file), JSON.stringify(value, null, 2));
      };
      edit<Json>("manifest.json", mutation.manifest);
      edit<Record<string, string>>("manifest.ru-ru.json", mutation.russian);
      mutation.files?.(copy);
      return runValidator(join(copy, "manifest.json"), mutation.flags ?? []);
    }),
  );
  names.forEach((n, i) => outcomes.set(n, results[i]!));
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const outcome = (name: string): Outcome => {
  const found = outcomes.get(name);
  if (!found) throw new Error(`no outcome for ${name}`);
  return found;
};

test("the generated manifest.json passes schema 1.30, its localization schema and every extra rule", () => {
  expect(outcome("original")).toEqual({ code: 0, output: expect.stringContaining("manifest.json: valid") });
});

test.each([
  [
    "a short description over 80 characters",
    "longShortDescription",
    /manifest schema: \/description\/short must NOT have more than 80 characters/,
  ],
  [
    "a ribbon text without its Russian",
    "untranslated",
    /"extensions\[0\]\.ribbons\[0\]\.tabs\[0\]\.groups\[0\]\.controls\[1\]\.label" is not translated/,
  ],
  [
    "a translation of nothing",
    "strayTranslation",
    /"extensions\[0\]\.ribbons\[0\]\.tabs\[0\]\.groups\[0\]\.controls\[7\]\.label" names no text/,
  ],
  [
    "a Russian mobile label over 32 characters",
    "longMobileLabel",
    /manifest\.ru-ru\.json schema: .*must NOT have more than 32 characters/,
  ],
  [
    "an outline icon that is not white",
    "colouredOutline",
    /icons\.outline: has a pixel that is neither white nor transparent/,
  ],
  [
    "a colour icon of the wrong size",
    "smallColourIcon",
    /icons\.color: .*color\.png is 128×128, expected 192×192/,
  ],
  [
    "a button whose action no runtime has",
    "unknownAction",
    /actionId: "logEverything" is no action of any runtime/,
  ],
  ["an http page", "httpPage", /code\.page: http:\/\/localhost:3000\/taskpane\.html: URLs must be https/],
  ["a manifest of another schema version", "olderSchema", /must name 1\.30, the schema this check uses/],
  [
    "a missing localization file",
    "missingLocalization",
    /ru-ru: localization file manifest\.ru-ru\.json does not exist/,
  ],
  [
    "localhost in a production manifest",
    "production",
    /extensions\[0\]\.runtimes\[0\]\.code\.page: https:\/\/localhost:3000\/taskpane\.html points at this machine/,
  ],
])("rejects %s with a clear message", (_label, name, message) => {
  const { code, output } = outcome(name);
  expect(code).toBe(1);
  expect(output).toMatch(message);
});
