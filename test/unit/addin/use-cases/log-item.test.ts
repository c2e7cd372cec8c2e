import { loadItemContext } from "../../../../src/addin/use-cases/load-item-context";
import { logItem } from "../../../../src/addin/use-cases/log-item";
import { failureText } from "../../../../src/addin/use-cases/failure-text";
import { createTranslator } from "../../../../src/addin/i18n/create-translator";
import { createFakeDeps } from "./fakes/fake-ports";
import { DEMO } from "./fakes/fake-store";
import { composeEmail, organisedMeeting, receivedEmail } from "./fakes/sample-snapshots";

const translator = createTranslator("en-US");
const choices = {
  contactNos: [DEMO.anna.no, DEMO.john.no],
  templateCode: "EMAIL",
  description: "Prices for 2027",
  evaluation: "positive" as const,
  attemptFailed: false,
};

describe("logItem", () => {
  it("saves to the outbox first, then delivers one entry per chosen contact", async () => {
    const { deps, sync, store } = createFakeDeps(receivedEmail);
    const context = await loadItemContext(deps);
    if (!context.ok) throw new Error("context");
    const saved = await logItem(deps, context.value, choices);
    if (!saved.ok) throw new Error(saved.error.code);
    expect(sync.enqueued.map((entry) => entry.id)).toEqual([saved.value.id]);
    expect(sync.enqueued[0]?.request).toMatchObject({
      source: { kind: "email", key: "msgid:prices-1@fabrikam.example", itemId: "AAMkReceived" },
      contacts: [DEMO.anna.no, DEMO.john.no],
      templateCode: "EMAIL",
      informationFlow: "inbound",
      initiatedBy: "them",
    });
    const delivered = await saved.value.delivered;
    expect(delivered.status === "logged" && delivered.response.entries).toHaveLength(2);
    expect(store.calls.filter((c) => c.method === "logInteraction")[0]?.args[1]).toBe(saved.value.id);
  });

  it("remembers the chosen template for the kind", async () => {
    const { deps, settings } = createFakeDeps(organisedMeeting);
    const context = await loadItemContext(deps);
    if (!context.ok) throw new Error("context");
    await logItem(deps, context.value, { ...choices, contactNos: [DEMO.anna.no], templateCode: "INHOUSE" });
    expect(settings.value().lastTemplate).toEqual({ meeting: "INHOUSE" });
  });

  it("offline: the log stays queued and the outcome says so", async () => {
    const { deps, store, sync } = createFakeDeps(receivedEmail);
    const context = await loadItemContext(deps);
    if (!context.ok) throw new Error("context");
    store.failWith({ code: "ADDIN_OFFLINE", kind: "network", message: "offline" });
    const saved = await logItem(deps, context.value, choices);
    expect(saved.ok && (await saved.value.delivered)).toEqual({ status: "queued", why: "offline" });
    expect(sync.queue).toHaveLength(1);
  });

  it("logs participants it could not match (offline) for the store to match, beside chosen contacts", async () => {
    const { deps, sync } = createFakeDeps(receivedEmail);
    const context = await loadItemContext(deps);
    if (!context.ok) throw new Error("context");
    const participants = [{ email: "lisa.chen@contoso.example", role: "cc" as const, name: "Lisa Chen" }];
    const saved = await logItem(deps, context.value, {
      ...choices,
      contactNos: [DEMO.anna.no],
      participants,
    });
    expect(saved.ok).toBe(true);
    expect(sync.enqueued[0]?.request).toMatchObject({ contacts: [DEMO.anna.no], participants });
    const onlyParticipants = await logItem(deps, context.value, { ...choices, contactNos: [], participants });
    expect(onlyParticipants.ok).toBe(true);
    expect(sync.enqueued[1]?.request?.contacts).toBeUndefined();
  });

  it("a message being written is marked with our header and keyed by it, as the ribbon's log is", async () => {
    const { deps, sync, mailbox } = createFakeDeps(composeEmail);
    const context = await loadItemContext(deps);
    if (!context.ok) throw new Error("context");
    expect(context.value.sourceKey).toBeUndefined();
    const saved = await logItem(deps, context.value, { ...choices, contactNos: [DEMO.lisa.no] });
    if (!saved.ok) throw new Error(saved.error.code);
    expect(mailbox.current()?.touchpointId).toBe(saved.value.id);
    expect(sync.enqueued[0]?.request?.source.key).toBe(`tp:${saved.value.id}`);
  });

  it("refuses to log to nobody", async () => {
    const { deps } = createFakeDeps(receivedEmail);
    const context = await loadItemContext(deps);
    if (!context.ok) throw new Error("context");
    const saved = await logItem(deps, context.value, { ...choices, contactNos: [] });
    expect(saved.ok || saved.error.code).toBe("ADDIN_NO_CONTACTS");
  });

  it("says the log was not saved when the outbox cannot take it, with the outbox's code when it has one", async () => {
    const { deps, store, settings } = createFakeDeps(receivedEmail);
    const context = await loadItemContext(deps);
    if (!context.ok) throw new Error("context");
    deps.sync.enqueue = () => Promise.reject(new Error("ChunkLoadError"));
    const saved = await logItem(deps, context.value, choices);
    expect(saved.ok || saved.error).toEqual({ code: "ADDIN_OUTBOX_UNAVAILABLE", message: "ChunkLoadError" });
    expect(store.calls.filter((c) => c.method === "logInteraction")).toHaveLength(0);
    expect(settings.value().lastTemplate).toBeUndefined();
    expect(failureText(translator, { code: "ADDIN_OUTBOX_UNAVAILABLE" })).not.toContain("ADDIN_");

    deps.sync.enqueue = () => Promise.reject(Object.assign(new Error("full"), { code: "ADDIN_OUTBOX_FULL" }));
    const full = await logItem(deps, context.value, choices);
    expect(full.ok || full.error.code).toBe("ADDIN_OUTBOX_FULL");
  });

  it("reports a saved log as queued when the first drain fails, not as failed", async () => {
    const { deps, sync } = createFakeDeps(receivedEmail);
    const context = await loadItemContext(deps);
    if (!context.ok) throw new Error("context");
    deps.sync.drainNow = () => Promise.reject(new Error("IndexedDB went away"));
    const saved = await logItem(deps, context.value, choices);
    expect(saved.ok && (await saved.value.delivered)).toEqual({ status: "queued", why: "retrying" });
    expect(sync.queue).toHaveLength(1);
  });
});
