// Where `npm start` finds its TLS certificate: none by default (plain http on 127.0.0.1, enough for the
// harness), the files named by TOUCHPOINT_TLS_CERT and TOUCHPOINT_TLS_KEY, or with --https
// (`npm run start:https`) the trusted localhost certificate of office-addin-dev-certs, which Outlook accepts
// for https://localhost:3000, the address of the committed manifests.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** The dev certificate's files, made and trusted first when missing (the first run asks to install its CA). */
async function devCertificate() {
  const devCerts = require("office-addin-dev-certs");
  const defaults = require("office-addin-dev-certs/lib/defaults");
  await devCerts.ensureCertificatesAreInstalled();
  return { cert: defaults.localhostCertificatePath, key: defaults.localhostKeyPath };
}

/**
 * `{ scheme, tls? }` for this start: `https` is the --https flag, `env` the environment; `ensureDevCertificate`
 * is office-addin-dev-certs unless a test hands in another.
 */
export async function startTls({ https, env }, ensureDevCertificate = devCertificate) {
  if (env.TOUCHPOINT_TLS_CERT && env.TOUCHPOINT_TLS_KEY)
    return { scheme: "https", tls: { cert: env.TOUCHPOINT_TLS_CERT, key: env.TOUCHPOINT_TLS_KEY } };
  if (!https) return { scheme: "http" };
  return { scheme: "https", tls: await ensureDevCertificate() };
}
