import { fail, ok } from "../../../domain/result";
import type { TokenPort } from "../../ports/token-port";

export interface DevTokenOptions {
  /** The demo user to sign in as, e.g. alex.rivera@cronus.example. */
  user: string;
  tenant?: string;
  role?: string;
  name?: string;
  baseUrl?: string;
  /** Tests hand in a fetch that answers without a socket. */
  fetch?: typeof fetch;
}

/**
 * Signs in against a store running in dev auth (`POST /api/v1/dev/token`): the harness's stand-in for
 * MSAL. The token is kept in memory only and fetched again when the store refused it. One small request
 * through the browser's fetch: sign-in does not wait for the HTTP library's chunk.
 */
export function createDevTokenProvider(options: DevTokenOptions): TokenPort {
  let token: string | undefined;
  /** The sign-in under way: the pane's first requests all ask at once and share it. */
  let signingIn: ReturnType<TokenPort["getToken"]> | undefined;
  const url = `${(options.baseUrl ?? "").replace(/\/$/, "")}/api/v1/dev/token`;
  return {
    getToken(request) {
      if (token !== undefined && request?.forceRefresh !== true) return Promise.resolve(ok(token));
      signingIn ??= signIn().finally(() => (signingIn = undefined));
      return signingIn;
    },
  };

  async function signIn(): ReturnType<TokenPort["getToken"]> {
    try {
      const response = await (options.fetch ?? fetch)(url, {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify({
          user: options.user,
          tenant: options.tenant,
          role: options.role,
          name: options.name,
        }),
        signal: AbortSignal.timeout(10_000),
      });
      const received = response.ok ? ((await response.json()) as { token?: unknown }).token : undefined;
      if (response.status !== 200 || typeof received !== "string") {
        return fail({ code: "ADDIN_AUTH_FAILED", message: `dev sign-in answered HTTP ${response.status}` });
      }
      token = received;
      return ok(received);
    } catch (error) {
      return fail({
        code: "ADDIN_AUTH_UNAVAILABLE",
        message: error instanceof Error ? error.message : String(error),
      });
    }
  }
}
