import { dialects } from "./dialects";
import { useStore } from "./store-harness";

describe.each(dialects())("tenant settings on %s", (_name, dialect) => {
  const store = useStore(dialect);

  it("every user reads the tenant's local currency code; the demo tenant's is USD", async () => {
    const t = await store.tenant();
    const res = await store.call(t.user, { method: "GET", url: "/api/v1/tenant-settings" });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ localCurrencyCode: "USD" });
  });

  it("an administrator changes it, audited; a user may not; another tenant keeps its own", async () => {
    const t = await store.tenant();
    const other = await store.tenant();
    const put = (who: typeof t.user, payload: object) =>
      store.call(who, { method: "PUT", url: "/api/v1/tenant-settings", payload });
    const refused = await put(t.user, { localCurrencyCode: "EUR" });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe("STORE_ADMIN_ONLY");
    const changed = await put(t.admin, { localCurrencyCode: "RUB" });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toEqual({ localCurrencyCode: "RUB" });
    expect((await store.call(t.user, { method: "GET", url: "/api/v1/tenant-settings" })).json()).toEqual({
      localCurrencyCode: "RUB",
    });
    expect((await store.call(other.user, { method: "GET", url: "/api/v1/tenant-settings" })).json()).toEqual({
      localCurrencyCode: "USD",
    });
    const audit = await store.call(t.admin, {
      method: "GET",
      url: "/api/v1/audit?action=tenant_settings.put",
    });
    expect(audit.json().items[0]).toMatchObject({
      before: { localCurrencyCode: "USD" },
      after: { localCurrencyCode: "RUB" },
    });
  });

  it("a code that is not three capital letters is a 400 and changes nothing", async () => {
    const t = await store.tenant();
    const res = await store.call(t.admin, {
      method: "PUT",
      url: "/api/v1/tenant-settings",
      payload: { localCurrencyCode: "dollars" },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe("STORE_VALIDATION");
    expect((await store.call(t.user, { method: "GET", url: "/api/v1/tenant-settings" })).json()).toEqual({
      localCurrencyCode: "USD",
    });
  });
});
