import { createOfficeMailbox } from "../../../../../src/addin/platform/office/create-office-mailbox";
import { createFakeOffice, type FakeItem } from "./fake-office";

const received: FakeItem = { kind: "message", mode: "read", subject: "Prices", itemId: "AAMk-1" };
const draft: FakeItem = { kind: "message", mode: "compose", subject: "Offer" };

const setUp = (options: Parameters<typeof createFakeOffice>[0] = {}) => {
  const fake = createFakeOffice({ item: received, ...options });
  return { fake, mailbox: createOfficeMailbox(fake.office) };
};

describe("the notification bar", () => {
  test("an info message replaces Touchpoint's one slot, with the manifest's icon", async () => {
    const { fake, mailbox } = setUp();
    expect(await mailbox.notify("progress", "Logging…")).toEqual({ ok: true, value: undefined });
    expect(await mailbox.notify("info", "Logged to 3 contacts as Emails")).toEqual({
      ok: true,
      value: undefined,
    });
    expect([...fake.notifications.entries()]).toEqual([
      [
        "touchpoint",
        {
          type: "informationalMessage",
          message: "Logged to 3 contacts as Emails",
          icon: "Icon.16x16",
          persistent: false,
        },
      ],
    ]);
  });

  test("an error is shown as an error message", async () => {
    const { fake, mailbox } = setUp();
    await mailbox.notify("error", "No contact found — open Touchpoint to choose");
    expect(fake.notifications.get("touchpoint")).toEqual({
      type: "errorMessage",
      message: "No contact found — open Touchpoint to choose",
    });
  });

  test("a message over Outlook's 150 characters is cut with an ellipsis rather than refused", async () => {
    const { fake, mailbox } = setUp();
    await mailbox.notify("info", "x".repeat(400));
    const shown = fake.notifications.get("touchpoint")?.message ?? "";
    expect(shown).toHaveLength(150);
    expect(shown.endsWith("…")).toBe(true);
  });

  test("a failed replaceAsync is a coded failure", async () => {
    const { mailbox } = setUp({ fail: ["notify"] });
    const result = await mailbox.notify("info", "Logged");
    expect(!result.ok && result.error.code).toBe("ADDIN_OFFICE_ASYNC_FAILED");
  });

  test("with no item there is nowhere to notify", async () => {
    const { mailbox } = setUp({ item: null });
    const result = await mailbox.notify("info", "Logged");
    expect(!result.ok && result.error.code).toBe("ADDIN_NO_ITEM");
  });
});

describe("following the selected item", () => {
  test("the listener runs on each ItemChanged until unsubscribed", async () => {
    const { fake, mailbox } = setUp();
    const listener = jest.fn();
    const subscribed = await mailbox.onItemChanged(listener);
    if (!subscribed.ok) throw new Error(subscribed.error.message);
    fake.fireItemChanged();
    fake.fireItemChanged();
    expect(listener).toHaveBeenCalledTimes(2);
    subscribed.value();
    fake.fireItemChanged();
    expect(listener).toHaveBeenCalledTimes(2);
    expect(fake.handlerCount()).toBe(0);
  });

  test("a failed addHandlerAsync is a coded failure", async () => {
    const { mailbox } = setUp({ fail: ["addHandler"] });
    const result = await mailbox.onItemChanged(() => undefined);
    expect(!result.ok && result.error.code).toBe("ADDIN_OFFICE_ASYNC_FAILED");
  });

  test("before Mailbox 1.5 (no pinning) it is a missing requirement", async () => {
    const { mailbox } = setUp({ mailboxVersion: "1.4" });
    const result = await mailbox.onItemChanged(() => undefined);
    expect(!result.ok && result.error.code).toBe("ADDIN_REQUIREMENT_MISSING");
  });
});

describe("marking a message being written", () => {
  test("sets the x-touchpoint-id internet header", async () => {
    const { fake, mailbox } = setUp({ item: draft });
    expect(await mailbox.setTouchpointId("0b6c7c1e-5f1d-4c39-9d2e-1a4c2f3b8e77")).toEqual({
      ok: true,
      value: undefined,
    });
    expect(fake.setHeaders).toEqual({ "x-touchpoint-id": "0b6c7c1e-5f1d-4c39-9d2e-1a4c2f3b8e77" });
  });

  test("a failed setAsync is a coded failure", async () => {
    const { mailbox } = setUp({ item: draft, fail: ["setHeaders"] });
    const result = await mailbox.setTouchpointId("id");
    expect(!result.ok && result.error.code).toBe("ADDIN_OFFICE_ASYNC_FAILED");
  });

  test.each([
    ["a message open for reading", { item: received }],
    ["a host without Mailbox 1.8", { item: draft, mailboxVersion: "1.7" }],
  ])("on %s it is a missing requirement", async (_label, options) => {
    const { mailbox } = setUp(options);
    const result = await mailbox.setTouchpointId("id");
    expect(!result.ok && result.error.code).toBe("ADDIN_REQUIREMENT_MISSING");
    const ahead = mailbox.canSetTouchpointId();
    expect(!ahead.ok && ahead.error.code).toBe("ADDIN_REQUIREMENT_MISSING");
  });

  test("a message being written on Mailbox 1.8 can be marked, as said before any attempt", () => {
    const { mailbox } = setUp({ item: draft });
    expect(mailbox.canSetTouchpointId()).toEqual({ ok: true, value: undefined });
  });
});

describe("opening an item and reading the host", () => {
  test("opens messages and meetings in their own forms", () => {
    const { fake, mailbox } = setUp();
    expect(mailbox.openItem("AAMk-message", "message")).toEqual({ ok: true, value: undefined });
    expect(mailbox.openItem("AAMk-meeting", "appointment")).toEqual({ ok: true, value: undefined });
    expect(fake.opened).toEqual([
      { form: "message", itemId: "AAMk-message" },
      { form: "appointment", itemId: "AAMk-meeting" },
    ]);
  });

  test("an item Outlook cannot open is a coded failure, not a throw", () => {
    const { mailbox } = setUp({ throws: ["openItem"] });
    const result = mailbox.openItem("not-an-id", "message");
    expect(!result.ok && result.error.code).toBe("ADDIN_OFFICE_ASYNC_FAILED");
  });

  test("display language comes from Office", () => {
    expect(setUp({ displayLanguage: "ru-RU" }).mailbox.displayLanguage()).toBe("ru-RU");
  });

  test.each([
    ["#1f1f1f", "dark"],
    ["#ffffff", "light"],
    [undefined, "light"],
  ] as const)("a body background of %s is the %s theme", (color, theme) => {
    expect(setUp(color === undefined ? {} : { bodyBackgroundColor: color }).mailbox.theme()).toBe(theme);
  });
});
