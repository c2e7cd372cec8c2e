import { buildApp } from "../../src/store/app";
import { dialects } from "./dialects";
import { emailLog, useStore } from "./store-harness";

describe.each(dialects())("error answers on %s", (_name, dialect) => {
  const store = useStore(dialect);

  it("a schema error is a 400 naming the field path, and writes nothing: neither an entry nor its key", async () => {
    const t = await store.tenant();
    const res = await store.log(
      t.user,
      {
        source: { kind: "email", key: "k", subject: "s", occurredAt: "yesterday" },
        contacts: ["CT101"],
        costLcy: -1,
        surprise: true,
      },
      "schema-error-key",
    );
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe("STORE_VALIDATION");
    const paths = error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(
      expect.arrayContaining(["body/source/occurredAt", "body/costLcy", "body/surprise"]),
    );
    // Had the refused request kept its key or its source, this valid log under both would not be a new one.
    const valid = await store.log(t.user, emailLog("k", { contacts: ["CT101"] }), "schema-error-key");
    expect(valid.statusCode).toBe(201);
    expect(valid.json().entries).toHaveLength(1);
  });

  it.each([
    [
      "a missing field",
      { source: { kind: "email", subject: "s", occurredAt: "2026-01-01T00:00:00Z" } },
      "body/source/key",
    ],
    ["a wrong enum", emailLog("k", { evaluation: "great" }), "body/evaluation"],
    [
      "too many addresses",
      { addresses: Array.from({ length: 501 }, (_, i) => `a${i}@x.example`) },
      "body/addresses",
    ],
  ])("%s is a 400 with its path", async (_what, payload, path) => {
    const t = await store.tenant();
    const url = "addresses" in payload ? "/api/v1/contacts/match" : "/api/v1/interactions";
    const res = await store.call(t.user, {
      method: "POST",
      url,
      payload,
      headers: { "idempotency-key": "k" },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.map((d: { path: string }) => d.path)).toContain(path);
  });

  it("a body over the limit is a 413", async () => {
    const t = await store.tenant();
    const res = await store.call(t.user, {
      method: "POST",
      url: "/api/v1/contacts/match",
      payload: JSON.stringify({ addresses: ["x".repeat(2 * 1024 * 1024)] }),
      headers: { "content-type": "application/json" },
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe("STORE_BODY_TOO_LARGE");
  });

  it("malformed JSON is a 400 and another media type a 415", async () => {
    const t = await store.tenant();
    const bad = await store.call(t.user, {
      method: "POST",
      url: "/api/v1/contacts/match",
      payload: '{"addresses": [',
      headers: { "content-type": "application/json" },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe("STORE_VALIDATION");
    const text = await store.call(t.user, {
      method: "POST",
      url: "/api/v1/contacts/match",
      payload: "<addresses/>",
      headers: { "content-type": "application/xml" },
    });
    expect(text.statusCode).toBe(415);
    expect(text.json().error.code).toBe("STORE_UNSUPPORTED_MEDIA_TYPE");
  });

  it("an unknown route is a coded 404", async () => {
    const t = await store.tenant();
    const res = await store.call(t.user, { method: "GET", url: "/api/v1/nothing-here" });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe("STORE_NOT_FOUND");
  });

  it.each([
    ["no token", undefined],
    ["a garbage token", "Bearer not.a.token"],
    ["a non-bearer scheme", "Basic dXNlcjpwYXNz"],
  ])("%s is a 401", async (_what, authorization) => {
    const res = await store.app.inject({
      method: "GET",
      url: "/api/v1/interaction-groups",
      headers: authorization === undefined ? {} : { authorization },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toMatch(/^STORE_(UNAUTHENTICATED|TOKEN_EXPIRED)$/);
  });

  it("an unexpected failure is a 500 that tells nothing of the inside", async () => {
    const failing = dialect();
    const db = await failing.open();
    const broken = {
      ...db,
      repositories: {
        ...db.repositories,
        contacts: {
          ...db.repositories.contacts,
          search: async () => {
            throw new Error("relation secret_table does not exist at /srv/touchpoint");
          },
        },
      },
    };
    // The suite's dev key signs the token, so the broken app verifies with the same key.
    const auth = { mode: "dev" as const, dataDir: store.dialect.dataDir };
    const app = await buildApp({ dataDir: failing.dataDir, auth }, { database: broken });
    try {
      const t = await store.tenant();
      const res = await app.inject({
        method: "GET",
        url: "/api/v1/contacts?q=a",
        headers: { authorization: `Bearer ${t.user.token}` },
      });
      expect(res.statusCode).toBe(500);
      expect(res.json()).toEqual({
        error: { code: "STORE_INTERNAL", message: "Something went wrong in the store." },
      });
      expect(res.body).not.toMatch(/secret|srv/);
    } finally {
      await app.close();
      await failing.dispose();
    }
  });
});
