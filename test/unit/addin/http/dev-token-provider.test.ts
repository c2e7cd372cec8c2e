import { AxiosHeaders, type AxiosAdapter, type InternalAxiosRequestConfig } from "axios";
import { createDevTokenProvider } from "../../../../src/addin/platform/http/dev-token-provider";

/** A dev-auth store that hands out token-1, token-2, … (or answers the given status). */
function devStore(status = 200) {
  const requests: InternalAxiosRequestConfig[] = [];
  const adapter: AxiosAdapter = async (config) => {
    requests.push(config);
    await new Promise((resolve) => setTimeout(resolve, 5));
    return {
      status,
      statusText: String(status),
      data: status === 200 ? { token: `token-${requests.length}` } : { error: { code: "STORE_NOT_FOUND" } },
      headers: new AxiosHeaders(),
      config,
    };
  };
  return { adapter, requests };
}

describe("the dev sign-in", () => {
  it("signs in once for all the requests that ask at the same time, then answers from memory", async () => {
    const store = devStore();
    const provider = createDevTokenProvider({ user: "alex.rivera@cronus.example", adapter: store.adapter });
    const answers = await Promise.all(Array.from({ length: 5 }, () => provider.getToken()));
    expect(answers).toEqual(Array.from({ length: 5 }, () => ({ ok: true, value: "token-1" })));
    expect(await provider.getToken()).toEqual({ ok: true, value: "token-1" });
    expect(store.requests).toHaveLength(1);
    expect(JSON.parse(String(store.requests[0]?.data))).toMatchObject({ user: "alex.rivera@cronus.example" });
  });

  it("signs in again when asked to refresh, and a refused sign-in is a coded failure", async () => {
    const store = devStore();
    const provider = createDevTokenProvider({ user: "alex.rivera@cronus.example", adapter: store.adapter });
    await provider.getToken();
    expect(await provider.getToken({ forceRefresh: true })).toEqual({ ok: true, value: "token-2" });

    const refusing = createDevTokenProvider({ user: "x@cronus.example", adapter: devStore(404).adapter });
    expect(await refusing.getToken()).toMatchObject({ ok: false, error: { code: "ADDIN_AUTH_FAILED" } });
  });
});
