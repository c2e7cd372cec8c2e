import { AxiosError, AxiosHeaders, type AxiosAdapter, type InternalAxiosRequestConfig } from "axios";
import { createStoreClient } from "../../../../src/addin/platform/http/store-client";
import { parseRetryAfter } from "../../../../src/addin/platform/http/map-store-failure";
import type { TokenPort } from "../../../../src/addin/ports/token-port";
import { fail, ok } from "../../../../src/domain/result";

type Answer = { status: number; data?: unknown; headers?: Record<string, string> } | { throws: AxiosError };

function fakeServer(answers: Answer[]) {
  const requests: InternalAxiosRequestConfig[] = [];
  const adapter: AxiosAdapter = async (config) => {
    requests.push(config);
    const answer = answers.shift() ?? { status: 200, data: {} };
    if ("throws" in answer) throw answer.throws;
    return {
      status: answer.status,
      statusText: String(answer.status),
      data: answer.data ?? "",
      headers: new AxiosHeaders(answer.headers ?? {}),
      config,
    };
  };
  return { adapter, requests };
}

function tokens(): TokenPort & { calls: Array<{ forceRefresh?: boolean } | undefined> } {
  const calls: Array<{ forceRefresh?: boolean } | undefined> = [];
  let n = 0;
  return {
    calls,
    async getToken(options) {
      calls.push(options);
      n += 1;
      return ok(`token-${n}`);
    },
  };
}

const NOW = Date.parse("2026-11-24T09:00:00Z");
const request = {
  source: { kind: "email" as const, key: "<m1@x>", subject: "Prices", occurredAt: "2026-11-24T08:00:00Z" },
};

