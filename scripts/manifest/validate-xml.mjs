// The XML manifest's checks: Microsoft's XSDs (schemas/office-manifest, through xmllint compiled to
// WebAssembly, so no native tool is needed), then the rules the schema cannot express and that Outlook or
// AppSource reject at sideload/submission time.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { validateXML } from "xmllint-wasm";
import { checkServedIcon, repoRoot } from "./icon-files.mjs";

const root = repoRoot;
const schemaDir = join(root, "schemas", "office-manifest");
const MAIN_SCHEMA = "OfficeAppManifestV1_1.xsd";
const MAX_RESID = 32;
const SECOND_LOCALE = "ru-RU";
// Sizes Outlook asks for: IconUrl 64 px, HighResolutionIconUrl 128 px; command icons carry their own size
// (times their scale on mobile).
const TOP_ICON_SIZES = { IconUrl: 64, HighResolutionIconUrl: 128 };

async function schemaProblems(xml, fileName) {
  const files = readdirSync(schemaDir).filter((f) => f.endsWith(".xsd"));
  const load = (f) => ({ fileName: f, contents: readFileSync(join(schemaDir, f), "utf8") });
  const result = await validateXML({
    xml: [{ fileName, contents: xml }],
    schema: [load(MAIN_SCHEMA)],
    // The XSDs import each other by relative name; xmllint-wasm does no I/O, so all of them are preloaded.
    preload: files.filter((f) => f !== MAIN_SCHEMA).map(load),
  });
  return result.valid ? [] : result.errors.map((e) => `schema: ${e.rawMessage}`);
}

const ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const decode = (s) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e) =>
    e[0] === "#"
      ? String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
      : (ENTITIES[e] ?? m),
  );

