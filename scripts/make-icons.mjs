// Draws Touchpoint's mark — a white ring around a dot (a point being touched) on a rounded blue square —
// and writes it as PNGs at every size the manifests name (scripts/manifest/touchpoint-addin.mjs), plus
// the unified manifest's outline icon: the ring and dot alone, white on transparent. No image library:
// the shapes are signed-distance tests, supersampled for smooth edges, and the PNG is encoded with zlib.
//
//   node scripts/make-icons.mjs [outDir]      (default: assets/)
import { Buffer } from "node:buffer";
import { deflateSync } from "node:zlib";
import { mkdirSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { addin, iconFile } from "./manifest/touchpoint-addin.mjs";

const { icons } = addin;
/** Every pixel size a manifest names: app, command and mobile icons (each mobile size at each scale). */
export const ICON_SIZES = [
  ...new Set([
    icons.app,
    icons.appHighResolution,
    ...icons.command,
    ...icons.mobile.flatMap((size) => icons.mobileScales.map((scale) => size * scale)),
  ]),
].sort((a, b) => a - b);
const BRAND = [15, 108, 189]; // Fluent's communication blue, readable in light and dark Outlook themes
const WHITE = [255, 255, 255];
const SAMPLES = 4; // 4×4 subpixels per pixel

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Encodes RGBA pixels (row-major, 4 bytes each) as a PNG file. */
function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// Shapes in unit coordinates (0..1, centre 0.5): which colour a point has, or none (transparent).
function markAt(x, y) {
  const half = 0.5;
  const radius = 0.2;
  const qx = Math.max(Math.abs(x - half) - (half - radius), 0);
  const qy = Math.max(Math.abs(y - half) - (half - radius), 0);
  if (Math.hypot(qx, qy) > radius) return undefined;
  const r = Math.hypot(x - half, y - half);
  if (r <= 0.11) return WHITE;
  if (r >= 0.22 && r <= 0.31) return WHITE;
  return BRAND;
}

/** The outline icon: the ring and the dot in white, everything else transparent. */
function outlineAt(x, y) {
  const colour = markAt(x, y);
  return colour === WHITE ? WHITE : undefined;
}

/** Renders a shape at one size as RGBA pixels. */
function draw(size, colourAt) {
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const c = colourAt((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
      const at = (py * size + px) * 4;
      if (a > 0) {
        pixels[at] = Math.round(r / a);
        pixels[at + 1] = Math.round(g / a);
        pixels[at + 2] = Math.round(b / a);
      }
      pixels[at + 3] = Math.round((255 * a) / (SAMPLES * SAMPLES));
    }
  }
  return pixels;
}

function main() {
  const outDir = process.argv[2] ?? "assets";
  mkdirSync(outDir, { recursive: true });
  const images = [
    ...ICON_SIZES.map((size) => ({ name: basename(iconFile(size)), size, shape: markAt })),
    { name: basename(icons.color.file), size: icons.color.size, shape: markAt },
    { name: basename(icons.outline.file), size: icons.outline.size, shape: outlineAt },
  ];
  for (const { name, size, shape } of images) {
    const file = join(outDir, name);
    writeFileSync(file, encodePng(size, size, draw(size, shape)));
    console.log(`wrote ${file}`);
  }
}

main();
