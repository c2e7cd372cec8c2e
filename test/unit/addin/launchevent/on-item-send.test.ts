import type { ItemSnapshot } from "../../../../src/domain/item-snapshot";
import { fail, ok } from "../../../../src/domain/result";
import { createOnItemSend, type OnItemSendDeps } from "../../../../src/addin/launchevent/on-item-send";
import type { MailboxPort } from "../../../../src/addin/ports/mailbox-port";
import type { AddinSettings } from "../../../../src/addin/ports/settings-port";
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
  options: { item?: ItemSnapshot | "fails" | "hangs"; settings?: AddinSettings; headerFails?: boolean } = {},
) {
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
    newId: () => "11111111-2222-4333-8444-555555555555",
    now: () => Date.parse("2026-11-24T09:00:00Z"),
    internalDomains: ["cronus.example"],
    neverLog: { addresses: new Set<string>(), domains: new Set(["newsletter.example"]) },
    setTimeout: (callback) => timers.push(callback),
    clearTimeout: () => undefined,
  };
  const handler = createOnItemSend(deps);
  const event = { completed: (options?: { allowEvent?: boolean }) => void completions.push(options) };
  return { handler, event, outbox, headers, completions, timers };
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
});