// A minimal element tree. It only ever sees documents xmllint has already parsed (or reported as broken),
// so it needs no error recovery — just elements, attributes and text.
function parseTree(xml) {
  const body = xml.replace(/<!--[\s\S]*?-->/g, "").replace(/<\?[\s\S]*?\?>/g, "");
  const top = { name: "#document", attrs: {}, children: [], text: "" };
  const stack = [top];
  const tag = /<(\/?)([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
  for (const m of body.matchAll(tag)) {
    const parent = stack[stack.length - 1];
    if (m[5] !== undefined) {
      parent.text += decode(m[5]);
    } else if (m[1]) {
      stack.pop();
    } else {
      const attrs = {};
      for (const a of m[3].matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
        attrs[a[1]] = decode(a[2] ?? a[3]);
      const el = { name: m[2], attrs, children: [], text: "", parent };
      parent.children.push(el);
      if (!m[4]) stack.push(el);
    }
  }
  return top;
}

const local = (el) => el.name.replace(/^.*:/, "");
function* walk(el, { into = () => true } = {}) {
  for (const c of el.children) {
    yield c;
    if (into(c)) yield* walk(c, { into });
  }
}
const isOverrides = (el) => local(el) === "VersionOverrides";

function checkLocales(el, label, maxLength, problems) {
  const values = [el.attrs.DefaultValue ?? "", ...el.children.map((o) => o.attrs.Value ?? "")];
  if (!el.children.some((o) => local(o) === "Override" && o.attrs.Locale === SECOND_LOCALE))
    problems.push(`${label}: no ${SECOND_LOCALE} <Override> for "${el.attrs.DefaultValue}"`);
  for (const v of values)
    if (maxLength && [...v].length > maxLength) problems.push(`${label}: "${v}" is longer than ${maxLength}`);
}

function checkScope(scope, inherited, problems) {
  const own = (el) => !isOverrides(el);
  const resources = [...walk(scope, { into: own })].find((el) => local(el) === "Resources");
  const defined = new Map(inherited);
  const here = [];
  for (const res of resources ? walk(resources) : []) {
    if (!["Image", "Url", "String"].includes(local(res)) || res.attrs.id === undefined) continue;
    const id = res.attrs.id;
    if (here.includes(id)) problems.push(`resource id "${id}" is defined twice`);
    if (id.length > MAX_RESID) problems.push(`resource id "${id}" is longer than ${MAX_RESID} characters`);
    here.push(id);
    defined.set(id, res);
    if (local(res) === "String") checkLocales(res, `string "${id}"`, 0, problems);
  }
  const used = new Set();
  for (const el of walk(scope)) if (el.attrs.resid !== undefined) used.add(el.attrs.resid);
  for (const el of walk(scope, { into: own })) {
    const id = el.attrs.resid;
    if (id === undefined) continue;
    if (id.length > MAX_RESID) problems.push(`resid "${id}" is longer than ${MAX_RESID} characters`);
    if (!defined.has(id)) problems.push(`<${local(el)} resid="${id}"> refers to no resource`);
    if (local(el) === "Image" && el.attrs.size && local(defined.get(id) ?? el) === "Image") {
      const pixels = Number(el.attrs.size) * Number(el.attrs.scale ?? 1);
      checkServedIcon(defined.get(id).attrs.DefaultValue, pixels, `icon "${id}"`, problems);
    }
  }
  for (const id of here) if (!used.has(id)) problems.push(`resource "${id}" is defined but never used`);
  const runtimes = new Set(
    [...walk(scope, { into: own })].filter((e) => local(e) === "Runtime").map((e) => e.attrs.resid),
  );
  for (const ep of walk(scope, { into: own })) {
    if (local(ep) !== "ExtensionPoint" || ep.attrs["xsi:type"] !== "LaunchEvent") continue;
    const source = ep.children.find((c) => local(c) === "SourceLocation")?.attrs.resid;
    if (!runtimes.has(source))
      problems.push(`LaunchEvent's SourceLocation "${source}" is not a <Runtime> resid`);
  }
  const controls = [...walk(scope, { into: own })]
    .filter((e) => local(e) === "Control")
    .map((e) => e.attrs.id);
  for (const id of new Set(controls))
    if (controls.filter((c) => c === id).length > 1) problems.push(`control id "${id}" is used twice`);
  for (const inner of walk(scope, { into: own }))
    if (isOverrides(inner)) checkScope(inner, defined, problems);
}

const ON_THIS_MACHINE = /^https:\/\/(localhost|127\.|\[::1\])/i;

function ruleProblems(doc, production) {
  const problems = [];
  const app = doc.children.find((el) => local(el) === "OfficeApp");
  if (!app) return ["the root element is not <OfficeApp>"];
  for (const el of [app, ...walk(app)]) {
    for (const [name, value] of Object.entries(el.attrs)) {
      if (name === "xmlns" || name.startsWith("xmlns:")) continue;
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) && !/^https:\/\//i.test(value))
        problems.push(`<${local(el)} ${name}="${value}">: URLs must be https`);
      if (production && ON_THIS_MACHINE.test(value))
        problems.push(`<${local(el)} ${name}="${value}">: points at this machine, not the deployment`);
    }
    const text = el.text.trim();
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text) && !/^https:\/\//i.test(text))
      problems.push(`<${local(el)}>${text}: URLs must be https`);
  }
  const top = (name) => app.children.find((el) => local(el) === name);
  for (const [name, max] of [
    ["DisplayName", 125],
    ["Description", 250],
  ]) {
    const el = top(name);
    if (el) checkLocales(el, name, max, problems);
  }
  for (const [name, size] of Object.entries(TOP_ICON_SIZES)) {
    const el = top(name);
    if (el) checkServedIcon(el.attrs.DefaultValue, size, name, problems);
  }
  const overrides = app.children.find(isOverrides);
  if (overrides) checkScope(overrides, new Map(), problems);
  return problems;
}

/**
 * Every problem of an XML manifest: schema first, then the rules; [] when it is valid. `production` also
 * refuses URLs on localhost, as a manifest for an organisation must.
 */
export async function validateXmlManifest(xml, fileName, { production = false } = {}) {
  const problems = await schemaProblems(xml, fileName);
  try {
    problems.push(...ruleProblems(parseTree(xml), production));
  } catch (error) {
    problems.push(`could not check the manifest's rules: ${error.message}`);
  }
  return problems;
}
