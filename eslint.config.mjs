// Lint rules, including the platform boundaries of DESIGN §1: each platform API is imported in exactly
// one folder, and the pure layers import none of them.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import officeAddins from "eslint-plugin-office-addins";
import prettier from "eslint-config-prettier";

const only = (name, folder) => ({
  name,
  message: `${name} is used only in ${folder}: go through its port.`,
});
const officeGlobals = ["Office", "OfficeRuntime"].map((name) => ({
  name,
  message: "Office.js is touched only in src/addin/platform/office (and platform/storage for OfficeRuntime).",
}));
const platformImports = [
  only("axios", "src/addin/platform/http"),
  only("@azure/msal-browser", "src/addin/platform/auth"),
  only("idb", "src/addin/platform/storage"),
  only("fastify", "src/store (app, routes, http, server)"),
  only("kysely", "src/store/db"),
  only("react", "src/addin/taskpane and src/harness"),
];
const nodeBuiltins = { group: ["node:*"], message: "Pure code imports no Node built-ins." };
/**
 * Platform code by path: only platform/ itself and the composition roots (which build the adapters and hand
 * them over as ports) may import it.
 */
const platformByPath = {
  group: ["**/platform/**", "./platform", "../platform"],
  allowTypeImports: false,
  message: "Only platform/ and the composition roots import platform code: take it through a port.",
};
const compositionRoots = [
  "src/addin/composition.ts",
  "src/addin/outbox-sync.ts",
  "src/addin/store-connection.ts",
  "src/addin/taskpane/index.tsx",
  "src/addin/taskpane/start-downloads.ts",
  "src/addin/commands/index.ts",
  "src/addin/launchevent/index.ts",
];
/** What add-in code outside platform/ may not import, plus any further patterns. */
const addinImports = (...more) => ({
  paths: platformImports.filter((p) => p.name !== "react"),
  patterns: [
    nodeBuiltins,
    ...more,
    { group: ["**/store/**"], message: "The add-in reaches the store only over HTTP (platform/http)." },
    {
      // field-limits holds plain numbers the add-in fills fields by; everything else there is TypeBox.
      group: ["**/contracts/**", "!**/contracts/field-limits"],
      allowTypeImports: true,
      message: "The add-in bundle takes only types from contracts (and the field limits).",
    },
  ],
});

/** What a store service may not import; `extra` adds patterns. */
const storeServiceImports = (...extra) => ({
  paths: [
    { name: "fastify", message: "Services never import Fastify: routes map HTTP to service calls." },
    { name: "kysely", message: "Services reach the database through src/store/db repositories." },
  ],
  patterns: [
    { group: ["**/routes/**", "@fastify/*"], message: "Services never import HTTP code." },
    ...extra,
  ],
});

/** Every service has one shape, (repos, principal, ...input): the route owns the transaction or snapshot. */
const serviceShape = {
  group: ["**/db/create-database"],
  message:
    "A service takes the repositories of its caller's transaction or snapshot, (repos, principal, ...input); the route owns the database.",
};

export default tseslint.config(
  { ignores: ["node_modules", "dist", "build", "coverage", "bench/results", "test/e2e/artifacts", ".prof"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: {
      globals: {
        console: "readonly",
        process: "readonly",
        require: "readonly",
        module: "writable",
        __dirname: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly",
        setInterval: "readonly",
        clearInterval: "readonly",
        URL: "readonly",
        fetch: "readonly",
        window: "readonly",
        document: "readonly",
        navigator: "readonly",
        performance: "readonly",
      },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "no-console": "off",
      "no-duplicate-imports": ["error", { allowSeparateTypeImports: true }],
    },
  },
  {
    files: ["src/addin/**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins, "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/no-office-initialize": "error",
    },
  },
  {
    files: ["src/domain/**/*.ts", "src/contracts/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: platformImports,
          patterns: [
            nodeBuiltins,
            {
              group: ["**/addin/**", "**/store/**", "**/harness/**"],
              message: "Pure layers import nothing above them.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        ...officeGlobals,
        "window",
        "document",
        "indexedDB",
        "localStorage",
        "fetch",
      ],
    },
  },
  {
    files: ["src/addin/**/*.{ts,tsx}"],
    ignores: ["src/addin/platform/**", ...compositionRoots],
    rules: {
      "no-restricted-imports": ["error", addinImports(platformByPath)],
      "no-restricted-globals": ["error", ...officeGlobals, "indexedDB", "localStorage", "sessionStorage"],
    },
  },
  {
    files: ["src/addin/taskpane/**/*.{ts,tsx}"],
    ignores: ["src/addin/taskpane/fluent.ts", ...compositionRoots],
    rules: {
      "no-restricted-imports": [
        "error",
        addinImports(platformByPath, {
          group: ["@fluentui/*", "@fluentui/*/**"],
          message: "The taskpane takes Fluent UI from ./fluent only (why: see that file).",
        }),
      ],
    },
  },
  {
    // The composition roots build the platform adapters and hand them on as ports.
    files: compositionRoots,
    rules: { "no-restricted-imports": ["error", addinImports()] },
  },
  {
    files: [
      "src/addin/use-cases/**/*.ts",
      "src/addin/sync/**/*.ts",
      "src/addin/commands/**/*.ts",
      "src/addin/launchevent/**/*.ts",
    ],
    ignores: compositionRoots,
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: platformImports,
          patterns: [
            nodeBuiltins,
            platformByPath,
            { group: ["**/store/**"], message: "The add-in reaches the store only over HTTP." },
            {
              group: ["**/contracts/**", "!**/contracts/field-limits"],
              allowTypeImports: true,
              message: "Types only from contracts (and the field limits).",
            },
            {
              group: ["**/taskpane/**", "@fluentui/*"],
              message: "Use-cases, sync and commands carry no UI.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/addin/platform/office/**/*.ts", "src/addin/platform/storage/**/*.ts"],
    rules: { "no-restricted-globals": "off" },
  },
  {
    files: ["src/store/services/**/*.ts"],
    rules: { "no-restricted-imports": ["error", storeServiceImports(serviceShape)] },
  },
  {
    // The one service that owns transactions: the idempotent write every route's change goes through.
    files: ["src/store/services/write-once.ts"],
    rules: { "no-restricted-imports": ["error", storeServiceImports()] },
  },
  {
    // src/store/http holds the HTTP concerns around the routes (hooks, headers, limits): the same fence.
    files: ["src/store/routes/**/*.ts", "src/store/http/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [{ name: "kysely", message: "Routes never touch Kysely: call a service." }],
          patterns: [
            { group: ["**/db/**"], allowTypeImports: true, message: "Routes never touch the database." },
          ],
        },
      ],
    },
  },
);
