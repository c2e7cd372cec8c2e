/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS file (the package is not "type": "module"), loaded by webpack-cli */
// Builds the add-in pages (taskpane, ribbon commands, send-event runtime) and the harness into dist/,
// which `touchpoint serve` hosts. Type checking is `tsc --noEmit` in npm test; the loader only transpiles.
//
//   npm run build        production: minified, content-hashed chunks
//   npm run dev          https dev server (office-addin-dev-certs' certificate when installed, else a
//                        self-signed one), /api proxied to the store
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const root = __dirname;
// Where `npx office-addin-dev-certs install` (or `npm run start:https`) keeps the trusted localhost certificate.
const devCerts = path.join(os.homedir(), ".office-addin-dev-certs");
const devCertFiles = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

// Outlook loads the event runtime by fixed URLs named in the manifest (launchevent.js as the classic
// Windows JS-only override), and the harness swaps office.js for office-fake.js by name: no hashes there.
const entries = [
  { name: "taskpane", file: "src/addin/taskpane/index.tsx", page: "src/addin/taskpane/taskpane.html" },
  { name: "commands", file: "src/addin/commands/index.ts", page: "src/addin/commands/commands.html" },
  { name: "launchevent", file: "src/addin/launchevent/index.ts", page: "inline", stable: true, alone: true },
  // The Office dialog fallback of sign-in opens /auth-dialog.html.
  { name: "auth-dialog", file: "src/addin/platform/auth/auth-dialog-entry.ts", page: "inline" },
  // MSAL's redirect bridge, the redirect URI of the app registration: no office.js, nothing but MSAL's bridge.
  { name: "auth-redirect", file: "src/addin/platform/auth/auth-redirect-entry.ts", page: "bridge" },
  { name: "harness", file: "src/harness/index.tsx", page: "src/harness/harness.html" },
  { name: "office-fake", file: "src/harness/fake-office/index.ts", stable: true, alone: true },
];

// Pages that only host a script (the event runtime — on classic Windows Outlook runs launchevent.js alone —
// and the sign-in dialog) need no template file of their own.
const scriptPage = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Touchpoint</title>
    <script src="${OFFICE_JS}"></script>
  </head>
  <body></body>
</html>
`;

// The redirect bridge runs in a popup or hidden iframe on its way back from Entra ID: it loads nothing else.
const bridgePage = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="referrer" content="no-referrer" />
    <title>Touchpoint sign-in</title>
  </head>
  <body></body>
</html>
`;

/**
 * `<link rel="preload">` in a page for the lazy chunks its first view waits for, named by their `import()`
 * requests: the entry starts those downloads first thing anyway (src/addin/taskpane/start-downloads.ts),
 * and from the page the browser fetches them while it still downloads and evaluates the entry. They stay
 * chunks of their own: nothing runs before it is asked for, and the entry's size is unchanged.
 */
class PreloadFirstViewChunks {
  constructor(page, requests) {
    this.page = page;
    this.requests = new Set(requests);
  }

  apply(compiler) {
    compiler.hooks.compilation.tap("PreloadFirstViewChunks", (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap("PreloadFirstViewChunks", (data) => {
        if (data.outputName !== this.page) return data;
        const files = new Set();
        for (const group of compilation.chunkGroups) {
          if (!group.origins.some((origin) => this.requests.has(origin.request))) continue;
          for (const chunk of group.chunks)
            for (const file of chunk.files) if (file.endsWith(".js")) files.add(file);
        }
        const found = [...this.requests].filter((request) =>
          compilation.chunkGroups.some((group) => group.origins.some((origin) => origin.request === request)),
        );
        if (found.length !== this.requests.size)
          compilation.errors.push(
            new webpack.WebpackError(
              `${this.page}: no lazy chunk for ${[...this.requests].filter((r) => !found.includes(r)).join(", ")}`,
            ),
          );
        data.headTags.push(
          ...[...files].sort().map((file) =>
            HtmlWebpackPlugin.createHtmlTagObject("link", {
              rel: "preload",
              as: "script",
              href: `${data.publicPath}${file}`,
            }),
          ),
        );
        return data;
      });
    });
  }
}

