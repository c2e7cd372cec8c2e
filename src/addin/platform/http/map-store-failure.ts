import type { AxiosResponse } from "axios";
import { STORE_ERROR_CODES, type StoreErrorCode } from "../../../contracts/error-codes";
import type { StoreFailure } from "../../ports/store-client-port";

const KNOWN_CODES: ReadonlySet<string> = new Set(STORE_ERROR_CODES);

/** Turns what axios gives back (a thrown transport error or a non-2xx answer) into a `StoreFailure`. */
export const mapStoreFailure = {
  transport(error: unknown): StoreFailure {
    const message = error instanceof Error ? error.message : String(error);
    // Duck-typed rather than instanceof, so this module does not pull axios into the initial bundle.
    const axiosError = error as { isAxiosError?: unknown; code?: unknown } | null;
    // Anything but an axios error is a bug in our own request building: let it surface.
    if (typeof axiosError !== "object" || axiosError === null || axiosError.isAxiosError !== true)
      throw error;
    if (axiosError.code === "ECONNABORTED" || axiosError.code === "ETIMEDOUT") {
      return { code: "ADDIN_TIMEOUT", kind: "network", message };
    }
    return { code: "ADDIN_OFFLINE", kind: "network", message };
  },

  status(response: AxiosResponse, now: number): StoreFailure {
    const status = response.status;
    const { code, message, details, storeMessage } = readErrorBody(response.data, status);
    const told = storeMessage === undefined ? {} : { storeMessage };
    if (status === 401) return { code: "ADDIN_UNAUTHENTICATED", kind: "auth", status: 401, message };
    if (status === 408 || status === 429 || status >= 500) {
      const retryAfterMs = parseRetryAfter(response.headers["retry-after"], now);
      return retryAfterMs === undefined
        ? { code, kind: "server", status, message, ...told }
        : { code, kind: "server", status, message, ...told, retryAfterMs };
    }
    return details === undefined
      ? { code, kind: "rejected", status, message, ...told }
      : { code, kind: "rejected", status, message, ...told, details };
  },
};

/** `Retry-After` as delta-seconds or an HTTP date, in ms from now; never negative. */
export function parseRetryAfter(header: unknown, now: number): number | undefined {
  if (typeof header !== "string" || header.trim() === "") return undefined;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * The store's error body. A code this add-in does not know (a newer store) becomes ADDIN_HTTP_ERROR, and
 * the store's own sentence is kept as `storeMessage`: the user reads the store's words, not a code.
 */
function readErrorBody(
  data: unknown,
  status: number,
): { code: StoreErrorCode | "ADDIN_HTTP_ERROR"; message: string; details?: unknown; storeMessage?: string } {
  const error = typeof data === "object" && data !== null ? (data as { error?: unknown }).error : undefined;
  if (typeof error === "object" && error !== null) {
    const { code, message, details } = error as { code?: unknown; message?: unknown; details?: unknown };
    if (typeof code === "string" && KNOWN_CODES.has(code)) {
      return {
        code: code as StoreErrorCode,
        message: typeof message === "string" ? message : `HTTP ${status}`,
        ...(details === undefined ? {} : { details }),
      };
    }
    if (typeof message === "string" && message.trim() !== "") {
      const said = `HTTP ${status}${typeof code === "string" ? ` ${code}` : ""}: ${message}`;
      return { code: "ADDIN_HTTP_ERROR", message: said, storeMessage: message.trim() };
    }
  }
  return { code: "ADDIN_HTTP_ERROR", message: `HTTP ${status}` };
}
