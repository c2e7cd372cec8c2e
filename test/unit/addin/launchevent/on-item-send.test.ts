import type { ItemSnapshot } from "../../../../src/domain/item-snapshot";
import { fail, ok } from "../../../../src/domain/result";
import { createOnItemSend, type OnItemSendDeps } from "../../../../src/addin/launchevent/on-item-send";
import type { MailboxPort } from "../../../../src/addin/ports/mailbox-port";
import type { AddinSettings } from "../../../../src/addin/ports/settings-port";
import type { AutoLogContext } from "../../../../src/addin/ports/auto-log-context-port";
import { EMPTY_AUTO_LOG_CONTEXT } from "../../../../src/addin/ports/auto-log-context-port";
import { memoryOutbox } from "../sync/sync-fakes";

const alex = { name: "Alex Rivera", address: "alex.rivera@cronus.example" };
const anna = { name: "Анна Петрова", address: "Anna.Petrova@fabrikam.example" };
const maria = { name: "Мария Иванова", address: "maria.ivanova@cronus.example" };

function composing(overrides: Partial<ItemSnapshot> = {}): ItemSnapshot {
  return {
    kind: "message",
    mode: "compose",
    subject: "Prices for 2027",
    from: alex,
    to: [anna],
    cc: [maria],
    bcc: [],
    requiredAttendees: [],
    optionalAttendees: [],
    mailbox: { user: alex },
    recipientsTruncated: false,
    ...overrides,
  };
}

function setup(
  options: {
    item?: ItemSnapshot | "fails" | "hangs";
    settings?: AddinSettings;
    headerFails?: boolean;
    context?: Partial<AutoLogContext>;
  } = {},
) {
  let shared: AutoLogContext | undefined =
    options.context === undefined ? undefined : { ...EMPTY_AUTO_LOG_CONTEXT, ...options.context };
  const outbox = memoryOutbox();
  const headers: string[] = [];
  const completions: Array<{ allowEvent?: boolean } | undefined> = [];
  const timers: Array<() => void> = [];
  const item = options.item ?? composing();
  const mailbox = {
    readCurrentItem: async () =>
      item === "fails"
        ? fail({ code: "ADDIN_OFFICE_ASYNC_FAILED" as const, message: "x" })
        : item === "hangs"
          ? new Promise(() => undefined)
          : ok(item),
    setTouchpointId: async (id: string) => {
      if (options.headerFails) return fail({ code: "ADDIN_REQUIREMENT_MISSING" as const, message: "no 1.8" });
      headers.push(id);
      return ok(undefined);
    },
  } as unknown as MailboxPort;
  const deps: OnItemSendDeps = {
    mailbox,
    settings: { read: () => options.settings ?? { autoLog: true }, save: async () => ok(undefined) },
    outbox,
    context: {
      read: async () => shared,
      update: async (change) => {
        shared = change(shared ?? EMPTY_AUTO_LOG_CONTEXT);
      },
    },
    newId: () => "11111111-2222-4333-8444-555555555555",
    now: () => Date.parse("2026-11-24T09:00:00Z"),
    internalDomains: ["cronus.example"],
    neverLog: { addresses: new Set<string>(), domains: new Set(["newsletter.example"]) },
    setTimeout: (callback) => timers.push(callback),
    clearTimeout: () => undefined,
  };
  const handler = createOnItemSend(deps);
  const event = { completed: (options?: { allowEvent?: boolean }) => void completions.push(options) };
  return { handler, event, outbox, headers, completions, timers, context: () => shared };
}

