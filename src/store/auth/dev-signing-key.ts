import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

const FILE_NAME = "dev-signing-key.json";

interface StoredKey {
  alg: "HS256";
  k: string;
}

/** Where the dev signing key lives inside a data directory. */
export function devSigningKeyPath(dataDir: string): string {
  return join(dataDir, FILE_NAME);
}

/**
 * The HS256 secret that signs and verifies dev tokens, created on first use. The file is written
 * exclusively (`wx`) so two processes starting together agree on one key, and 0600 because whoever reads it
 * can mint tokens for any user.
 */
export async function loadDevSigningKey(dataDir: string): Promise<Uint8Array> {
  const path = devSigningKeyPath(dataDir);
  const existing = await readStoredKey(path);
  if (existing) return existing;
  await mkdir(dataDir, { recursive: true });
  const stored: StoredKey = { alg: "HS256", k: randomBytes(32).toString("base64url") };
  try {
    await writeFile(path, JSON.stringify(stored) + "\n", { flag: "wx", mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  const written = await readStoredKey(path);
  if (!written) throw new Error(`Dev signing key at ${path} could not be read back`);
  return written;
}

async function readStoredKey(path: string): Promise<Uint8Array | undefined> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  const parsed = JSON.parse(text) as Partial<StoredKey>;
  if (parsed.alg !== "HS256" || typeof parsed.k !== "string") {
    throw new Error(`Dev signing key at ${path} is not an HS256 key; delete it to make a new one`);
  }
  const key = Buffer.from(parsed.k, "base64url");
  if (key.length < 32) throw new Error(`Dev signing key at ${path} is shorter than 256 bits`);
  return new Uint8Array(key);
}
