// The unified manifest's checks, offline: Microsoft's JSON schema for the manifest and for its localization
// files, as shipped in @microsoft/app-manifest, then the rules the schema cannot express.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { checkIconFile, checkServedIcon, rgbaPixels } from "./icon-files.mjs";
import { LOCALIZATION_SCHEMA_URL, MANIFEST_VERSION, SCHEMA_URL } from "./unified-manifest.mjs";

const require = createRequire(import.meta.url);
const { AppManifestUtils } = require("@microsoft/app-manifest");
const { default: AjvDraft04 } = require("ajv-draft-04");
const { default: addFormats } = require("ajv-formats");
const schemaDir = join(
  dirname(require.resolve("@microsoft/app-manifest/package.json")),
  "build",
  "json-schemas",
  "teams",
  `v${MANIFEST_VERSION}`,
);
const readJson = (file) => JSON.parse(readFileSync(file, "utf8"));
const schemas = {
  manifest: readJson(join(schemaDir, "MicrosoftTeams.schema.json")),
  localization: readJson(join(schemaDir, "MicrosoftTeams.Localization.schema.json")),
};
const COLOR = 192;
const OUTLINE = 32;

/** Every string leaf of a JSON value with its path in the localization files' notation (`a.b[0].c`). */
function* leaves(node, path = "") {
  if (typeof node === "string") yield [path, node];
  else if (Array.isArray(node)) for (const [i, item] of node.entries()) yield* leaves(item, `${path}[${i}]`);
  else if (node !== null && typeof node === "object")
    for (const [key, value] of Object.entries(node)) yield* leaves(value, path ? `${path}.${key}` : key);
}

/** The paths a localization file may translate: those its schema names that hold text, not a URL. */
function localizable(manifest) {
  const { properties, patternProperties } = schemas.localization;
  const patterns = Object.keys(patternProperties).map((p) => new RegExp(p));
  return [...leaves(manifest)]
    .filter(
      ([path, value]) =>
        !/^https?:\/\//.test(value) && (path in properties || patterns.some((p) => p.test(path))),
    )
    .map(([path]) => path);
}

const schemaProblems = async (value, schema, label) =>
  (await AppManifestUtils.validateAgainstSchema(value, schema)).map((e) => `${label} schema: ${e}`);

// The localization schema writes `\b]` in a pattern, valid only as a non-Unicode regular expression, so
// @microsoft/app-manifest's Ajv (Unicode patterns) cannot compile it: this one reads patterns as JSON
// Schema draft 4 did, as plain ECMAScript regular expressions.
const localizationAjv = new AjvDraft04({ allErrors: true, strictTypes: false, unicodeRegExp: false });
addFormats(localizationAjv, ["uri", "email", "regex"]);
const validateLocalization = localizationAjv.compile(schemas.localization);

function localizationSchemaProblems(strings, label) {
  if (validateLocalization(strings)) return [];
  return (validateLocalization.errors ?? []).map(
    (e) => `${label} schema: ${e.instancePath} ${e.message ?? ""}. Details: ${JSON.stringify(e.params)}`,
  );
}

function localizationProblems(manifest, dir) {
  const wanted = localizable(manifest);
  return (manifest.localizationInfo?.additionalLanguages ?? []).map(async ({ languageTag, file }) => {
    const path = join(dir, file);
    if (!existsSync(path)) return [`${languageTag}: localization file ${file} does not exist`];
    const strings = readJson(path);
    const problems = localizationSchemaProblems(strings, file);
    if (strings.$schema !== LOCALIZATION_SCHEMA_URL)
      problems.push(`${file}: $schema is ${strings.$schema}, expected ${LOCALIZATION_SCHEMA_URL}`);
    const keys = Object.keys(strings).filter((key) => key !== "$schema");
    for (const key of wanted.filter((k) => !keys.includes(k)))
      problems.push(`${file}: "${key}" is not translated`);
    for (const key of keys.filter((k) => !wanted.includes(k)))
      problems.push(`${file}: "${key}" names no text of the manifest`);
    return problems;
  });
}

