import type { AuthConfig } from "./auth/principal";

/** Everything buildApp needs; the CLI and tests make one. */
export interface StoreConfig {
  /** Folder for the SQLite file and the dev key. */
  dataDir: string;
  /** postgres://… selects PostgreSQL; absent means the embedded SQLite file in dataDir. */
  databaseUrl?: string;
  auth: AuthConfig;
  /** Folder of the built add-in (webpack output) to serve at /; absent serves none. */
  staticDir?: string;
  /** Request body limit in bytes (default 1 MiB). */
  bodyLimit?: number;
  logger?: boolean;
}
