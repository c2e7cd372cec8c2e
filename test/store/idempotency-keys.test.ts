import { randomUUID } from "node:crypto";
import Fastify from "fastify";
import type { InjectOptions } from "fastify";
import { addIdempotencyKeys } from "../../src/store/http/idempotency-keys";
import { sweepExpiredKeys } from "../../src/store/services/write-once";
import { ok } from "../../src/domain/result";
import { dialects } from "./dialects";
import { emailLog, useStore, type Caller, type StoreHarness } from "./store-harness";
import { tenantRows } from "./tenant-rows";

type Tenant = Awaited<ReturnType<StoreHarness["tenant"]>>;

/** Every change the store takes, as a first request that succeeds in a fresh demo tenant. */
const CHANGES: Array<
  [string, (t: Tenant, store: StoreHarness) => Promise<{ who: Caller; request: InjectOptions }>]
> = [
  [
    "POST /interactions",
    async (t) => ({
      who: t.user,
      request: {
        method: "POST",
        url: "/api/v1/interactions",
        payload: emailLog("<once@x>", { contacts: ["CT101"] }),
      },
    }),
  ],
  [
    "POST /contacts",
    async (t) => ({
      who: t.user,
      request: {
        method: "POST",
        url: "/api/v1/contacts",
        payload: { type: "person", name: "Once", email: "once@northwind.example" },
      },
    }),
  ],
  [
    "PATCH /contacts/:no",
    async (t) => ({
      who: t.user,
      request: { method: "PATCH", url: "/api/v1/contacts/CT102", payload: { jobTitle: "Buyer" } },
    }),
  ],
  [
    "POST /document-events",
    async (t) => ({
      who: t.user,
      request: {
        method: "POST",
        url: "/api/v1/document-events",
        payload: {
          eventKind: "sales_quote",
          documentType: "sales_quote",
          documentNo: "SQ9",
          contactNo: "CT201",
          occurredAt: "2026-11-02T09:00:00.000Z",
        },
      },
    }),
  ],
  [
    "POST /interactions/:entryNo/cancel",
    async (t, store) => ({
      who: t.user,
      request: { method: "POST", url: `/api/v1/interactions/${await entryOf(t, store)}/cancel` },
    }),
  ],
  [
    "POST /interactions/:entryNo/evaluate",
    async (t, store) => ({
      who: t.user,
      request: {
        method: "POST",
        url: `/api/v1/interactions/${await entryOf(t, store)}/evaluate`,
        payload: { evaluation: "positive" },
      },
    }),
  ],
  [
    "POST /interactions/:entryNo/restore",
    async (t, store) => {
      const entryNo = await entryOf(t, store);
      await store.call(t.user, { method: "POST", url: `/api/v1/interactions/${entryNo}/cancel` });
      return { who: t.user, request: { method: "POST", url: `/api/v1/interactions/${entryNo}/restore` } };
    },
  ],
  [
    "PUT /tenant-settings",
    async (t) => ({
      who: t.admin,
      request: { method: "PUT", url: "/api/v1/tenant-settings", payload: { localCurrencyCode: "EUR" } },
    }),
  ],
  [
    "POST /logged-items/:id/cancel",
    async (t, store) => ({
      who: t.user,
      request: { method: "POST", url: `/api/v1/logged-items/${await itemOf(t, store)}/cancel` },
    }),
  ],
  [
    "DELETE /interactions/canceled",
    async (t) => ({
      who: t.admin,
      request: { method: "DELETE", url: "/api/v1/interactions/canceled" },
    }),
  ],
  [
    "PUT /interaction-groups/:code",
    async (t) => ({
      who: t.admin,
      request: { method: "PUT", url: "/api/v1/interaction-groups/VISIT", payload: { description: "Visits" } },
    }),
  ],
  [
    "PUT /interaction-templates/:code",
    async (t) => ({
      who: t.admin,
      request: {
        method: "PUT",
        url: "/api/v1/interaction-templates/VISIT",
        payload: {
          groupCode: "PHONE",
          description: "Visit",
          unitCostLcy: 1,
          unitDurationMin: 60,
          informationFlow: "outbound",
          initiatedBy: "us",
          correspondenceType: "none",
          blocked: false,
        },
      },
    }),
  ],
  [
    "PUT /template-setup/:eventKind",
    async (t) => ({
      who: t.admin,
      request: {
        method: "PUT",
        url: "/api/v1/template-setup/outgoing_call",
        payload: { templateCode: "OUTGOING" },
      },
    }),
  ],
  [
    "POST /never-log",
    async (t) => ({
      who: t.user,
      request: {
        method: "POST",
        url: "/api/v1/never-log",
        payload: { value: "spam.example", kind: "domain", scope: "user" },
      },
    }),
  ],
  [
    "DELETE /never-log/:id",
    async (t) => ({
      who: t.admin,
      request: { method: "DELETE", url: `/api/v1/never-log/nl-${t.tenant}` },
    }),
  ],
  [
    "PUT /internal-domains",
    async (t) => ({
      who: t.admin,
      request: {
        method: "PUT",
        url: "/api/v1/internal-domains",
        payload: { items: ["cronus.example", "cronus-int.example"] },
      },
    }),
  ],
  [
    "POST /import/contacts",
    async (t) => ({
      who: t.admin,
      request: {
        method: "POST",
        url: "/api/v1/import/contacts",
        payload: "Name,E-Mail\nImported Once,imported@northwind.example\n",
        headers: { "content-type": "text/csv" },
      },
    }),
  ],
  [
    "POST /opportunities/import",
    async (t) => ({
      who: t.admin,
      request: {
        method: "POST",
        url: "/api/v1/opportunities/import",
        payload: "No.,Description,Contact No.,Status\nOP1,Once,CT101,In Progress\n",
        headers: { "content-type": "text/csv" },
      },
    }),
  ],
  [
    "POST /campaigns/import",
    async (t) => ({
      who: t.admin,
      request: {
        method: "POST",
        url: "/api/v1/campaigns/import",
        payload: { campaigns: [{ no: "CP1", description: "Once" }] },
      },
    }),
  ],
  [
    "POST /logged-items/:id/resume",
    async (t, store) => {
      const draft = await store.log(
        t.user,
        emailLog(`<d-${randomUUID()}@x>`, { contacts: ["CT101"], postponed: true }),
      );
      const id = draft.json().loggedItem.id as string;
      return {
        who: t.user,
        request: { method: "POST", url: `/api/v1/logged-items/${id}/resume`, payload: {} },
      };
    },
  ],
  [
    "DELETE /logged-items/:id",
    async (t, store) => {
      const draft = await store.log(
        t.user,
        emailLog(`<d-${randomUUID()}@x>`, { contacts: ["CT101"], postponed: true }),
      );
      const id = draft.json().loggedItem.id as string;
      return { who: t.user, request: { method: "DELETE", url: `/api/v1/logged-items/${id}` } };
    },
  ],
  [
    "POST /contacts/:no/erase",
    async (t) => ({ who: t.admin, request: { method: "POST", url: "/api/v1/contacts/CT102/erase" } }),
  ],
  [
    "POST /segments",
    async (t) => ({
      who: t.user,
      request: {
        method: "POST",
        url: "/api/v1/segments",
        payload: { no: "SM1", description: "S", contacts: ["CT101"] },
      },
    }),
  ],
  [
    "POST /segments/:no/log",
    async (t, store) => {
      await store.call(t.user, {
        method: "POST",
        url: "/api/v1/segments",
        payload: { no: "SM2", description: "S", contacts: ["CT101", "CT102"] },
      });
      return {
        who: t.user,
        request: {
          method: "POST",
          url: "/api/v1/segments/SM2/log",
          payload: { templateCode: "BUS", description: "L" },
        },
      };
    },
  ],
  [
    "POST /logged-segments/:id/cancel",
    async (t, store) => {
      await store.call(t.user, {
        method: "POST",
        url: "/api/v1/segments",
        payload: { no: "SM3", description: "S", contacts: ["CT101"] },
      });
      const logged = await store.call(t.user, {
        method: "POST",
        url: "/api/v1/segments/SM3/log",
        payload: { templateCode: "BUS", description: "L" },
        headers: { "idempotency-key": randomUUID() },
      });
      const id = logged.json().loggedSegment.id as string;
      return { who: t.user, request: { method: "POST", url: `/api/v1/logged-segments/${id}/cancel` } };
    },
  ],
];

