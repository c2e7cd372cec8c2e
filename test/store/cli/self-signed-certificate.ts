import { spawnSync } from "node:child_process";
import { join } from "node:path";

/** Whether `openssl` is on this machine: the HTTPS tests make their certificate with it, or are skipped. */
export const hasOpenssl = spawnSync("openssl", ["version"]).status === 0;

/** A one-day self-signed certificate for localhost, written into `dir`. */
export function selfSignedCertificate(dir: string): { cert: string; key: string } {
  const cert = join(dir, "localhost.crt");
  const key = join(dir, "localhost.key");
  const made = spawnSync("openssl", [
    "req",
    "-x509",
    "-newkey",
    "rsa:2048",
    "-nodes",
    "-days",
    "1",
    "-subj",
    "/CN=localhost",
    "-keyout",
    key,
    "-out",
    cert,
  ]);
  if (made.status !== 0) throw new Error(`openssl could not make a certificate: ${made.stderr.toString()}`);
  return { cert, key };
}
