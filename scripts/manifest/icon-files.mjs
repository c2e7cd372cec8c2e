// The icons the manifests name: files under assets/ (served at <base>/assets/…) and the unified manifest's
// package icons, read without an image library.
import { Buffer } from "node:buffer";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { inflateSync } from "node:zlib";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Width and height of a PNG file, or undefined when it is not one. */
export function pngSize(file) {
  const b = readFileSync(file);
  if (b.length < 24 || b.toString("ascii", 1, 4) !== "PNG") return undefined;
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** The file behind an icon URL: the add-in may sit under a path prefix, the icon is what follows /assets/. */
function servedFile(url) {
  let path;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  const at = path.lastIndexOf("/assets/");
  return at < 0 ? undefined : join(repoRoot, decodeURIComponent(path.slice(at + 1)));
}

/** Adds a problem unless `url` names a PNG under assets/ of exactly `pixels` × `pixels`. */
export function checkServedIcon(url, pixels, where, problems) {
  const file = servedFile(url);
  if (file === undefined) return problems.push(`${where}: icon ${url} is not served from /assets/`);
  checkIconFile(file, pixels, where, problems);
}

/** Adds a problem unless `file` is a PNG of exactly `pixels` × `pixels`. */
export function checkIconFile(file, pixels, where, problems) {
  const shown = relative(repoRoot, file).startsWith("..") ? file : relative(repoRoot, file);
  if (!existsSync(file)) return problems.push(`${where}: icon file ${shown} does not exist`);
  const png = pngSize(file);
  if (!png) return problems.push(`${where}: ${shown} is not a PNG`);
  if (png.width !== pixels || png.height !== pixels)
    problems.push(`${where}: ${shown} is ${png.width}×${png.height}, expected ${pixels}×${pixels}`);
}

const paeth = (a, b, c) => {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
};

/** The RGBA pixels of an 8-bit RGBA, non-interlaced PNG, or undefined for any other kind. */
export function rgbaPixels(file) {
  const b = readFileSync(file);
  const size = pngSize(file);
  if (!size || b[24] !== 8 || b[25] !== 6 || b[28] !== 0) return undefined;
  const chunks = [];
  for (let at = 8; at < b.length;) {
    const length = b.readUInt32BE(at);
    if (b.toString("ascii", at + 4, at + 8) === "IDAT") chunks.push(b.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(chunks));
  const stride = size.width * 4;
  const out = Buffer.alloc(stride * size.height);
  for (let y = 0; y < size.height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x];
      const left = x >= 4 ? out[y * stride + x - 4] : 0;
      const up = y > 0 ? out[(y - 1) * stride + x] : 0;
      const upLeft = x >= 4 && y > 0 ? out[(y - 1) * stride + x - 4] : 0;
      const predicted = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter] ?? 0;
      out[y * stride + x] = (value + predicted) & 0xff;
    }
  }
  return out;
}
