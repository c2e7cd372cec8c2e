import { createTranslator } from "../../../../src/addin/i18n/create-translator";
import { failureText } from "../../../../src/addin/use-cases/failure-text";
import { loadItemContext } from "../../../../src/addin/use-cases/load-item-context";
import { logItem } from "../../../../src/addin/use-cases/log-item";
import { logItemOneClick } from "../../../../src/addin/use-cases/log-item-one-click";
import { templateForItem } from "../../../../src/domain/template-choice";
import { createFakeDeps } from "./fakes/fake-ports";
import { DEMO } from "./fakes/fake-store";
import { composeEmail, receivedEmail } from "./fakes/sample-snapshots";

const translator = createTranslator("en-US");
const requestOf = (calls: Array<{ method: string; args: unknown[] }>) =>
  calls.find((call) => call.method === "logInteraction")?.args[0] as { templateCode?: string } | undefined;

function draftDeps(settings = {}) {
  const fakes = createFakeDeps(composeEmail, { settings });
  fakes.store.setDraftTemplate("EMAIL_D");
  return fakes;
}

describe("logging a message being written", () => {
  it("the pane defaults a draft to template setup's email draft template, not the email one", async () => {
    const { deps } = draftDeps();
    const context = await loadItemContext(deps);
    expect(context.ok && context.value.defaultTemplateCode).toBe("EMAIL_D");
  });

  it("the ribbon logs a draft with template setup's email draft template", async () => {
    const { deps, store } = draftDeps();
    await (
      await logItemOneClick(deps, { translator })
    ).final;
    expect(requestOf(store.calls)?.templateCode).toBe("EMAIL_D");
  });

  it("the pane and the ribbon choose the same template for a draft: the one rule, templateForItem", async () => {
    const { deps, store } = draftDeps();
    const context = await loadItemContext(deps);
    if (!context.ok) throw new Error("no context");
    const rule = templateForItem(
      composeEmail,
      [{ eventKind: "email_draft", templateCode: "EMAIL_D" }],
      undefined,
      [...context.value.templates],
    );
    await (
      await logItemOneClick(deps, { translator })
    ).final;
    expect(context.value.defaultTemplateCode).toBe(rule?.code);
    expect(requestOf(store.calls)?.templateCode).toBe(rule?.code);
  });

  it("a template last chosen for received emails does not become the draft's", async () => {
    const { deps, store } = draftDeps({ lastTemplate: { email: "INHOUSE" } });
    const context = await loadItemContext(deps);
    await (
      await logItemOneClick(deps, { translator })
    ).final;
    expect(context.ok && context.value.defaultTemplateCode).toBe("EMAIL_D");
    expect(requestOf(store.calls)?.templateCode).toBe("EMAIL_D");
  });

  it("the template chosen for a draft in the pane is remembered for drafts only, and the ribbon follows it", async () => {
    const { deps, settings } = draftDeps();
    const context = await loadItemContext(deps);
    if (!context.ok) throw new Error("no context");
    const saved = await logItem(deps, context.value, {
      contactNos: [DEMO.anna.no],
      templateCode: "INHOUSE",
      description: "Proposal",
      evaluation: "neutral",
      attemptFailed: false,
    });
    expect(saved.ok).toBe(true);
    expect(settings.value().lastTemplate).toEqual({ email_draft: "INHOUSE" });
    const received = createFakeDeps(receivedEmail, { settings: settings.value() });
    const receivedContext = await loadItemContext(received.deps);
    expect(receivedContext.ok && receivedContext.value.defaultTemplateCode).toBe("EMAIL");
  });

  it("the pane marks a draft with our header before it logs, and the ribbon then finds it marked: one key", async () => {
    const { deps, mailbox, store } = draftDeps();
    const context = await loadItemContext(deps);
    if (!context.ok) throw new Error("no context");
    const saved = await logItem(deps, context.value, {
      contactNos: [DEMO.anna.no],
      description: "Proposal",
      evaluation: "neutral",
      attemptFailed: false,
    });
    if (!saved.ok) throw new Error(saved.error.code);
    await saved.value.delivered;
    const id = mailbox.current()?.touchpointId;
    expect(id).toBe(saved.value.id);
    await (
      await logItemOneClick(deps, { translator })
    ).final;
    const keys = store.calls
      .filter((call) => call.method === "logInteraction")
      .map((call) => (call.args[0] as { source: { key: string } }).source.key);
    expect(keys).toEqual([`tp:${id}`, `tp:${id}`]);
  });

  it("a draft the ribbon marked after the pane read it is logged under the ribbon's mark: one logged item", async () => {
    const { deps, mailbox, store } = draftDeps();
    const context = await loadItemContext(deps);
    if (!context.ok) throw new Error("no context");
    await (
      await logItemOneClick(deps, { translator })
    ).final;
    const ribbonMark = mailbox.current()?.touchpointId;
    const saved = await logItem(deps, context.value, {
      contactNos: [DEMO.lisa.no],
      description: "Proposal",
      evaluation: "neutral",
      attemptFailed: false,
    });
    if (!saved.ok) throw new Error(saved.error.code);
    await saved.value.delivered;
    expect(mailbox.current()?.touchpointId).toBe(ribbonMark);
    const keys = store.calls
      .filter((call) => call.method === "logInteraction")
      .map((call) => (call.args[0] as { source: { key: string } }).source.key);
    expect(keys).toEqual([`tp:${ribbonMark}`, `tp:${ribbonMark}`]);
  });

  it("an Outlook that cannot set headers: the pane says why before any click, and Log refuses with that sentence", async () => {
    const { deps, mailbox, sync } = draftDeps();
    mailbox.lackHeaderSupport();
    const context = await loadItemContext(deps);
    if (!context.ok) throw new Error("no context");
    expect(context.value.draftProblem?.code).toBe("ADDIN_DRAFT_MARK_UNSUPPORTED");
    expect(failureText(translator, context.value.draftProblem ?? { code: "ADDIN_UNEXPECTED" })).toMatch(
      /cannot mark a message while you write it/,
    );
    const saved = await logItem(deps, context.value, {
      contactNos: [DEMO.anna.no],
      description: "Proposal",
      evaluation: "neutral",
      attemptFailed: false,
    });
    expect(!saved.ok && saved.error.code).toBe("ADDIN_DRAFT_MARK_UNSUPPORTED");
    expect(sync.queue).toHaveLength(0);
  });

  it("a header write Outlook refuses: the ribbon says so in a sentence and queues nothing", async () => {
    const { deps, mailbox, sync } = draftDeps();
    mailbox.failHeaderWrite();
    const result = await logItemOneClick(deps, { translator });
    expect(result.first).toEqual({
      kind: "error",
      message: expect.stringMatching(/Outlook did not let Touchpoint mark this message/),
    });
    expect(sync.queue).toHaveLength(0);
  });

  it("a received email is never asked about headers and has no draft problem", async () => {
    const { deps, mailbox } = createFakeDeps(receivedEmail);
    mailbox.lackHeaderSupport();
    const context = await loadItemContext(deps);
    expect(context.ok && context.value.draftProblem).toBeUndefined();
  });
});
