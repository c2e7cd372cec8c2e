import { basename } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import { StoreError } from "../errors";

export interface StaticFilesOptions {
  /** Folder of the built add-in (webpack output). */
  root: string;
  /** Serve the `.map` files webpack writes beside the bundles (default: not served). */
  sourceMaps: boolean;
  /** The harness signs in as any demo user: it exists only where dev tokens do. */
  harness: boolean;
}

const HARNESS_PATH = /^\/harness(\.html$|\/|$)/;
/** webpack's `[name].[contenthash:8].js` (and the licence files beside them): a new name for new content. */
const HASHED = /\.[0-9a-f]{8}\.js(\.LICENSE\.txt)?$/;
const ICON = /^icon-\d+\.png$/;
/** MSAL's redirect bridge page (src/addin/platform/auth/auth-redirect-entry.ts). */
const REDIRECT_BRIDGE = "auth-redirect.html";

/**
 * How long a browser may keep a file: hashed bundles forever (their name changes with their content),
 * icons a day (Outlook caches add-in command icons and Microsoft requires them cacheable), everything
 * else — pages, the manifest, the fixed-name event runtime — revalidated on every load. The sign-in redirect
 * bridge carries an authorization code in its address: nothing may keep a copy of it.
 */
export function cacheControlFor(path: string): string {
  const name = basename(path);
  if (name === REDIRECT_BRIDGE) return "no-store";
  if (HASHED.test(name)) return "public, max-age=31536000, immutable";
  if (ICON.test(name)) return "public, max-age=86400";
  return "no-cache";
}

/** The built add-in at /, with caching per kind of file; source maps only when asked for. */
export async function serveStaticFiles(app: FastifyInstance, options: StaticFilesOptions): Promise<void> {
  if (!options.harness) {
    app.addHook("onRequest", async (req) => {
      if (HARNESS_PATH.test(req.url.split("?")[0] ?? "")) throw new StoreError("STORE_NOT_FOUND");
    });
  }
  await app.register(fastifyStatic, {
    root: options.root,
    prefix: "/",
    cacheControl: false,
    allowedPath: (path) => options.sourceMaps || !path.endsWith(".map"),
    setHeaders: (res, path) => res.setHeader("cache-control", cacheControlFor(path)),
  });
}