describe("store client", () => {
  it("sends the bearer token and the Idempotency-Key, and returns the store's answer", async () => {
    const answer = { entries: [], alreadyLogged: [], unmatched: [], excluded: [] };
    const server = fakeServer([{ status: 201, data: answer }]);
    const client = createStoreClient({
      tokens: tokens(),
      adapter: server.adapter,
      baseUrl: "https://store.example/",
    });
    const result = await client.logInteraction(request, "key-1");
    expect(result).toEqual(ok(answer));
    const sent = server.requests[0];
    expect(sent?.baseURL).toBe("https://store.example/api/v1");
    expect(sent?.url).toBe("/interactions");
    expect(sent?.headers.get("Authorization")).toBe("Bearer token-1");
    expect(sent?.headers.get("Idempotency-Key")).toBe("key-1");
  });

  it("asks whether a source is logged at /logged-items?source=, and lists entries at /interactions with the API's filter names", async () => {
    const status = { sourceKey: "<m1@x>", logged: false, loggedItems: [] };
    const server = fakeServer([
      { status: 200, data: status },
      { status: 200, data: { entries: [] } },
    ]);
    const client = createStoreClient({ tokens: tokens(), adapter: server.adapter });
    expect(await client.sourceStatus("<m1@x>")).toEqual(ok(status));
    expect(server.requests[0]?.url).toBe("/logged-items");
    expect(server.requests[0]?.params).toEqual({ source: "<m1@x>" });
    expect(await client.entries({ company: "CT100", template: "BUS", canceled: "exclude" })).toEqual(
      ok({ entries: [] }),
    );
    expect(server.requests[1]?.url).toBe("/interactions");
    expect(server.requests[1]?.params).toEqual({ company: "CT100", template: "BUS", canceled: "exclude" });
  });

  it("restores an entry with its Idempotency-Key", async () => {
    const server = fakeServer([{ status: 200, data: {} }]);
    const client = createStoreClient({ tokens: tokens(), adapter: server.adapter });
    expect((await client.restoreEntry(42, "key-r")).ok).toBe(true);
    expect(server.requests[0]?.method).toBe("post");
    expect(server.requests[0]?.url).toBe("/interactions/42/restore");
    expect(server.requests[0]?.headers.get("Idempotency-Key")).toBe("key-r");
  });

  it("maps a network error to ADDIN_OFFLINE instead of throwing", async () => {
    const server = fakeServer([{ throws: new AxiosError("Network Error", AxiosError.ERR_NETWORK) }]);
    const client = createStoreClient({ tokens: tokens(), adapter: server.adapter });
    const result = await client.matchContacts(["a@b.example"]);
    expect(result).toEqual(fail(expect.objectContaining({ code: "ADDIN_OFFLINE", kind: "network" })));
  });

  it("maps a timeout to ADDIN_TIMEOUT", async () => {
    const server = fakeServer([
      { throws: new AxiosError("timeout of 15000ms exceeded", AxiosError.ECONNABORTED) },
    ]);
    const client = createStoreClient({ tokens: tokens(), adapter: server.adapter });
    const result = await client.statistics("CT000001");
    expect(result.ok || result.error.code).toBe("ADDIN_TIMEOUT");
  });

  it("answers 401 on a log as ADDIN_UNAUTHENTICATED without retrying (the sync engine refreshes)", async () => {
    const server = fakeServer([
      { status: 401, data: { error: { code: "STORE_TOKEN_EXPIRED", message: "expired" } } },
    ]);
    const client = createStoreClient({ tokens: tokens(), adapter: server.adapter });
    const result = await client.logInteraction(request, "key-1");
    expect(result).toEqual(
      fail({ code: "ADDIN_UNAUTHENTICATED", kind: "auth", status: 401, message: "expired" }),
    );
    expect(server.requests).toHaveLength(1);
  });

  it("refreshes the token once after a 401 on a read and retries with the new token", async () => {
    const server = fakeServer([{ status: 401 }, { status: 200, data: { results: [] } }]);
    const provider = tokens();
    const client = createStoreClient({ tokens: provider, adapter: server.adapter });
    const result = await client.matchContacts(["a@b.example"]);
    expect(result).toEqual(ok({ results: [] }));
    expect(provider.calls[1]).toEqual({ forceRefresh: true });
    expect(server.requests[1]?.headers.get("Authorization")).toBe("Bearer token-2");
  });

  it("reports sign-in required when no token can be had, without calling the store", async () => {
    const server = fakeServer([]);
    const noToken: TokenPort = {
      getToken: async () => fail({ code: "ADDIN_SIGN_IN_REQUIRED", message: "sign in" }),
    };
    const client = createStoreClient({ tokens: noToken, adapter: server.adapter });
    const result = await client.sourceStatus("<m1@x>");
    expect(result.ok || result.error.code).toBe("ADDIN_SIGN_IN_REQUIRED");
    expect(server.requests).toHaveLength(0);
  });

  it("maps 429 with Retry-After seconds to a server failure with retryAfterMs", async () => {
    const server = fakeServer([
      {
        status: 429,
        data: { error: { code: "STORE_RATE_LIMITED", message: "slow down" } },
        headers: { "retry-after": "7" },
      },
    ]);
    const client = createStoreClient({ tokens: tokens(), adapter: server.adapter });
    const result = await client.logInteraction(request, "key-1");
    expect(result).toEqual(
      fail({
        code: "STORE_RATE_LIMITED",
        kind: "server",
        status: 429,
        message: "slow down",
        retryAfterMs: 7000,
      }),
    );
  });

  it("maps 503 with a Retry-After date to the delay from now", async () => {
    const server = fakeServer([{ status: 503, headers: { "retry-after": "Tue, 24 Nov 2026 09:00:30 GMT" } }]);
    const client = createStoreClient({ tokens: tokens(), adapter: server.adapter, now: () => NOW });
    const result = await client.logInteraction(request, "key-1");
    expect(result).toEqual(
      fail({
        code: "ADDIN_HTTP_ERROR",
        kind: "server",
        status: 503,
        message: "HTTP 503",
        retryAfterMs: 30_000,
      }),
    );
  });

  it("maps a 500 to a retryable server failure with the store's code", async () => {
    const server = fakeServer([
      { status: 500, data: { error: { code: "STORE_INTERNAL", message: "oops" } } },
    ]);
    const client = createStoreClient({ tokens: tokens(), adapter: server.adapter });
    const result = await client.history("CT000001", {});
    expect(result).toEqual(fail({ code: "STORE_INTERNAL", kind: "server", status: 500, message: "oops" }));
  });

  it("maps a 422 to a rejected failure carrying the store's code and details", async () => {
    const details = [{ path: "/name", message: "too long" }];
    const server = fakeServer([
      { status: 422, data: { error: { code: "STORE_VALIDATION", message: "bad", details } } },
    ]);
    const client = createStoreClient({ tokens: tokens(), adapter: server.adapter });
    const result = await client.createContact({ type: "person", name: "x" });
    expect(result).toEqual(
      fail({ code: "STORE_VALIDATION", kind: "rejected", status: 422, message: "bad", details }),
    );
  });

  it("keeps the store's own sentence for a code this add-in does not know, coded ADDIN_HTTP_ERROR", async () => {
    const server = fakeServer([
      {
        status: 409,
        data: { error: { code: "STORE_SOMETHING_NEWER", message: "A newer store refused this." } },
      },
    ]);
    const client = createStoreClient({ tokens: tokens(), adapter: server.adapter });
    const result = await client.createContact({ type: "person", name: "x" });
    expect(result).toEqual(
      fail({
        code: "ADDIN_HTTP_ERROR",
        kind: "rejected",
        status: 409,
        message: "HTTP 409 STORE_SOMETHING_NEWER: A newer store refused this.",
        storeMessage: "A newer store refused this.",
      }),
    );
  });

  it("creates a contact under the Idempotency-Key it is given", async () => {
    const server = fakeServer([{ status: 201, data: { no: "CT1" } }]);
    const client = createStoreClient({ tokens: tokens(), adapter: server.adapter });
    await client.createContact({ type: "person", name: "x" }, "contact-key-1");
    expect(server.requests[0]?.headers["Idempotency-Key"]).toBe("contact-key-1");
  });

  it("revalidates reference data with If-None-Match and reports 304 as notModified", async () => {
    const server = fakeServer([
      { status: 200, data: { items: [] }, headers: { etag: '"v1"' } },
      { status: 304, headers: { etag: '"v1"' } },
    ]);
    const client = createStoreClient({ tokens: tokens(), adapter: server.adapter });
    expect(await client.templates()).toEqual(ok({ notModified: false, etag: '"v1"', body: { items: [] } }));
    expect(await client.templates('"v1"')).toEqual(ok({ notModified: true, etag: '"v1"' }));
    expect(server.requests[1]?.headers.get("If-None-Match")).toBe('"v1"');
  });

  it("passes history paging and filters as query parameters", async () => {
    const server = fakeServer([{ status: 200, data: { items: [] } }]);
    const client = createStoreClient({ tokens: tokens(), adapter: server.adapter });
    await client.history("CT 1", { cursor: "c2", limit: 20, templateCode: "EMAIL", groupCode: "SYSTEM" });
    expect(server.requests[0]?.url).toBe("/contacts/CT%201/interactions");
    expect(server.requests[0]?.params).toEqual({
      cursor: "c2",
      limit: 20,
      template: "EMAIL",
      group: "SYSTEM",
    });
  });
});

describe("Retry-After", () => {
  it.each([
    ["0", 0],
    ["120", 120_000],
    ["Tue, 24 Nov 2026 08:59:00 GMT", 0],
    ["soon", undefined],
    [undefined, undefined],
  ])("%s → %s ms", (header, expected) => {
    expect(parseRetryAfter(header, NOW)).toBe(expected);
  });
});
