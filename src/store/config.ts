import type { AuthConfig } from "./auth/principal";
import type { LoadLimits } from "./http/load-limits";

/** Everything buildApp needs; the CLI and tests make one. */
export interface StoreConfig {
  /** Folder for the SQLite file and the dev key. */
  dataDir: string;
  /** postgres://… selects PostgreSQL; absent means the embedded SQLite file in dataDir. */
  databaseUrl?: string;
  auth: AuthConfig;
  /** Folder of the built add-in (webpack output) to serve at /; absent serves none. */
  staticDir?: string;
  /** Serve the bundles' `.map` files too (default false: source maps stay private). */
  sourceMaps?: boolean;
  /** Request body limit in bytes (default 1 MiB). */
  bodyLimit?: number;
  /** Rate limits and load shedding, per process (default DEFAULT_LOAD_LIMITS). */
  limits?: LoadLimits;
  /** How long an Idempotency-Key holds its answer (default 24 h). */
  idempotencyTtlMs?: number;
  /** How often expired keys are swept (default every 10 minutes; 0: never, e.g. in short-lived tools). */
  keySweepIntervalMs?: number;
  logger?: boolean;
}
