import fs from "node:fs";
import { join } from "node:path";

// The build's contract with Outlook and the harness, read from the webpack configuration itself
// (building takes a minute; npm test's build step does that).
const root = join(__dirname, "..", "..", "..");
const OFFICE_JS = '<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>';

interface EntryDescription {
  import: string;
  filename?: string;
  chunkLoading?: false;
  publicPath?: string;
}
interface Config {
  entry: Record<string, EntryDescription>;
  output: { filename: string; chunkFilename: string; path: string };
  optimization: { splitChunks: { chunks: string } };
  plugins: Array<{
    constructor: { name: string };
    userOptions?: Record<string, unknown>;
    definitions?: Record<string, string>;
  }>;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS
const makeConfig = require(join(root, "webpack.config.js")) as (
  env: unknown,
  argv: { mode: string },
) => Config;

function configFor(mode: "production" | "development"): Config {
  return makeConfig({}, { mode });
}

const pages = (config: Config) =>
  config.plugins
    .filter((p) => p.constructor.name === "HtmlWebpackPlugin")
    .map(
      (p) =>
        p.userOptions as {
          filename: string;
          chunks: string[];
          inject: string;
          template?: string;
          templateContent?: string;
        },
    );

test("seven entries; the runtimes Outlook and the harness load by URL are self-contained with fixed names, and only lazy code is split", () => {
  const { entry, optimization } = configFor("production");
  expect(Object.keys(entry).sort()).toEqual([
    "auth-dialog",
    "auth-redirect",
    "commands",
    "harness",
    "launchevent",
    "office-fake",
    "taskpane",
  ]);
  for (const name of ["launchevent", "office-fake"]) {
    expect(entry[name]).toMatchObject({ filename: `${name}.js`, chunkLoading: false, publicPath: "" });
  }
  expect(entry.taskpane?.filename).toBeUndefined();
  // Each page's first load stays one scope-hoisted file; no vendor chunk is shared between pages.
  expect(optimization.splitChunks.chunks).toBe("async");
});

test("production names chunks by content hash, development does not", () => {
  expect(configFor("production").output.chunkFilename).toMatch(/\[contenthash/);
  expect(configFor("development").output.filename).not.toMatch(/hash/);
});

test("every add-in page loads office.js from the CDN in <head>, before the bundle injected in <body>", () => {
  const built = pages(configFor("production"));
  expect(built.map((p) => p.filename).sort()).toEqual([
    "auth-dialog.html",
    "auth-redirect.html",
    "commands.html",
    "harness.html",
    "launchevent.html",
    "taskpane.html",
  ]);
  for (const page of built.filter((p) => !["harness.html", "auth-redirect.html"].includes(p.filename))) {
    const html = page.templateContent ?? fs.readFileSync(page.template ?? "", "utf8");
    const head = html.slice(0, html.indexOf("</head>"));
    expect(head).toContain(OFFICE_JS);
    expect(page.inject).toBe("body");
  }
});

test("the sign-in redirect bridge page loads only its own script: no office.js, no add-in code", () => {
  const bridge = pages(configFor("production")).find((p) => p.filename === "auth-redirect.html");
  expect(bridge?.chunks).toEqual(["auth-redirect"]);
  expect(bridge?.templateContent).not.toMatch(/<script/);
});

test("the MSAL settings and build mode come from the environment, empty by default", () => {
  const saved = process.env.TOUCHPOINT_CLIENT_ID;
  process.env.TOUCHPOINT_CLIENT_ID = "6f3a-client";
  delete process.env.TOUCHPOINT_AUTHORITY;
  delete process.env.TOUCHPOINT_AUTH_DIALOG_URL;
  delete process.env.TOUCHPOINT_AUTH_REDIRECT_URL;
  try {
    const define = configFor("production").plugins.find((p) => p.constructor.name === "DefinePlugin");
    expect(define?.definitions).toMatchObject({
      "process.env.TOUCHPOINT_CLIENT_ID": '"6f3a-client"',
      "process.env.TOUCHPOINT_AUTHORITY": '""',
      "process.env.TOUCHPOINT_AUTH_DIALOG_URL": '""',
      "process.env.TOUCHPOINT_AUTH_REDIRECT_URL": '""',
      "process.env.TOUCHPOINT_BUILD_MODE": '"production"',
    });
  } finally {
    if (saved === undefined) delete process.env.TOUCHPOINT_CLIENT_ID;
    else process.env.TOUCHPOINT_CLIENT_ID = saved;
  }
});

test("every entry's source exists, so no page is silently missing from the build", () => {
  const config = makeConfig({}, { mode: "production" });
  for (const [name, value] of Object.entries(config.entry)) {
    const file = typeof value === "string" ? value : value.import;
    expect([name, fs.existsSync(join(root, file))]).toEqual([name, true]);
  }
});
