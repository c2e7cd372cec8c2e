import { dialects } from "./dialects";
import { useStore } from "./store-harness";

describe.each(dialects())("tenant settings on %s", (_name, dialect) => {
  const store = useStore(dialect);

  it("every user reads the tenant's local currency code and auto-log policy; the demo tenant's are USD and suggest", async () => {
    const t = await store.tenant();
    const res = await store.call(t.user, { method: "GET", url: "/api/v1/tenant-settings" });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ localCurrencyCode: "USD", autoLogPolicy: "suggest" });
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
    expect(changed.json()).toEqual({ localCurrencyCode: "RUB", autoLogPolicy: "suggest" });
    expect((await store.call(t.user, { method: "GET", url: "/api/v1/tenant-settings" })).json()).toEqual({
      localCurrencyCode: "RUB",
      autoLogPolicy: "suggest",
    });
    expect((await store.call(other.user, { method: "GET", url: "/api/v1/tenant-settings" })).json()).toEqual({
      localCurrencyCode: "USD",
      autoLogPolicy: "suggest",
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
      autoLogPolicy: "suggest",
    });
  });

  it.each(["off", "suggest", "on"])(
    "an administrator sets the auto-log policy to %s; every user reads it; the audit log has before and after",
    async (policy) => {
      const t = await store.tenant();
      const res = await store.call(t.admin, {
        method: "PUT",
        url: "/api/v1/tenant-settings",
        payload: { localCurrencyCode: "USD", autoLogPolicy: policy },
      });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ localCurrencyCode: "USD", autoLogPolicy: policy });
      const read = await store.call(t.user, { method: "GET", url: "/api/v1/tenant-settings" });
      expect(read.json()).toEqual({ localCurrencyCode: "USD", autoLogPolicy: policy });
      const audit = await store.call(t.admin, {
        method: "GET",
        url: "/api/v1/audit?action=tenant_settings.put",
      });
      expect(audit.json().items[0]).toMatchObject({
        before: { autoLogPolicy: "suggest" },
        after: { autoLogPolicy: policy },
      });
    },
  );

  it("a user may not set the auto-log policy: 403 STORE_ADMIN_ONLY, and the policy stays suggest", async () => {
    const t = await store.tenant();
    const refused = await store.call(t.user, {
      method: "PUT",
      url: "/api/v1/tenant-settings",
      payload: { localCurrencyCode: "USD", autoLogPolicy: "on" },
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe("STORE_ADMIN_ONLY");
    const read = await store.call(t.user, { method: "GET", url: "/api/v1/tenant-settings" });
    expect(read.json().autoLogPolicy).toBe("suggest");
  });

  it("an unknown auto-log policy is a 400 STORE_VALIDATION and changes nothing", async () => {
    const t = await store.tenant();
    const res = await store.call(t.admin, {
      method: "PUT",
      url: "/api/v1/tenant-settings",
      payload: { localCurrencyCode: "USD", autoLogPolicy: "always" },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe("STORE_VALIDATION");
    const read = await store.call(t.user, { method: "GET", url: "/api/v1/tenant-settings" });
    expect(read.json().autoLogPolicy).toBe("suggest");
  });

  it("a PUT replaces the settings: a policy left out goes back to suggest", async () => {
    const t = await store.tenant();
    const put = (payload: object) =>
      store.call(t.admin, { method: "PUT", url: "/api/v1/tenant-settings", payload });
    expect((await put({ localCurrencyCode: "USD", autoLogPolicy: "off" })).json().autoLogPolicy).toBe("off");
    expect((await put({ localCurrencyCode: "EUR" })).json()).toEqual({
      localCurrencyCode: "EUR",
      autoLogPolicy: "suggest",
    });
  });

  it("the same PUT sent twice with one Idempotency-Key is applied once and audited once", async () => {
    const t = await store.tenant();
    const request = {
      method: "PUT" as const,
      url: "/api/v1/tenant-settings",
      headers: { "idempotency-key": "auto-log-policy-once" },
      payload: { localCurrencyCode: "USD", autoLogPolicy: "on" },
    };
    const first = await store.call(t.admin, request);
    const second = await store.call(t.admin, request);
    expect(first.statusCode).toBe(200);
    expect(second.statusCode).toBe(200);
    expect(second.json()).toEqual(first.json());
    const audit = await store.call(t.admin, {
      method: "GET",
      url: "/api/v1/audit?action=tenant_settings.put",
    });
    expect(audit.json().items).toHaveLength(1);
  });
});
