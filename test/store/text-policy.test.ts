import { dialects } from "./dialects";
import { emailLog, useStore } from "./store-harness";
import { tenantRows } from "./tenant-rows";

const NUL = "\u0000";

describe.each(dialects())("one text policy on %s", (_name, dialect) => {
  const store = useStore(dialect);

  const refused = async (
    send: (t: Awaited<ReturnType<typeof store.tenant>>) => Promise<{ statusCode: number; json(): unknown }>,
    path: string,
  ) => {
    const t = await store.tenant();
    const before = await tenantRows(store.dialect, t.tenant);
    const res = await send(t);
    expect(res.statusCode).toBe(400);
    const { error } = res.json() as {
      error: { code: string; details: Array<{ path: string; message: string }> };
    };
    expect(error.code).toBe("STORE_VALIDATION");
    expect(error.details).toContainEqual({ path, message: "contains the control character U+0000" });
    expect(await tenantRows(store.dialect, t.tenant)).toEqual(before);
  };

  it.each([
    [
      "subject",
      { source: { kind: "email", key: "<k@x>", subject: `a${NUL}b`, occurredAt: "2026-11-20T10:00:00Z" } },
      "body/source/subject",
    ],
    [
      "source key",
      { source: { kind: "email", key: `<k${NUL}@x>`, subject: "s", occurredAt: "2026-11-20T10:00:00Z" } },
      "body/source/key",
    ],
    ["description", emailLog("<d@x>", { description: `x${NUL}` }), "body/description"],
    [
      "participant name",
      emailLog("<p@x>", {
        participants: [{ email: "anna.petrova@fabrikam.example", name: `A${NUL}`, role: "to" }],
      }),
      "body/participants/0/name",
    ],
  ])("a NUL in a log's %s is a 400 naming the field, and writes nothing", async (_what, body, path) => {
    await refused((t) => store.log(t.user, { contacts: ["CT101"], ...body }), path);
  });

  it("a NUL in a new contact's name is a 400 naming the field", async () => {
    await refused(
      (t) =>
        store.call(t.user, {
          method: "POST",
          url: "/api/v1/contacts",
          payload: { type: "person", name: `Ann${NUL}a` },
        }),
      "body/name",
    );
  });

  it.each([
    ["?q=", "/api/v1/contacts?q=a%00b", "query/q"],
    ["?source=", "/api/v1/logged-items?source=%3Ca%00%40x%3E", "query/source"],
  ])("a NUL in %s is a 400 naming the parameter", async (_what, url, path) => {
    await refused((t) => store.call(t.user, { method: "GET", url }), path);
  });

  it("a NUL in a path parameter is a 400 naming it", async () => {
    await refused(
      (t) => store.call(t.user, { method: "POST", url: "/api/v1/logged-items/a%00b/cancel" }),
      "params/id",
    );
  });

  it("a control character in the Idempotency-Key is a 400 naming the header", async () => {
    await refused(
      (t) => store.log(t.user, emailLog("<key@x>", { contacts: ["CT101"] }), `key${NUL}`),
      "headers/idempotency-key",
    );
  });

  it("tab, CR and LF are text, and come back as sent", async () => {
    const t = await store.tenant();
    const subject = "Line one\r\nLine two\twith a tab";
    const res = await store.log(t.user, {
      ...emailLog("<tabs@x>", { contacts: ["CT101"] }),
      source: { kind: "email", key: "<tabs@x>", subject, occurredAt: "2026-11-20T10:00:00Z" },
    });
    expect(res.statusCode).toBe(201);
    const status = await store.call(t.user, {
      method: "GET",
      url: "/api/v1/logged-items?source=%3Ctabs%40x%3E",
    });
    expect(status.json().loggedItems[0].item.subject).toBe(subject);
  });

  it("an unpaired surrogate is a 400 (no database could store it as sent)", async () => {
    const t = await store.tenant();
    const res = await store.call(t.user, {
      method: "POST",
      url: "/api/v1/contacts",
      payload: `{"type":"person","name":"Ann\\ud800a"}`,
      headers: { "content-type": "application/json" },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual([
      { path: "body/name", message: "contains an unpaired surrogate U+D800" },
    ]);
  });

  it("lengths count characters: 1,000 emoji are a valid subject, and the entry keeps its first 100 whole", async () => {
    const t = await store.tenant();
    const subject = "😀".repeat(1000);
    const source = (s: string, key: string) => ({
      kind: "email",
      key,
      subject: s,
      occurredAt: "2026-11-20T10:00:00Z",
    });
    const accepted = await store.log(t.user, { source: source(subject, "<emoji@x>"), contacts: ["CT101"] });
    expect(accepted.statusCode).toBe(201);
    const entry = accepted.json().entries[0];
    expect(entry.subject).toBe("😀".repeat(100));
    expect(entry.description).toBe("😀".repeat(100));
    const history = await store.call(t.user, { method: "GET", url: "/api/v1/contacts/CT101/interactions" });
    expect(history.json().items[0].subject).toBe("😀".repeat(100));
    const tooLong = await store.log(t.user, {
      source: source(`${subject}😀`, "<emoji2@x>"),
      contacts: ["CT101"],
    });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error.details).toContainEqual({
      path: "body/source/subject",
      message: "must NOT have more than 1000 characters",
    });
  });

  it("an Idempotency-Key of 200 characters is taken and one of 201 is a 400", async () => {
    const t = await store.tenant();
    const ok = await store.log(t.user, emailLog("<k200@x>", { contacts: ["CT101"] }), "é".repeat(200));
    expect(ok.statusCode).toBe(201);
    const long = await store.log(t.user, emailLog("<k201@x>", { contacts: ["CT101"] }), "é".repeat(201));
    expect(long.statusCode).toBe(400);
    expect(long.json().error.details[0].path).toBe("headers/idempotency-key");
  });

  it.each(["1e999", "Infinity", "-Infinity", "NaN"])("?limit=%s is a 400, not a 500", async (limit) => {
    const t = await store.tenant();
    const res = await store.call(t.user, {
      method: "GET",
      url: `/api/v1/contacts/CT101/interactions?limit=${limit}`,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe("STORE_VALIDATION");
  });

  it("a number too large for a double (1e999) in a body is a 400 naming the field", async () => {
    const t = await store.tenant();
    const before = await tenantRows(store.dialect, t.tenant);
    const res = await store.call(t.user, {
      method: "POST",
      url: "/api/v1/interactions",
      payload: `{"source":{"kind":"email","key":"<inf@x>","subject":"s","occurredAt":"2026-11-20T10:00:00Z"},"contacts":["CT101"],"costLcy":1e999}`,
      headers: { "content-type": "application/json", "idempotency-key": "inf" },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toContainEqual({ path: "body/costLcy", message: expect.any(String) });
    expect(await tenantRows(store.dialect, t.tenant)).toEqual(before);
  });
});
