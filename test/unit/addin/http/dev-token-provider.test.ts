import { createDevTokenProvider } from "../../../../src/addin/platform/http/dev-token-provider";

/** A dev-auth store that hands out token-1, token-2, … (or answers the given status). */
function devStore(status = 200) {
  const requests: Array<{ url: string; body: unknown }> = [];
  const fetch = (async (url: string, init?: RequestInit) => {
    requests.push({ url, body: JSON.parse(String(init?.body)) });
    await new Promise((resolve) => setTimeout(resolve, 5));
    const data =
      status === 200 ? { token: `token-${requests.length}` } : { error: { code: "STORE_NOT_FOUND" } };
    return new Response(JSON.stringify(data), { status, headers: { "Content-Type": "application/json" } });
  }) as typeof globalThis.fetch;
  return { fetch, requests };
}

describe("the dev sign-in", () => {
  it("signs in once for all the requests that ask at the same time, then answers from memory", async () => {
    const store = devStore();
    const provider = createDevTokenProvider({ user: "alex.rivera@cronus.example", fetch: store.fetch });
    const answers = await Promise.all(Array.from({ length: 5 }, () => provider.getToken()));
    expect(answers).toEqual(Array.from({ length: 5 }, () => ({ ok: true, value: "token-1" })));
    expect(await provider.getToken()).toEqual({ ok: true, value: "token-1" });
    expect(store.requests).toHaveLength(1);
    expect(store.requests[0]).toMatchObject({
      url: "/api/v1/dev/token",
      body: { user: "alex.rivera@cronus.example" },
    });
  });

  it("signs in again when asked to refresh, and a refused sign-in is a coded failure", async () => {
    const store = devStore();
    const provider = createDevTokenProvider({ user: "alex.rivera@cronus.example", fetch: store.fetch });
    await provider.getToken();
    expect(await provider.getToken({ forceRefresh: true })).toEqual({ ok: true, value: "token-2" });

    const refusing = createDevTokenProvider({ user: "x@cronus.example", fetch: devStore(404).fetch });
    expect(await refusing.getToken()).toMatchObject({ ok: false, error: { code: "ADDIN_AUTH_FAILED" } });
  });

  it("a store out of reach is a coded failure, not a thrown error", async () => {
    const unreachable = (async () => {
      throw new TypeError("Failed to fetch");
    }) as typeof globalThis.fetch;
    const provider = createDevTokenProvider({ user: "alex.rivera@cronus.example", fetch: unreachable });
    expect(await provider.getToken()).toMatchObject({ ok: false, error: { code: "ADDIN_AUTH_UNAVAILABLE" } });
  });
});