describe("on-send auto-log", () => {
  test("queues a participants-mode log keyed by the x-touchpoint-id it sets, and lets the mail go", async () => {
    const { handler, event, outbox, headers, completions } = setup();
    await handler(event);
    expect(completions).toEqual([{ allowEvent: true }]);
    expect(headers).toEqual(["11111111-2222-4333-8444-555555555555"]);
    const [entry] = [...outbox.entries.values()];
    expect(entry).toMatchObject({
      id: "11111111-2222-4333-8444-555555555555",
      origin: "on-send",
      state: "pending",
      label: "Prices for 2027",
      request: {
        source: { kind: "email", key: "tp:11111111-2222-4333-8444-555555555555", subject: "Prices for 2027" },
        participants: [{ email: "anna.petrova@fabrikam.example", role: "to", name: "Анна Петрова" }],
        informationFlow: "outbound",
        initiatedBy: "us",
      },
    });
  });

  test.each([
    ["auto-log is off", { settings: {} }],
    ["the item is private", { item: composing({ sensitivity: "private" }) }],
    ["the item is confidential", { item: composing({ sensitivity: "confidential" }) }],
    ["every recipient is internal", { item: composing({ to: [maria], cc: [] }) }],
    [
      "the only external recipient is never-logged",
      { item: composing({ to: [{ name: "News", address: "digest@newsletter.example" }], cc: [] }) },
    ],
    ["the item cannot be read", { item: "fails" as const }],
    ["the header cannot be set (a later read would key it differently)", { headerFails: true }],
  ])("nothing is queued when %s, and the mail still goes", async (_name, options) => {
    const { handler, event, outbox, completions } = setup(options);
    await handler(event);
    expect(completions).toEqual([{ allowEvent: true }]);
    expect(outbox.entries.size).toBe(0);
  });

  test("a storage failure (quota) is reported and the mail still goes", async () => {
    const { handler, event, outbox, completions } = setup();
    outbox.add = async () => Promise.reject(new Error("quota exceeded"));
    await handler(event);
    expect(completions).toEqual([{ allowEvent: true }]);
  });

  test("a hung Office call cannot hold the mail: the time guard completes the event once", async () => {
    const { handler, event, completions, timers } = setup({ item: "hangs" });
    void handler(event);
    await new Promise((resolve) => setImmediate(resolve));
    expect(completions).toEqual([]);
    timers.forEach((fire) => fire());
    expect(completions).toEqual([{ allowEvent: true }]);
  });

  test("a meeting being sent is keyed by the domain's meeting key and carries its duration", async () => {
    const meeting = composing({
      kind: "appointment",
      organizer: alex,
      to: [],
      cc: [],
      requiredAttendees: [anna],
      start: "2026-11-25T10:00:00.000Z",
      end: "2026-11-25T10:45:00.000Z",
    });
    const { handler, event, outbox, headers } = setup({ item: meeting });
    await handler(event);
    const [entry] = [...outbox.entries.values()];
    expect(headers).toEqual([]);
    expect(entry?.request?.source).toMatchObject({ kind: "meeting", endAt: "2026-11-25T10:45:00.000Z" });
    expect(entry?.request?.source.key).toMatch(/^mtg:/);
    expect(entry?.request?.durationMin).toBe(45);
  });

  test("policy on: a user who never chose is logged; the conversation is remembered as logged", async () => {
    const item = composing({ conversationId: "conv-1" });
    const { handler, event, outbox, context } = setup({
      item,
      settings: {},
      context: { policy: "on", contacts: { "anna.petrova@fabrikam.example": "known" } },
    });
    await handler(event);
    expect(outbox.entries.size).toBe(1);
    expect(context()?.loggedThreads).toEqual(["conv-1"]);
  });

  test("policy off: nothing is queued even with the user's switch on, and the mail still goes", async () => {
    const { handler, event, outbox, completions } = setup({ context: { policy: "off" } });
    await handler(event);
    expect(completions).toEqual([{ allowEvent: true }]);
    expect(outbox.entries.size).toBe(0);
  });

  test("a reply in a logged conversation is queued only when log replies is on", async () => {
    const reply = composing({ conversationId: "conv-1", composeType: "reply" });
    const context = { loggedThreads: ["conv-1"] };
    const off = setup({ item: reply, context });
    await off.handler(off.event);
    expect(off.outbox.entries.size).toBe(0);
    const on = setup({ item: reply, context, settings: { autoLog: true, logReplies: true } });
    await on.handler(on.event);
    expect(on.outbox.entries.size).toBe(1);
  });

  test("a privacy-blocked contact is left out of the log; with no one else nothing is queued", async () => {
    const { handler, event, outbox } = setup({
      context: { contacts: { "anna.petrova@fabrikam.example": "privacy_blocked" } },
    });
    await handler(event);
    expect(outbox.entries.size).toBe(0);
  });

  test("a message sent again with its x-touchpoint-id is queued under the same id: one log", async () => {
    const { handler, event, outbox, headers } = setup({
      item: composing({ touchpointId: "99999999-2222-4333-8444-555555555555" }),
    });
    await handler(event);
    await handler(event);
    expect(headers).toEqual([]);
    expect([...outbox.entries.keys()]).toEqual(["99999999-2222-4333-8444-555555555555"]);
  });
});
