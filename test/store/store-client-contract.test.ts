import type { AddressInfo } from "node:net";
import { createStoreClient } from "../../src/addin/platform/http/store-client";
import { ok } from "../../src/domain/result";
import { storeClientContract } from "../contract/store-client-contract";
import { dialects } from "./dialects";
import { useStore } from "./store-harness";

describe.each(dialects())("the add-in's store client over HTTP on %s", (name, dialect) => {
  const store = useStore(dialect);
  let baseUrl: string;
  beforeAll(async () => {
    await store.app.listen({ host: "127.0.0.1", port: 0 });
    baseUrl = `http://127.0.0.1:${(store.app.server.address() as AddressInfo).port}`;
  });

  storeClientContract(`the real store on ${name}`, async () => {
    const { user } = await store.tenant();
    return createStoreClient({ tokens: { getToken: async () => ok(user.token) }, baseUrl });
  });
});