async function entryOf(t: Tenant, store: StoreHarness): Promise<number> {
  return (await store.log(t.user, emailLog(`<e-${randomUUID()}@x>`, { contacts: ["CT101"] }))).json()
    .entries[0].entryNo;
}
async function itemOf(t: Tenant, store: StoreHarness): Promise<string> {
  return (await store.log(t.user, emailLog(`<i-${randomUUID()}@x>`, { contacts: ["CT101"] }))).json()
    .loggedItem.id;
}

describe.each(dialects())("idempotency keys on every change on %s", (_name, dialect) => {
  let now = new Date("2026-11-20T10:00:00.000Z");
  const queries: string[] = [];
  const local = useStore(dialect, { now: () => now, database: { onQuery: (text) => queries.push(text) } });
  beforeEach(() => {
    now = new Date("2026-11-20T10:00:00.000Z");
  });

  const send = (who: Caller, request: InjectOptions, key?: string) =>
    local.call(who, {
      ...request,
      headers: { ...request.headers, ...(key === undefined ? {} : { "idempotency-key": key }) },
    });

  it.each(CHANGES)(
    "%s: a retry with the same key gets the first answer and changes nothing",
    async (_route, make) => {
      const t = await local.tenant();
      const { who, request } = await make(t, local);
      const key = randomUUID();
      const first = await send(who, request, key);
      expect(first.statusCode).toBeGreaterThanOrEqual(200);
      expect(first.statusCode).toBeLessThan(300);
      const after = await tenantRows(local.dialect, t.tenant);
      const retry = await send(who, request, key);
      expect(retry.statusCode).toBe(first.statusCode);
      expect(retry.body).toBe(first.body);
      expect(retry.headers["idempotent-replayed"]).toBe("true");
      expect(await tenantRows(local.dialect, t.tenant)).toEqual(after);
    },
  );

  it.each(CHANGES)(
    "%s: the same key with another request is a 409 that changes nothing",
    async (_route, make) => {
      const t = await local.tenant();
      const { who, request } = await make(t, local);
      const key = randomUUID();
      expect((await send(who, request, key)).statusCode).toBeLessThan(300);
      const after = await tenantRows(local.dialect, t.tenant);
      const other = await send(
        who,
        {
          method: "POST",
          url: "/api/v1/never-log",
          payload: { value: `other-${randomUUID()}.example`, kind: "domain", scope: "user" },
        },
        key,
      );
      expect(other.statusCode).toBe(409);
      expect(other.json().error.code).toBe("STORE_IDEMPOTENCY_MISMATCH");
      expect(await tenantRows(local.dialect, t.tenant)).toEqual(after);
    },
  );

  it("a changed body under an old key is a 409, and writes nothing", async () => {
    const t = await local.tenant();
    const key = randomUUID();
    await local.log(t.user, emailLog("<m@x>", { contacts: ["CT101"] }), key);
    const before = await tenantRows(local.dialect, t.tenant);
    const changed = await local.log(t.user, emailLog("<m@x>", { contacts: ["CT102"] }), key);
    expect(changed.statusCode).toBe(409);
    expect(changed.json().error.code).toBe("STORE_IDEMPOTENCY_MISMATCH");
    expect(await tenantRows(local.dialect, t.tenant)).toEqual(before);
  });

  it("keys belong to a user: Maria sending Alex's key and body never gets Alex's answer", async () => {
    const t = await local.tenant();
    const maria = await t.as("maria.ivanova@cronus.example");
    const key = randomUUID();
    const body = emailLog("<shared@x>", { contacts: ["CT101"] });
    const alex = await local.log(t.user, body, key);
    expect(alex.statusCode).toBe(201);
    const hers = await local.log(maria, body, key);
    expect(hers.headers["idempotent-replayed"]).toBeUndefined();
    // Her own request ran: the contact was logged already, by Alex.
    expect(hers.statusCode).toBe(200);
    expect(hers.json().alreadyLogged).toEqual([
      expect.objectContaining({ contactNo: "CT101", loggedBy: "alex.rivera@cronus.example" }),
    ]);
  });

  it("keys are taken as sent, never trimmed", async () => {
    const t = await local.tenant();
    const first = await local.log(t.user, emailLog("<trim1@x>", { contacts: ["CT101"] }), "k");
    const spaced = await local.log(t.user, emailLog("<trim2@x>", { contacts: ["CT101"] }), " k");
    expect(first.statusCode).toBe(201);
    expect(spaced.statusCode).toBe(201); // another key, so no mismatch
  });

  it("POST /interactions needs a key; the other changes take one when given", async () => {
    const t = await local.tenant();
    const log = await local.call(t.user, {
      method: "POST",
      url: "/api/v1/interactions",
      payload: emailLog("<nokey@x>", { contacts: ["CT101"] }),
    });
    expect(log.statusCode).toBe(400);
    expect(log.json().error.code).toBe("STORE_IDEMPOTENCY_KEY_REQUIRED");
    const contact = await local.call(t.user, {
      method: "POST",
      url: "/api/v1/contacts",
      payload: { type: "person", name: "No Key" },
    });
    expect(contact.statusCode).toBe(201);
  });

  it("a key expires after 24 hours: then it is new again", async () => {
    const t = await local.tenant();
    const key = randomUUID();
    await local.log(t.user, emailLog("<exp1@x>", { contacts: ["CT101"] }), key);
    now = new Date("2026-11-21T09:59:59.000Z");
    expect((await local.log(t.user, emailLog("<exp2@x>", { contacts: ["CT101"] }), key)).statusCode).toBe(
      409,
    );
    now = new Date("2026-11-21T10:00:01.000Z");
    const reused = await local.log(t.user, emailLog("<exp2@x>", { contacts: ["CT101"] }), key);
    expect(reused.statusCode).toBe(201);
    expect(reused.headers["idempotent-replayed"]).toBeUndefined();
  });

  it("expired keys are swept in bounded batches, and live ones stay", async () => {
    const t = await local.tenant();
    const owner = { tenantId: t.tenant, userId: "sweep@cronus.example" };
    await local.db.transaction(async (repos) => {
      for (let i = 0; i < 250; i += 1) {
        const at = new Date(Date.UTC(2026, 10, 1, 0, 0, i)).toISOString();
        await repos.idempotency.record(owner, `old-${i}`, "h", at, at, {
          statusCode: 200,
          responseJson: null,
        });
      }
      await repos.idempotency.record(owner, "live", "h", now.toISOString(), now.toISOString(), {
        statusCode: 200,
        responseJson: null,
      });
      return ok(undefined);
    });
    const keys = { ttlMs: 24 * 3_600_000, now: () => now };
    const pauses: number[] = [];
    const swept = await sweepExpiredKeys(local.db, keys, 100, async () => void pauses.push(1));
    expect(swept.deleted).toBeGreaterThanOrEqual(250);
    expect(swept.batches).toBeGreaterThanOrEqual(3);
    expect(pauses.length).toBe(swept.batches - 1);
    expect(
      await local.db.repositories.idempotency.find(owner, "old-3", "2000-01-01T00:00:00.000Z"),
    ).toBeUndefined();
    expect(
      await local.db.repositories.idempotency.find(owner, "live", "2000-01-01T00:00:00.000Z"),
    ).toBeDefined();
  });

  it("a replay reads one row and writes nothing: it costs less than the first write", async () => {
    const t = await local.tenant();
    const key = randomUUID();
    const body = emailLog("<cost@x>", { contacts: ["CT101", "CT201"] });
    queries.length = 0;
    await local.log(t.user, body, key);
    const firstWrite = queries.filter((q) => !/^(begin|commit|savepoint|release)/i.test(q.trim())).length;
    queries.length = 0;
    const replay = await local.log(t.user, body, key);
    expect(replay.headers["idempotent-replayed"]).toBe("true");
    expect(queries).toHaveLength(1);
    expect(queries[0]).toMatch(/from "idempotency_keys"/);
    expect(firstWrite).toBeGreaterThan(1);
  });

  it("ten parallel requests with one key change once and all answer the same", async () => {
    const t = await local.tenant();
    const entryNo = await entryOf(t, local);
    const key = randomUUID();
    const answers = await Promise.all(
      Array.from({ length: 10 }, () =>
        local.call(t.user, {
          method: "POST",
          url: `/api/v1/interactions/${entryNo}/cancel`,
          headers: { "idempotency-key": key },
        }),
      ),
    );
    expect(answers.map((a) => (a.statusCode === 200 ? 200 : a.body))).toEqual(Array(10).fill(200));
    expect(new Set(answers.map((a) => a.body)).size).toBe(1);
    const audit = await local.call(t.admin, {
      method: "GET",
      url: `/api/v1/audit?action=entry.cancel&entityId=${entryNo}`,
    });
    expect(audit.json().items).toHaveLength(1);
  });
});

