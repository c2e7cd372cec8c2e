// `npm run package`: the app package an administrator uploads to the Microsoft 365 admin center (or Teams):
// a zip of manifest.json, its ru-RU localization and the color and outline icons, generated for the
// deployment's address, validated before zipping and again as unzipped. Beside it, manifest.xml for the
// same address, for the clients that still need the XML manifest (Outlook on Mac, perpetual Office).
//
//   npm run package -- --base https://touchpoint.example.com [--out DIR] [--website|--privacy|--terms URL]
//   exit 0 written and valid, 1 invalid, 2 usage
import AdmZip from "adm-zip";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { repoRoot } from "./manifest/icon-files.mjs";
import { manifestFiles, parseBaseUrl } from "./manifest/manifest-files.mjs";
import { addin, EXAMPLE_BASE_URL } from "./manifest/touchpoint-addin.mjs";
import { validateUnifiedManifest } from "./manifest/validate-unified.mjs";
import { validateXmlManifest } from "./manifest/validate-xml.mjs";
import { linkOverrides } from "./make-manifest.mjs";

const option = (args, name) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
};

/** The files of the zip, by their path inside it: generated manifests and the icons under assets/. */
function stage(dir, files) {
  const entries = [];
  for (const file of files.filter((f) => f.path.endsWith(".json"))) {
    writeFileSync(join(dir, file.path), file.content);
    entries.push(file.path);
  }
  for (const icon of [addin.icons.color.file, addin.icons.outline.file]) {
    mkdirSync(dirname(join(dir, icon)), { recursive: true });
    copyFileSync(join(repoRoot, icon), join(dir, icon));
    entries.push(icon);
  }
  return entries;
}

function report(label, problems) {
  if (problems.length === 0) return true;
  console.error(`${label}: ${problems.length} problem(s)`);
  for (const p of problems) console.error(`  - ${p}`);
  return false;
}

async function main(args) {
  const given = option(args, "base");
  const base = parseBaseUrl(given ?? EXAMPLE_BASE_URL);
  const links = linkOverrides(args);
  for (const problem of [base, links].filter((r) => !r.ok)) {
    console.error(`package: ${problem.message}`);
    return 2;
  }
  if (given === undefined)
    console.warn(
      `package: no --base given, so the package points at ${EXAMPLE_BASE_URL}; give your deployment's.`,
    );
  const out = resolve(option(args, "out") ?? join(repoRoot, "build", "app-package"));
  const files = manifestFiles(base.value, links.value);
  const staged = mkdtempSync(join(tmpdir(), "touchpoint-package-"));
  const unpacked = mkdtempSync(join(tmpdir(), "touchpoint-unpacked-"));
  try {
    const entries = stage(staged, files);
    const xml = files.find((f) => f.path === "manifest.xml").content;
    const valid =
      report(
        "manifest.json",
        await validateUnifiedManifest(join(staged, "manifest.json"), { production: true }),
      ) && report("manifest.xml", await validateXmlManifest(xml, "manifest.xml", { production: true }));
    if (!valid) return 1;

    const zip = new AdmZip();
    for (const entry of entries) zip.addFile(entry, readFileSync(join(staged, entry)));
    mkdirSync(out, { recursive: true });
    const zipPath = join(out, `touchpoint-${addin.version}.zip`);
    zip.writeZip(zipPath);
    writeFileSync(join(out, "manifest.xml"), xml);

    // What the admin center will read is the zip, so the zip is what gets checked last.
    new AdmZip(zipPath).extractAllTo(unpacked, true);
    const repacked = new AdmZip(zipPath).getEntries().map((e) => e.entryName);
    const problems = await validateUnifiedManifest(join(unpacked, "manifest.json"), { production: true });
    const missing = entries.filter((e) => !repacked.includes(e));
    if (missing.length > 0) problems.push(`the zip lacks ${missing.join(", ")}`);
    if (!report(`${relative(process.cwd(), zipPath)} (unzipped)`, problems)) return 1;

    console.log(`${relative(process.cwd(), zipPath)}: valid app package for ${base.value}`);
    for (const entry of repacked) console.log(`  ${entry}`);
    console.log(
      `${relative(process.cwd(), join(out, "manifest.xml"))}: valid XML manifest for the same address`,
    );
    return 0;
  } finally {
    rmSync(staged, { recursive: true, force: true });
    rmSync(unpacked, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(`package: ${error.stack ?? error}`);
    process.exit(2);
  },
);
