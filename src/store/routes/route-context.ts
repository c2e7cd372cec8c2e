import type { Result } from "../../domain/result";
import type { StoreDatabase } from "../db/create-database";
import { StoreError, type ServiceFailure } from "../errors";
import type { KeyPolicy } from "../services/write-once";
import type { StoreMetrics } from "./metrics-routes";

/** What every route plugin of the store is registered with. */
export interface RouteContext {
  db: StoreDatabase;
  metrics: StoreMetrics;
  /** Idempotency keys' lifetime, and the store's clock (tests move it). */
  keys: KeyPolicy;
}

/** A service's value, or its failure thrown to the one error handler. */
export function valueOrThrow<T>(result: Result<T, ServiceFailure>): T {
  if (!result.ok) throw new StoreError(result.error.code, result.error.message, result.error.details);
  return result.value;
}
