// Writes the manifest for another origin: the committed manifest.xml points at https://localhost:3000 (the
// store's default); a deployment or the dev server needs its own. Only the origin changes, never the Id.
//
//   node scripts/make-manifest.mjs --base https://touchpoint.example.com [--out dist/manifest.xml]
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const COMMITTED_BASE = "https://localhost:3000";

function option(name) {
  const args = process.argv.slice(2);
  const at = args.indexOf(`--${name}`);
  if (at >= 0) return args[at + 1];
  return args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

function main() {
  const base = option("base");
  const out = resolve(option("out") ?? join(root, "dist", "manifest.xml"));
  let url;
  try {
    url = new URL(base ?? "");
  } catch {
    console.error("usage: node scripts/make-manifest.mjs --base https://host[:port][/path] [--out file]");
    return 2;
  }
  if (url.protocol !== "https:") {
    console.error(`make-manifest: ${base} is not https — Outlook loads add-ins only over https`);
    return 2;
  }
  const origin = `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
  const source = readFileSync(join(root, "manifest.xml"), "utf8");
  const count = source.split(COMMITTED_BASE).length - 1;
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, source.replaceAll(COMMITTED_BASE, origin));
  console.log(`wrote ${out}: ${count} URLs now at ${origin}`);
  return 0;
}

process.exit(main());
