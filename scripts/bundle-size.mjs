// The taskpane's initial JS as a user downloads it: the scripts built into dist/taskpane.html (the
// entry's initial chunks, office.js from the CDN excluded), gzip-compressed. Lazy views are not counted.
//
//   node scripts/bundle-size.mjs [--json] [distDir]      (after `npm run build`)
import { existsSync, readFileSync } from "node:fs";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Initial scripts of a built page (local files only) with their raw and gzip sizes in bytes. */
export function pageInitialJs(distDir, page = "taskpane.html") {
  const htmlFile = join(distDir, page);
  if (!existsSync(htmlFile)) throw new Error(`${htmlFile} is missing: run npm run build first`);
  const html = readFileSync(htmlFile, "utf8");
  const sources = [...html.matchAll(/<script\b[^>]*\bsrc\s*=\s*["']?([^"'\s>]+)/gi)].map((m) => m[1]);
  const files = sources
    .filter((src) => !/^[a-z]+:\/\//i.test(src) && !src.startsWith("//"))
    .map((src) => {
      const bytes = readFileSync(join(distDir, src.replace(/^\.?\//, "").split(/[?#]/)[0]));
      return { file: src, bytes: bytes.length, gzipBytes: gzipSync(bytes).length };
    });
  const total = (key) => files.reduce((sum, f) => sum + f[key], 0);
  return { page, files, bytes: total("bytes"), gzipBytes: total("gzipBytes") };
}

const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;

function main() {
  const args = process.argv.slice(2);
  const distDir = resolve(args.find((a) => !a.startsWith("--")) ?? join(root, "dist"));
  const size = pageInitialJs(distDir);
  if (args.includes("--json")) {
    console.log(JSON.stringify({ ...size, gzipKB: kb(size.gzipBytes), rawKB: kb(size.bytes) }));
    return;
  }
  console.log(
    `taskpane initial JS: ${kb(size.gzipBytes)} KB gzip (${kb(size.bytes)} KB raw, office.js excluded)`,
  );
  for (const f of size.files)
    console.log(`  ${f.file.padEnd(32)} ${String(kb(f.gzipBytes)).padStart(7)} KB gzip`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) main();
