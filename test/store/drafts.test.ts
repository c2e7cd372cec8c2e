import fc from "fast-check";
import type { ContactStatistics, Draft, InteractionEntry } from "../../src/contracts";
import { dialects } from "./dialects";
import { emailLog, useStore, type Caller } from "./store-harness";

describe.each(dialects())("postponed interactions on %s", (_name, dialect) => {
  const store = useStore(dialect);

  const get = async (who: Caller, url: string) => store.call(who, { method: "GET", url: `/api/v1${url}` });
  const drafts = async (who: Caller): Promise<Draft[]> => (await get(who, "/drafts")).json().items;
  const history = async (who: Caller, no: string): Promise<InteractionEntry[]> =>
    (await get(who, `/contacts/${no}/interactions?canceled=include`)).json().items;
  const count = async (who: Caller, no: string): Promise<number> =>
    ((await get(who, `/contacts/${no}/statistics`)).json() as ContactStatistics).count;
  const resume = (who: Caller, id: string, payload: object = {}, key?: string) =>
    store.call(who, {
      method: "POST",
      url: `/api/v1/logged-items/${id}/resume`,
      payload,
      ...(key === undefined ? {} : { headers: { "idempotency-key": key } }),
    });
  const saveDraft = async (who: Caller, source: string, contacts: string[], extra: object = {}) => {
    const res = await store.log(who, emailLog(source, { contacts, postponed: true, ...extra }));
    expect(res.statusCode).toBe(201);
    return res.json() as { loggedItem: { id: string }; entries: InteractionEntry[] };
  };

  it("a saved draft is listed in the caller's drafts and nowhere else: not in history, statistics, source status or export", async () => {
    const t = await store.tenant();
    const draft = await saveDraft(t.user, "<d1@x>", ["CT101", "CT102"]);
    const listed = await drafts(t.user);
    expect(listed.map((d) => d.item.id)).toEqual([draft.loggedItem.id]);
    expect(listed[0]?.entries.map((e) => [e.contactNo, e.postponed])).toEqual([
      ["CT101", true],
      ["CT102", true],
    ]);
    expect(await drafts(t.admin)).toEqual([]);
    expect(await history(t.user, "CT101")).toEqual([]);
    expect(await count(t.user, "CT101")).toBe(0);
    const status = (await get(t.user, "/logged-items?source=%3Cd1%40x%3E")).json();
    expect(status).toMatchObject({ logged: false, loggedItems: [] });
    expect((await get(t.admin, "/export?format=json")).json()).toEqual([]);
    const asked = (await get(t.admin, "/export?format=json&postponed=true")).json() as unknown[];
    expect(asked).toHaveLength(2);
  });

  it("resuming fills in the missing fields and keeps the logged item and entry numbers; the entries count once", async () => {
    const t = await store.tenant();
    const draft = await saveDraft(t.user, "<d2@x>", ["CT101", "CT102"], { templateCode: "EMAIL" });
    const res = await resume(t.user, draft.loggedItem.id, {
      templateCode: "OUTGOING",
      description: "Called back about the quote",
      evaluation: "positive",
      durationMin: 25,
    });
    expect(res.statusCode).toBe(200);
    const resumed = res.json() as Draft;
    expect(resumed.item.id).toBe(draft.loggedItem.id);
    expect(resumed.entries.map((e) => e.entryNo)).toEqual(draft.entries.map((e) => e.entryNo));
    expect(resumed.entries[0]).toMatchObject({
      postponed: false,
      templateCode: "OUTGOING",
      groupCode: "PHONE",
      costLcy: 1,
      durationMin: 25,
      description: "Called back about the quote",
      evaluation: "positive",
    });
    expect((await history(t.user, "CT101")).map((e) => e.entryNo)).toEqual([draft.entries[0]?.entryNo]);
    expect(await count(t.user, "CT101")).toBe(1);
    expect(await count(t.user, "CT100")).toBe(2);
    expect(await drafts(t.user)).toEqual([]);
    expect((await get(t.user, "/logged-items?source=%3Cd2%40x%3E")).json().logged).toBe(true);
  });

  it("a resume replays under its key, and resuming what is no longer a draft is a 409 STORE_NOT_A_DRAFT", async () => {
    const t = await store.tenant();
    const draft = await saveDraft(t.user, "<d3@x>", ["CT101"]);
    const first = await resume(t.user, draft.loggedItem.id, { evaluation: "neutral" }, `${t.tenant}-r`);
    const replay = await resume(t.user, draft.loggedItem.id, { evaluation: "neutral" }, `${t.tenant}-r`);
    expect(replay.statusCode).toBe(200);
    expect(replay.headers["idempotent-replayed"]).toBe("true");
    expect(replay.json()).toEqual(first.json());
    const again = await resume(t.user, draft.loggedItem.id, { evaluation: "neutral" });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe("STORE_NOT_A_DRAFT");
    expect(await count(t.user, "CT101")).toBe(1);
  });

  it("only the draft's author or a manager resumes it; a contact privacy-blocked meanwhile refuses the resume", async () => {
    const t = await store.tenant();
    const draft = await saveDraft(t.user, "<d4@x>", ["CT102"]);
    const colleague = await t.as("maria.ivanova@cronus.example");
    const denied = await resume(colleague, draft.loggedItem.id);
    expect(denied.json().error.code).toBe("STORE_NOT_ENTRY_OWNER");
    const blocked = await store.call(t.admin, {
      method: "PATCH",
      url: "/api/v1/contacts/CT102",
      payload: { privacyBlocked: true },
    });
    expect(blocked.statusCode).toBe(200);
    const refused = await resume(t.user, draft.loggedItem.id);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.code).toBe("STORE_CONTACT_PRIVACY_BLOCKED");
    expect((await drafts(t.user)).map((d) => d.item.id)).toEqual([draft.loggedItem.id]);
  });

  it("a draft is deleted with its entries; a logged item that is not a draft is not", async () => {
    const t = await store.tenant();
    const draft = await saveDraft(t.user, "<d5@x>", ["CT101"]);
    const logged = (await store.log(t.user, emailLog("<d6@x>", { contacts: ["CT101"] }))).json();
    const del = (id: string) => store.call(t.user, { method: "DELETE", url: `/api/v1/logged-items/${id}` });
    expect((await del(draft.loggedItem.id)).statusCode).toBe(204);
    expect(await drafts(t.user)).toEqual([]);
    expect((await get(t.admin, "/export?format=json&postponed=true")).json()).toHaveLength(1);
    const refused = await del(logged.loggedItem.id);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe("STORE_NOT_A_DRAFT");
    expect((await del(draft.loggedItem.id)).statusCode).toBe(404);
    expect(await count(t.user, "CT101")).toBe(1);
  });

  const attempt = fc.record({
    key: fc.constantFrom("a", "b", "fresh"),
    evaluation: fc.constantFrom("positive", "negative", undefined),
    template: fc.constantFrom("OUTGOING", "BUS", undefined),
  });

  it("resume never creates a second entry: any sequence of resumes, replays and conflicts leaves one entry per contact", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.subarray(["CT101", "CT102", "CT201"], { minLength: 1 }),
        fc.array(attempt, { minLength: 1, maxLength: 6 }),
        async (contacts, attempts) => {
          const t = await store.tenant();
          const draft = await saveDraft(t.user, "<prop@x>", contacts);
          for (const [i, a] of attempts.entries()) {
            const body = {
              ...(a.evaluation === undefined ? {} : { evaluation: a.evaluation }),
              ...(a.template === undefined ? {} : { templateCode: a.template }),
            };
            const res = await resume(
              t.user,
              draft.loggedItem.id,
              body,
              `${t.tenant}-${a.key === "fresh" ? i : a.key}`,
            );
            expect([200, 409]).toContain(res.statusCode);
          }
          const all = (await Promise.all(contacts.map((no) => history(t.user, no)))).flat();
          expect(all.map((e) => e.entryNo).sort()).toEqual(draft.entries.map((e) => e.entryNo).sort());
          expect(all.every((e) => e.loggedItemId === draft.loggedItem.id && !e.postponed)).toBe(true);
          for (const no of contacts) expect(await count(t.user, no)).toBe(1);
        },
      ),
      { numRuns: 12 },
    );
  }, 120_000);
});
