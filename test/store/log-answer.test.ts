import { dialects } from "./dialects";
import { emailLog, useStore } from "./store-harness";

describe.each(dialects())("the answer of POST /interactions on %s", (_name, dialect) => {
  const store = useStore(dialect);

  it("shows each entry exactly as a later read of the same source does", async () => {
    const t = await store.tenant();
    const res = await store.log(
      t.user,
      emailLog("<answer-1@x>", {
        contacts: ["CT201", "CT101"],
        costLcy: 12.3456789,
        durationMin: 7.25,
        evaluation: "positive",
        description: "Прайс-лист и условия",
        source: {
          kind: "email",
          key: "<answer-1@x>",
          subject: "Prices",
          occurredAt: "2026-11-20T10:00:00Z",
          webLink: "https://outlook.office.com/mail/id/1",
          itemId: "AAMkAD1",
        },
      }),
    );
    expect(res.statusCode).toBe(201);
    const answered = res.json().entries;
    const status = await store.call(t.user, {
      method: "GET",
      url: `/api/v1/logged-items?source=${encodeURIComponent("<answer-1@x>")}`,
    });
    const read = status.json().loggedItems[0].entries;
    expect(answered).toEqual(read);
    expect(answered.map((e: { contactNo: string }) => e.contactNo)).toEqual(["CT101", "CT201"]);
    expect(answered[0]).toMatchObject({
      costLcy: 12.345679,
      durationMin: 7.25,
      contactName: expect.any(String),
    });
  });
});

describe.each(dialects())("a retried log on %s", (_name, dialect) => {
  const store = useStore(dialect);

  it("replays the first answer even when the request would no longer validate (its template is now blocked)", async () => {
    const t = await store.tenant();
    const body = emailLog("<retry-blocked@x>", { contacts: ["CT101"], templateCode: "BUS" });
    const first = await store.log(t.user, body, "retry-key-1");
    expect(first.statusCode).toBe(201);
    const templates = await store.call(t.user, { method: "GET", url: "/api/v1/interaction-templates" });
    const bus = templates.json().items.find((tpl: { code: string }) => tpl.code === "BUS");
    const { code: _code, ...fields } = bus;
    const blocked = await store.call(t.admin, {
      method: "PUT",
      url: "/api/v1/interaction-templates/BUS",
      payload: { ...fields, blocked: true },
    });
    expect(blocked.statusCode).toBe(200);

    const again = await store.log(t.user, body, "retry-key-1");
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual(first.json());
    const fresh = await store.log(
      t.user,
      emailLog("<retry-blocked-2@x>", { contacts: ["CT101"], templateCode: "BUS" }),
    );
    expect(fresh.json().error.code).toBe("STORE_TEMPLATE_BLOCKED");
    const mismatch = await store.log(t.user, { ...body, description: "changed" }, "retry-key-1");
    expect(mismatch.json().error.code).toBe("STORE_IDEMPOTENCY_MISMATCH");
  });
});