module.exports = (_env, argv) => {
  const production = argv.mode !== "development";
  const hashed = production ? "[name].[contenthash:8].js" : "[name].js";

  const entry = Object.fromEntries(
    entries.map((e) => [
      e.name,
      e.alone
        ? // Self-contained: no chunk loading and no automatic public path (the JS-only runtime has no document).
          { import: `./${e.file}`, filename: `${e.name}.js`, chunkLoading: false, publicPath: "" }
        : { import: `./${e.file}`, ...(e.stable ? { filename: `${e.name}.js` } : {}) },
    ]),
  );

  const pages = entries
    .filter((e) => e.page)
    .map(
      (e) =>
        new HtmlWebpackPlugin({
          filename: `${e.name}.html`,
          chunks: [e.name],
          // In <body>, after the office.js <script> the add-in templates carry in <head>.
          inject: "body",
          scriptLoading: "blocking",
          minify: production && {
            collapseWhitespace: true,
            removeComments: true,
            minifyCSS: true,
            useShortDoctype: true,
          },
          ...(e.page === "inline"
            ? { templateContent: scriptPage }
            : e.page === "bridge"
              ? { templateContent: bridgePage }
              : { template: path.join(root, e.page) }),
        }),
    );

  return {
    mode: production ? "production" : "development",
    context: root,
    entry,
    devtool: production ? "source-map" : "eval-cheap-module-source-map",
    output: {
      path: path.join(root, "dist"),
      filename: hashed,
      chunkFilename: hashed,
      publicPath: "auto",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".mjs", ".json"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: "ts-loader",
          options: {
            transpileOnly: true,
            compilerOptions: { noEmit: false, target: "ES2020", module: "ESNext", sourceMap: true },
          },
        },
        // ESM packages written without file extensions in their imports.
        { test: /\.m?js$/, resolve: { fullySpecified: false } },
      ],
    },
    optimization: {
      // html-webpack-plugin minifies the pages; webpack's own HTML minimizer would also strip attribute
      // quotes, which the harness relies on to find the office.js <script>.
      minimizeOptions: { html: false },
      splitChunks: {
        // Only lazily loaded code is split (history, settings, MSAL, the outbox engine). Each page's
        // initial code stays one file: scope hoisting then works across all of it, which took the
        // taskpane's first load from 155 to ~140 KB gzip against vendor chunks shared with the harness.
        chunks: "async",
      },
    },
    performance: { hints: false },
    plugins: [
      new webpack.DefinePlugin({
        "process.env.TOUCHPOINT_CLIENT_ID": JSON.stringify(process.env.TOUCHPOINT_CLIENT_ID ?? ""),
        "process.env.TOUCHPOINT_API_SCOPE": JSON.stringify(process.env.TOUCHPOINT_API_SCOPE ?? ""),
        "process.env.TOUCHPOINT_AUTHORITY": JSON.stringify(process.env.TOUCHPOINT_AUTHORITY ?? ""),
        "process.env.TOUCHPOINT_AUTH_DIALOG_URL": JSON.stringify(
          process.env.TOUCHPOINT_AUTH_DIALOG_URL ?? "",
        ),
        "process.env.TOUCHPOINT_AUTH_REDIRECT_URL": JSON.stringify(
          process.env.TOUCHPOINT_AUTH_REDIRECT_URL ?? "",
        ),
        "process.env.TOUCHPOINT_BUILD_MODE": JSON.stringify(production ? "production" : "development"),
      }),
      ...pages,
      new PreloadFirstViewChunks("taskpane.html", [
        "axios",
        "./store-connection",
        "./platform/storage/indexed-db-cache-storage",
      ]),
      new CopyWebpackPlugin({
        patterns: [
          { from: "manifest.xml", to: "manifest.xml" },
          { from: "manifest.json", to: "manifest.json" },
          { from: "manifest.ru-ru.json", to: "manifest.ru-ru.json" },
          // The manifests' website, privacy statement and terms of use.
          { from: "src/addin/about/about.html", to: "about.html" },
          { from: "assets", to: "assets" },
        ],
      }),
    ],
    devServer: {
      server: Object.values(devCertFiles).every((file) => fs.existsSync(path.join(devCerts, file)))
        ? {
            type: "https",
            options: Object.fromEntries(
              Object.entries(devCertFiles).map(([name, file]) => [name, path.join(devCerts, file)]),
            ),
          }
        : "https",
      host: "localhost",
      port: Number(process.env.TOUCHPOINT_DEV_PORT ?? 3001),
      hot: false,
      // Outlook on the web loads the pages in a cross-origin frame.
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      proxy: [{ context: ["/api"], target: process.env.TOUCHPOINT_STORE_URL ?? "http://127.0.0.1:3000" }],
      client: { overlay: { warnings: false } },
    },
  };
};
