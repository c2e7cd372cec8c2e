import { runLogItemCommand } from "../../../../src/addin/commands/log-item-command";
import { createFakeDeps } from "../use-cases/fakes/fake-ports";
import { receivedEmail } from "../use-cases/fakes/sample-snapshots";

const event = () => ({ completed: jest.fn() });

describe("the ribbon's Log command", () => {
  it("logs in one request, says what happened and completes", async () => {
    const { deps, store, mailbox } = createFakeDeps(receivedEmail);
    const done = event();
    await runLogItemCommand(done, {
      compose: () => deps,
      templateNames: async () => new Map([["EMAIL", "Emails"]]),
    });
    expect(done.completed).toHaveBeenCalledTimes(1);
    expect(store.requestCount()).toBe(1);
    expect(mailbox.notices.map((n) => n.message)).toEqual([
      "Saved — sending…",
      "Logged to Анна Петрова and John Smith as Emails",
    ]);
  });

  it("completes when building the ports throws", async () => {
    const done = event();
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    await runLogItemCommand(done, {
      compose: () => {
        throw new Error("no Office");
      },
    });
    expect(done.completed).toHaveBeenCalledTimes(1);
  });

  it("completes and shows an error when the outbox write fails", async () => {
    const { deps, mailbox } = createFakeDeps(receivedEmail);
    deps.sync.enqueue = () => Promise.reject(new Error("quota exceeded"));
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    const done = event();
    await runLogItemCommand(done, { compose: () => deps });
    expect(done.completed).toHaveBeenCalledTimes(1);
    expect(mailbox.notices.at(-1)).toEqual({
      kind: "error",
      message:
        "Not logged. This computer cannot keep unsent logs right now, so nothing was saved. Try again, or reopen Outlook.",
    });
  });

  it("completes with the saved notice when delivery takes longer than it may wait", async () => {
    const { deps, mailbox } = createFakeDeps(receivedEmail);
    deps.sync.drainNow = () => new Promise(() => undefined);
    const done = event();
    await runLogItemCommand(done, { compose: () => deps, deliveryWaitMs: 10 });
    expect(done.completed).toHaveBeenCalledTimes(1);
    expect(mailbox.notices.map((n) => n.message)).toEqual([
      "Saved — sending…",
      "Saved — the store did not answer; Touchpoint will try again",
    ]);
  });

  it("completes when no item is open", async () => {
    const { deps, mailbox } = createFakeDeps(undefined, { language: "ru-RU" });
    const done = event();
    await runLogItemCommand(done, { compose: () => deps });
    expect(done.completed).toHaveBeenCalledTimes(1);
    expect(mailbox.notices[0]?.message).toBe("Откройте письмо или встречу, чтобы записать.");
  });

  it("a bug says that something went wrong in the user's language, never its own text", async () => {
    const { deps, mailbox } = createFakeDeps(receivedEmail);
    deps.mailbox.readCurrentItem = () => Promise.reject(new TypeError("item.from is undefined"));
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    const done = event();
    await runLogItemCommand(done, { compose: () => deps });
    expect(done.completed).toHaveBeenCalledTimes(1);
    expect(mailbox.notices.at(-1)).toEqual({
      kind: "error",
      message:
        "Not logged. Something unexpected went wrong. Try again; if it keeps happening, reopen Outlook.",
    });
  });
});
