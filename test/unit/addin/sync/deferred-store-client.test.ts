import { ok } from "../../../../src/domain/result";
import type { CachedStoreClient } from "../../../../src/addin/sync/cached-store-client";
import { deferStoreClient } from "../../../../src/addin/sync/deferred-ports";
import { flush } from "./sync-fakes";

/** A client answering only what these tests ask, recording the calls and its refresh listeners. */
function recordingClient() {
  const calls: string[] = [];
  const listeners = new Set<(key: string) => void>();
  const client = {
    matchContacts: async (addresses: string[]) => {
      calls.push(`match ${addresses.join(",")}`);
      return ok({ results: [] });
    },
    me: async () => (calls.push("me"), ok({ user: "alex", roles: [] })),
    onRefresh(listener: (key: string) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    whenIdle: async () => void calls.push("whenIdle"),
  } as unknown as CachedStoreClient;
  return { client, calls, refresh: (key: string) => listeners.forEach((l) => l(key)) };
}

describe("deferStoreClient", () => {
  it("answers calls made before the client's code arrives once it has, in order", async () => {
    const real = recordingClient();
    let arrive: (client: CachedStoreClient) => void = () => undefined;
    const store = deferStoreClient(() => new Promise((resolve) => (arrive = resolve)));
    const match = store.matchContacts(["anna@fabrikam.example"]);
    const me = store.me();
    await flush();
    expect(real.calls).toEqual([]);
    arrive(real.client);
    expect(await match).toEqual(ok({ results: [] }));
    expect(await me).toEqual(ok({ user: "alex", roles: [] }));
    expect(real.calls).toEqual(["match anna@fabrikam.example", "me"]);
  });

  it("hears refreshes through a listener attached before arrival, and none after it let go", async () => {
    const real = recordingClient();
    const store = deferStoreClient(async () => real.client);
    const heard: string[] = [];
    const stop = store.onRefresh((key) => heard.push(key));
    await flush();
    real.refresh("templates");
    stop();
    real.refresh("groups");
    expect(heard).toEqual(["templates"]);
  });

  it("answers ADDIN_OFFLINE while its code cannot be fetched, and loads it on a later call", async () => {
    const real = recordingClient();
    let loads = 0;
    const store = deferStoreClient(async () => {
      loads += 1;
      if (loads <= 2) throw new Error("ChunkLoadError: net::ERR_INTERNET_DISCONNECTED");
      return real.client;
    });
    await flush();
    expect(await store.me()).toEqual({
      ok: false,
      error: expect.objectContaining({ code: "ADDIN_OFFLINE", kind: "network" }),
    });
    expect(await store.me()).toEqual(ok({ user: "alex", roles: [] }));
    await store.whenIdle();
    expect(real.calls).toEqual(["me", "whenIdle"]);
  });
});