describe.each(dialects())("the key's lifetime is configurable on %s", (_name, dialect) => {
  let now = new Date("2026-11-20T10:00:00.000Z");
  const store1h = useStore(dialect, { now: () => now, config: { idempotencyTtlMs: 3_600_000 } });
  it("with a one-hour lifetime a key is new again after an hour", async () => {
    const t = await store1h.tenant();
    const key = randomUUID();
    await store1h.log(t.user, emailLog("<ttl1@x>", { contacts: ["CT101"] }), key);
    now = new Date("2026-11-20T11:00:01.000Z");
    expect((await store1h.log(t.user, emailLog("<ttl2@x>", { contacts: ["CT101"] }), key)).statusCode).toBe(
      201,
    );
  });
});

describe("a change that does not say how it takes keys", () => {
  it("stops the store from starting", async () => {
    const app = Fastify();
    void app.register(async (api) => {
      addIdempotencyKeys(api, {} as never, { ttlMs: 1, now: () => new Date() });
      api.post("/unsaid", async () => ({}));
    });
    await expect(app.ready()).rejects.toThrow(/POST \/unsaid must say whether it takes an Idempotency-Key/);
    await app.close().catch(() => undefined);
  });
});

describe.each(dialects())("the OpenAPI document on %s", (_name, dialect) => {
  const store = useStore(dialect);
  it("documents the Idempotency-Key on every change: required on POST /interactions and POST /segments/{no}/log, optional elsewhere", async () => {
    const doc = (await store.app.inject({ method: "GET", url: "/api/v1/openapi.json" })).json() as {
      info: { description: string };
      paths: Record<
        string,
        Record<string, { parameters?: Array<{ in: string; name: string; required?: boolean }> }>
      >;
    };
    expect(doc.info.description).toMatch(/Idempotency-Key/);
    const changes = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops)
        .filter(([method]) => ["post", "put", "patch", "delete"].includes(method))
        .map(([method, op]) => ({
          route: `${method.toUpperCase()} ${path}`,
          key: op.parameters?.find((p) => p.in === "header" && p.name === "idempotency-key"),
        })),
    );
    const reads = ["POST /api/v1/contacts/match", "POST /api/v1/dev/token"];
    // The logs: a log of an item, and a log of a segment (many entries at once).
    const KEY_REQUIRED = ["POST /api/v1/interactions", "POST /api/v1/segments/{no}/log"];
    for (const { route, key } of changes.filter((c) => !reads.includes(c.route))) {
      expect({ route, documented: key !== undefined, required: key?.required === true }).toEqual({
        route,
        documented: true,
        required: KEY_REQUIRED.includes(route),
      });
    }
    expect(changes.length).toBeGreaterThanOrEqual(15);
  });
});
