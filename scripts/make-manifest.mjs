// Writes the manifests from their one description (scripts/manifest/touchpoint-addin.mjs): manifest.xml,
// manifest.json and manifest.ru-ru.json. Without --base they point at the https dev server, as committed;
// --check compares instead of writing (npm test runs it, so the committed files never drift).
//
//   node scripts/make-manifest.mjs [--base https://host[:port][/path]] [--out DIR] [--check]
//        [--website URL] [--privacy URL] [--terms URL]
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { manifestFiles, parseBaseUrl } from "./manifest/manifest-files.mjs";
import { addin, DEV_BASE_URL } from "./manifest/touchpoint-addin.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

function option(args, name) {
  const at = args.indexOf(`--${name}`);
  if (at >= 0) return args[at + 1];
  return args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

/** The `--website`, `--privacy` and `--terms` URLs given, each checked to be https. */
export function linkOverrides(args) {
  const overrides = {};
  for (const name of ["website", "privacy", "terms"]) {
    const value = option(args, name);
    if (value === undefined) continue;
    const parsed = parseBaseUrl(value.replace(/#.*$/, ""));
    if (!parsed.ok) return { ok: false, message: `--${name}: ${parsed.message}` };
    overrides[name] = value;
  }
  return { ok: true, value: overrides };
}

function main(args) {
  const base = parseBaseUrl(option(args, "base") ?? DEV_BASE_URL);
  const links = linkOverrides(args);
  for (const problem of [base, links].filter((r) => !r.ok)) {
    console.error(`make-manifest: ${problem.message}`);
    return 2;
  }
  const out = resolve(option(args, "out") ?? root);
  const files = manifestFiles(base.value, links.value);
  if (args.includes("--check")) {
    const stale = files.filter((f) => {
      const path = join(out, f.path);
      return !existsSync(path) || readFileSync(path, "utf8") !== f.content;
    });
    for (const f of stale) console.error(`${f.path} differs from what its description generates`);
    if (stale.length > 0) console.error("Run `node scripts/make-manifest.mjs` and commit the result.");
    else console.log(`${files.map((f) => f.path).join(", ")}: as generated for ${base.value}`);
    return stale.length > 0 ? 1 : 0;
  }
  mkdirSync(out, { recursive: true });
  for (const f of files) writeFileSync(join(out, f.path), f.content);
  // Elsewhere than the project, the folder gets manifest.json's package icons too: it is a whole package.
  if (out !== root)
    for (const icon of [addin.icons.color.file, addin.icons.outline.file]) {
      mkdirSync(dirname(join(out, icon)), { recursive: true });
      copyFileSync(join(root, icon), join(out, icon));
    }
  console.log(
    `wrote ${files.map((f) => relative(process.cwd(), join(out, f.path)) || f.path).join(", ")} for ${base.value}`,
  );
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  process.exit(main(process.argv.slice(2)));