function iconProblems(manifest, dir) {
  const problems = [];
  checkIconFile(join(dir, manifest.icons.color), COLOR, "icons.color", problems);
  checkIconFile(join(dir, manifest.icons.outline), OUTLINE, "icons.outline", problems);
  const outline =
    existsSync(join(dir, manifest.icons.outline)) && rgbaPixels(join(dir, manifest.icons.outline));
  if (outline === undefined) problems.push("icons.outline: not an 8-bit RGBA PNG (it needs transparency)");
  else if (outline) {
    for (let at = 0; at < outline.length; at += 4) {
      const [r, g, b, a] = outline.subarray(at, at + 4);
      if (a > 0 && Math.min(r, g, b) < 250) {
        problems.push("icons.outline: has a pixel that is neither white nor transparent");
        break;
      }
    }
  }
  for (const [path, icon] of [...iconsOf(manifest)]) {
    // The high-resolution alternate icon is the 2× image of its size (Microsoft's converter writes the XML
    // manifest's 128 px HighResolutionIconUrl as size 64, the schema's sizes stopping at 80).
    const scale = path.endsWith("alternateIcons.highResolutionIcon") ? 2 : (icon.scale ?? 1);
    checkServedIcon(icon.url, icon.size * scale, path, problems);
  }
  return problems;
}

function* iconsOf(node, path = "") {
  if (Array.isArray(node)) for (const [i, item] of node.entries()) yield* iconsOf(item, `${path}[${i}]`);
  else if (node !== null && typeof node === "object") {
    if (typeof node.url === "string" && typeof node.size === "number") yield [path, node];
    for (const [key, value] of Object.entries(node)) yield* iconsOf(value, path ? `${path}.${key}` : key);
  }
}

function actionProblems(manifest) {
  const problems = [];
  for (const [i, extension] of (manifest.extensions ?? []).entries()) {
    const ids = (extension.runtimes ?? []).flatMap((r) => (r.actions ?? []).map((a) => a.id));
    for (const id of new Set(ids))
      if (ids.filter((other) => other === id).length > 1) problems.push(`action id "${id}" is used twice`);
    for (const [path, value] of leaves(extension, `extensions[${i}]`))
      if (path.endsWith(".actionId") && !ids.includes(value))
        problems.push(`${path}: "${value}" is no action of any runtime`);
  }
  return problems;
}

function urlProblems(manifest, production) {
  const problems = [];
  for (const [path, value] of leaves(manifest)) {
    if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(value) || path === "$schema") continue;
    if (!value.startsWith("https://")) problems.push(`${path}: ${value}: URLs must be https`);
    else if (production && /^https:\/\/(localhost|127\.|\[::1\])/i.test(value))
      problems.push(`${path}: ${value} points at this machine, not the deployment`);
  }
  return problems;
}

/**
 * Every problem of manifest.json at `path` (its localization files and package icons beside it); [] when
 * valid. `production` also refuses URLs on localhost, as a package for an organisation must.
 */
export async function validateUnifiedManifest(path, { production = false } = {}) {
  let manifest;
  try {
    manifest = readJson(path);
  } catch (error) {
    return [`not readable JSON: ${error.message}`];
  }
  const dir = dirname(path);
  const problems = await schemaProblems(manifest, schemas.manifest, "manifest");
  if (manifest.$schema !== SCHEMA_URL || manifest.manifestVersion !== MANIFEST_VERSION)
    problems.push(`$schema and manifestVersion must name ${MANIFEST_VERSION}, the schema this check uses`);
  for (const found of await Promise.all(localizationProblems(manifest, dir))) problems.push(...found);
  if (manifest.icons?.color && manifest.icons?.outline) problems.push(...iconProblems(manifest, dir));
  problems.push(...actionProblems(manifest), ...urlProblems(manifest, production));
  return problems;
}
