// Validates the add-in's manifests offline: manifest.xml against Microsoft's XSDs
// (scripts/manifest/validate-xml.mjs), manifest.json and its localization files against the unified
// manifest's JSON schemas from @microsoft/app-manifest (scripts/manifest/validate-unified.mjs), each
// followed by the rules the schemas cannot express.
//
//   node scripts/validate-manifest.mjs [--production] [file.xml|file.json ...]
//        (default: manifest.xml and manifest.json; --production refuses URLs on localhost)
//   exit 0 valid, 1 invalid, 2 could not run
import { readFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { repoRoot } from "./manifest/icon-files.mjs";
import { validateUnifiedManifest } from "./manifest/validate-unified.mjs";
import { validateXmlManifest } from "./manifest/validate-xml.mjs";

/** The problems of one manifest file, by its extension. */
export async function manifestProblems(file, options = {}) {
  if (file.endsWith(".json")) return validateUnifiedManifest(file, options);
  return validateXmlManifest(readFileSync(file, "utf8"), relative(process.cwd(), file) || file, options);
}

async function main(args) {
  const production = args.includes("--production");
  const named = args.filter((a) => !a.startsWith("--"));
  const files = (named.length > 0 ? named : ["manifest.xml", "manifest.json"]).map((f) =>
    resolve(named.length > 0 ? process.cwd() : repoRoot, f),
  );
  let invalid = 0;
  for (const file of files) {
    const shown = relative(process.cwd(), file) || file;
    const problems = await manifestProblems(file, { production });
    if (problems.length === 0) {
      console.log(`${shown}: valid`);
      continue;
    }
    invalid += 1;
    console.error(`${shown}: ${problems.length} problem(s)`);
    for (const p of problems) console.error(`  - ${p}`);
  }
  return invalid > 0 ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname))
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      console.error(`validate-manifest: ${error.stack ?? error}`);
      process.exit(2);
    },
  );
