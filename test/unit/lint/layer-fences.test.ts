import { execFileSync } from "node:child_process";
import path from "node:path";

// The project's own lint configuration, run on code that crosses a boundary, placed where it would live.
// ESLint loads its flat config as an ES module, which jest's CommonJS runtime cannot, so the cases are
// linted in one Node process through ESLint's API.
const root = path.resolve(__dirname, "../../..");
const cases: Array<{ file: string; code: string }> = [];
let results: string[][] | undefined;

function lint(): string[][] {
  const script = `
    import { ESLint } from "eslint";
    const eslint = new ESLint({ cwd: process.cwd() });
    const cases = JSON.parse(process.argv[1]);
    const out = [];
    for (const { file, code } of cases) {
      const [result] = await eslint.lintText(code, { filePath: file });
      out.push(result.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message));
    }
    process.stdout.write(JSON.stringify(out));`;
  const input = JSON.stringify(cases.map(({ file, code }) => ({ file: path.join(root, file), code })));
  return JSON.parse(
    execFileSync(process.execPath, ["--input-type=module", "-e", script, input], {
      cwd: root,
      encoding: "utf8",
    }),
  ) as string[][];
}

/** Registers a case now (all are linted together, once) and returns its messages when asked. */
function restrictedImports(file: string, code: string): () => string[] {
  const index = cases.push({ file, code }) - 1;
  return () => (results ??= lint())[index] ?? [];
}

const fence = "Only platform/ and the composition roots import platform code";
const platformImport = (from: string) =>
  `import { createOfficeMailbox } from "${from}/office/create-office-mailbox";\nvoid createOfficeMailbox;\n`;

describe("lint fences between the add-in's layers", () => {
  const layers = [
    "src/addin/use-cases/new-use-case.ts",
    "src/addin/sync/new-sync-part.ts",
    "src/addin/commands/new-command.ts",
    "src/addin/launchevent/new-handler.ts",
  ].map((file) => [file, restrictedImports(file, platformImport("../platform"))] as const);
  test.each(layers)("%s may not import platform code by path", (_file, messages) => {
    expect(messages()).toEqual([expect.stringContaining(fence)]);
  });

  const view = restrictedImports("src/addin/taskpane/log/new-view.tsx", platformImport("../../platform"));
  test("a taskpane view may not import platform code by path", () => {
    expect(view()).toEqual([expect.stringContaining(fence)]);
  });

  const typeOnly = restrictedImports(
    "src/addin/use-cases/new-use-case.ts",
    'import type { OfficeAsyncCall } from "../platform/office/office-async";\nexport type X = OfficeAsyncCall<string>;\n',
  );
  test("a type-only import of platform code is refused too", () => {
    expect(typeOnly()).toEqual([expect.stringContaining(fence)]);
  });

  const roots = ["src/addin/composition.ts", "src/addin/outbox-sync.ts"].map(
    (file) => [file, restrictedImports(file, platformImport("./platform"))] as const,
  );
  roots.push([
    "src/addin/commands/index.ts",
    restrictedImports("src/addin/commands/index.ts", platformImport("../platform")),
  ]);
  test.each(roots)("the composition root %s may import platform code", (_file, messages) => {
    expect(messages()).toEqual([]);
  });

  const adapter = restrictedImports(
    "src/addin/platform/office/new-adapter.ts",
    'import { officeAsync } from "./office-async";\nvoid officeAsync;\n',
  );
  test("platform code may import other platform code", () => {
    expect(adapter()).toEqual([]);
  });

  const domain = restrictedImports(
    "src/domain/new-rule.ts",
    'import { createSyncEngine } from "../addin/sync/sync-engine";\nvoid createSyncEngine;\n',
  );
  test("pure domain code may not import the add-in", () => {
    expect(domain()).toEqual([expect.stringContaining("Pure layers import nothing above them")]);
  });
});

describe("lint fences around the store's services", () => {
  const databaseImport =
    'import type { StoreDatabase } from "../db/create-database";\nexport type X = StoreDatabase;\n';
  const service = restrictedImports("src/store/services/new-service.ts", databaseImport);
  test("a service may not take the database handle, only the caller's repositories", () => {
    expect(service()).toEqual([expect.stringContaining("(repos, principal, ...input)")]);
  });

  const writeOnce = restrictedImports("src/store/services/write-once.ts", databaseImport);
  test("write-once, which owns the transaction, may take the database handle", () => {
    expect(writeOnce()).toEqual([]);
  });
});
