import { logItemOneClick } from "../../../../src/addin/use-cases/log-item-one-click";
import { createTranslator } from "../../../../src/addin/i18n/create-translator";
import { createFakeDeps } from "./fakes/fake-ports";
import { composeEmail, emailFrom, organisedMeeting, receivedEmail } from "./fakes/sample-snapshots";

const translator = createTranslator("en-US");

describe("logItemOneClick", () => {
  it("makes exactly one store request, with the participants for the store to match", async () => {
    const { deps, store, mailbox } = createFakeDeps(receivedEmail);
    const result = await logItemOneClick(deps, { translator });
    expect(result.first.message).toBe("Saved — sending…");
    await result.final;
    expect(store.requestCount()).toBe(1);
    const [request] = store.calls[0]?.args as [
      { participants: unknown; templateCode?: string; contacts?: unknown },
    ];
    expect(request.participants).toEqual([
      { email: "anna.petrova@fabrikam.example", name: "Анна Петрова", role: "from" },
      { email: "john.smith@fabrikam.example", name: "John Smith", role: "cc" },
    ]);
    expect(request.templateCode).toBeUndefined();
    expect(request.contacts).toBeUndefined();
    expect(mailbox.notices).toEqual([]);
  });

  it("sends an item's text as the store takes it: no control characters, never half an emoji", async () => {
    const subject = `${"a".repeat(999)}😀\u0007 rest`;
    const item = {
      ...receivedEmail,
      subject,
      from: { ...receivedEmail.from!, name: "Анна\u0000 Петрова" },
    };
    const { deps, store } = createFakeDeps(item);
    await (
      await logItemOneClick(deps, { translator })
    ).final;
    const [request] = store.calls[0]?.args as [
      { source: { subject: string }; description: string; participants: Array<{ name?: string }> },
    ];
    // String.slice(0, 1000) would end on the emoji's first half, which the store refuses (400).
    expect(request.source.subject).toBe(`${"a".repeat(999)}😀`);
    expect(request.description).toBe("a".repeat(100));
    expect(request.participants[0]?.name).toBe("Анна  Петрова");
  });

  it("uses the user's last template for the kind when known", async () => {
    const { deps, store } = createFakeDeps(receivedEmail, {
      settings: { lastTemplate: { email: "INHOUSE" } },
    });
    await (
      await logItemOneClick(deps, { translator })
    ).final;
    expect(store.calls[0]?.args[0]).toMatchObject({ templateCode: "INHOUSE" });
  });

  it("a compose message gets our x-touchpoint-id header first and is keyed by it", async () => {
    const { deps, store, mailbox } = createFakeDeps(composeEmail);
    await (
      await logItemOneClick(deps, { translator })
    ).final;
    const touchpointId = mailbox.current()?.touchpointId;
    expect(touchpointId).toBeDefined();
    // Before the log, a draft reads the reference data (from cache in Outlook) for its template.
    const log = store.calls.find((call) => call.method === "logInteraction");
    expect(log?.args[0]).toMatchObject({ source: { key: `tp:${touchpointId}` } });
    expect(log?.args[1]).toBe(touchpointId);
  });

  it("a meeting being organised is keyed by its own identity, without a header", async () => {
    const { deps, store, mailbox } = createFakeDeps({
      ...organisedMeeting,
      mode: "compose",
      itemId: undefined,
      iCalUId: undefined,
    });
    mailbox.failHeaderWrite();
    const final = await (await logItemOneClick(deps, { translator })).final;
    expect(final.kind).toBe("info");
    expect(mailbox.current()?.touchpointId).toBeUndefined();
    expect(store.calls[0]?.args[0]).toMatchObject({
      source: { kind: "meeting", key: expect.stringMatching(/^mtg:/) },
    });
  });

  it("when the header cannot be written nothing is queued and the notice says why", async () => {
    const { deps, store, mailbox, sync } = createFakeDeps(composeEmail);
    mailbox.failHeaderWrite();
    const result = await logItemOneClick(deps, { translator });
    expect(result.first.kind).toBe("error");
    expect(sync.queue).toHaveLength(0);
    expect(store.requestCount()).toBe(0);
  });

  it("names whom it logged to and the template, from an answer replayed without the template's name", async () => {
    const { deps } = createFakeDeps(organisedMeeting);
    deps.store.logInteraction = async () => ({
      ok: true,
      value: {
        entries: ["Анна Петрова", "John Smith"].map(
          (contactName, n) => ({ contactNo: `CT${n}`, contactName, templateCode: "MEETINV" }) as never,
        ),
        alreadyLogged: [],
        unmatched: [],
        excluded: [],
      },
    });
    const result = await logItemOneClick(deps, {
      translator,
      templateName: (code) => (code === "MEETINV" ? "Meeting invitation" : undefined),
    });
    expect((await result.final).message).toBe("Logged to Анна Петрова and John Smith as Meeting invitation");
  });

  it("names the template by its description on a cold cache: the store's answer says it", async () => {
    const { deps } = createFakeDeps(receivedEmail);
    const final = await (await logItemOneClick(deps, { translator })).final;
    expect(final.message).toBe("Logged to Анна Петрова and John Smith as Emails");
  });

  it("reports what it skipped and why: an ambiguous address needs a choice in Touchpoint", async () => {
    const { deps } = createFakeDeps({
      ...receivedEmail,
      from: { name: "Alex Rivera", address: "alex.rivera@cronus.example" },
      to: [
        { name: "Lisa Chen", address: "lisa.chen@contoso.example" },
        { name: "Contoso Sales", address: "sales@contoso.example" },
      ],
      cc: [],
    });
    const final = await (await logItemOneClick(deps, { translator })).final;
    expect(final.message).toBe(
      "Logged to Lisa Chen as Emails; sales@contoso.example needs a choice — open Touchpoint",
    );
  });

  it("says the rest in counts when the names do not fit Outlook's 150 characters", async () => {
    const { deps } = createFakeDeps(organisedMeeting);
    deps.store.logInteraction = async () => ({
      ok: true,
      value: {
        entries: Array.from({ length: 9 }, (_, n) => ({
          contactNo: `CT${n}`,
          contactName: `A rather long contact name number ${n}`,
          templateCode: "MEETINV",
        })) as never,
        alreadyLogged: [],
        unmatched: [],
        excluded: [],
        skipped: Array.from({ length: 6 }, (_, n) => ({
          address: `someone.with.a.long.address.${n}@partners.example`,
          reason: "none" as const,
        })),
        template: { code: "MEETINV", description: "Meeting invitation" },
      },
    });
    const final = await (await logItemOneClick(deps, { translator })).final;
    expect(final.message.length).toBeLessThanOrEqual(150);
    expect(final.message).toMatch(/6 people are not contacts/);
  });

  it("already logged by a colleague: says who and when", async () => {
    const { deps } = createFakeDeps(receivedEmail);
    deps.store.logInteraction = async () => ({
      ok: true,
      value: {
        entries: [],
        alreadyLogged: [
          {
            contactNo: "CT1",
            entryNo: 4,
            loggedBy: "maria",
            loggedByName: "Мария Иванова",
            loggedAt: "2026-11-20T11:00:00Z",
          },
        ],
        unmatched: [],
        excluded: [],
      },
    });
    const final = await (await logItemOneClick(deps, { translator })).final;
    expect(final.message).toMatch(/^Already logged by Мария Иванова on Nov 20, 2026/);
  });

  it("no participant matched: says who is not a contact, and to open Touchpoint, never a code", async () => {
    const { deps } = createFakeDeps(
      emailFrom({ name: "New Person", address: "new.person@northwind.example" }),
    );
    const final = await (await logItemOneClick(deps, { translator })).final;
    expect(final).toEqual({
      kind: "error",
      message: "Not logged. new.person@northwind.example is not a contact — open Touchpoint",
    });
  });

  it("a refusal whose code this add-in does not know is said in the store's words", async () => {
    const { deps, store } = createFakeDeps(receivedEmail);
    store.failWith({
      code: "ADDIN_HTTP_ERROR",
      kind: "rejected",
      status: 409,
      message: "HTTP 409 STORE_CONTACT_EMAIL_EXISTS: …",
      storeMessage: "A contact with this email address already exists.",
    });
    const final = await (await logItemOneClick(deps, { translator })).final;
    expect(final.message).toBe("Not logged. A contact with this email address already exists.");
  });

  it("only colleagues on the item: no request at all", async () => {
    const { deps, store } = createFakeDeps(
      emailFrom({ name: "Мария", address: "maria.ivanova@cronus.example" }),
    );
    const result = await logItemOneClick(deps, { translator });
    expect(result.first.message).toBe("Nothing to log: nobody outside your organisation is on this item.");
    expect(store.requestCount()).toBe(0);
  });

  it("offline: saved and will sync", async () => {
    const { deps, store } = createFakeDeps(receivedEmail);
    store.failWith({ code: "ADDIN_OFFLINE", kind: "network", message: "offline" });
    const final = await (await logItemOneClick(deps, { translator: createTranslator("ru-RU") })).final;
    expect(final.message).toBe("Сохранено — будет отправлено при подключении");
  });
});
