// The files a deployment's manifests consist of, generated for one base URL.
import { unifiedManifest } from "./unified-manifest.mjs";
import { xmlManifest } from "./xml-manifest.mjs";

const json = (value) => `${JSON.stringify(value, null, 2)}\n`;

/** Parses `--base`: an https URL (Outlook loads add-ins only over https), without a trailing slash. */
export function parseBaseUrl(base) {
  let url;
  try {
    url = new URL(base ?? "");
  } catch {
    return { ok: false, message: `${base} is not a URL: give --base https://host[:port][/path]` };
  }
  if (url.protocol !== "https:")
    return { ok: false, message: `${base} is not https — Outlook loads add-ins only over https` };
  if (url.search !== "" || url.hash !== "")
    return {
      ok: false,
      message: `${base} has a query or fragment; give the folder the add-in is served from`,
    };
  return { ok: true, value: `${url.origin}${url.pathname.replace(/\/+$/, "")}` };
}

/** `[{ path, content }]`: manifest.xml, manifest.json and its localization files, for `base`. */
export function manifestFiles(base, overrides = {}) {
  const unified = unifiedManifest(base, overrides);
  return [
    { path: "manifest.xml", content: xmlManifest(base, overrides) },
    { path: "manifest.json", content: json(unified.manifest) },
    ...unified.localizations.map((l) => ({ path: l.file, content: json(l.content) })),
  ];
}
