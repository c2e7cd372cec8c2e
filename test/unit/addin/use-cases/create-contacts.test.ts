import { createPeople, draftPeople } from "../../../../src/addin/use-cases/create-contacts";
import type { ParticipantView } from "../../../../src/addin/use-cases/item-context";
import { createFakeDeps } from "./fakes/fake-ports";

const unknown = (address: string, name = ""): ParticipantView => ({
  state: "unknown",
  email: address,
  normalized: address,
  name,
  role: "required",
});

describe("creating unknown people in bulk", () => {
  it("starts each from the display name or the address, and the company from the domain (none for free mail)", () => {
    let n = 0;
    const drafts = draftPeople(
      [unknown("olga.guest@partners1.example", "Olga Guest"), unknown("peter.pan@gmail.com")],
      () => `key-${++n}`,
    );
    expect(drafts).toEqual([
      {
        key: "key-1",
        email: "olga.guest@partners1.example",
        name: "Olga Guest",
        company: "Partners1",
        include: true,
      },
      { key: "key-2", email: "peter.pan@gmail.com", name: "Peter Pan", company: "", include: true },
    ]);
  });

  it("creates each company once, with its people's domains, and files the people under it", async () => {
    const { deps, store } = createFakeDeps(undefined);
    const drafts = draftPeople(
      [unknown("a@partners1.example"), unknown("b@partners1.example"), unknown("c@gmail.com")],
      deps.newId,
    );
    const outcome = await createPeople(deps, drafts, new Map());
    const created = store.calls.filter((c) => c.method === "createContact").map((c) => c.args[0]);
    expect(created[0]).toEqual({ type: "company", name: "Partners1", domains: ["partners1.example"] });
    expect(created.slice(1)).toEqual([
      expect.objectContaining({
        type: "person",
        email: "a@partners1.example",
        companyNo: expect.any(String),
      }),
      expect.objectContaining({
        type: "person",
        email: "b@partners1.example",
        companyNo: expect.any(String),
      }),
      { type: "person", name: "C", email: "c@gmail.com" },
    ]);
    expect(Object.keys(outcome.created)).toEqual([
      "a@partners1.example",
      "b@partners1.example",
      "c@gmail.com",
    ]);
    expect(outcome.failed).toEqual([]);
  });

  it("creates only what is ticked and named, and a second press reuses every key", async () => {
    const { deps, store } = createFakeDeps(undefined);
    const drafts = draftPeople([unknown("a@partners1.example"), unknown("b@partners1.example")], deps.newId);
    const [first, second] = drafts;
    if (!first || !second) throw new Error("drafts");
    second.include = false;
    const companyKeys = new Map<string, string>();
    store.failWith({ code: "STORE_UNAVAILABLE", kind: "server", status: 503, message: "down" });
    const failed = await createPeople(deps, drafts, companyKeys);
    expect(failed.failed.map((f) => f.email)).toEqual(["a@partners1.example"]);
    store.failWith(undefined);
    await createPeople(deps, drafts, companyKeys);
    const calls = store.calls.filter((c) => c.method === "createContact");
    // The company failed, so nobody was filed under it; the second press makes it under the same key.
    expect(calls.map((c) => (c.args[0] as { type: string }).type)).toEqual(["company", "company", "person"]);
    expect(calls[1]?.args[1]).toBe(calls[0]?.args[1]);
    expect(calls[2]?.args[1]).toBe(first.key);
    expect(store.calls.some((c) => (c.args[0] as { email?: string }).email === "b@partners1.example")).toBe(
      false,
    );
  });
});
