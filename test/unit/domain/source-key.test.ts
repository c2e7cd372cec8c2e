import fc from "fast-check";
import { normalizeMessageId, sourceKeyOf, touchpointSourceKey } from "../../../src/domain/source-key";
import type { ItemSnapshot } from "../../../src/domain/item-snapshot";
import { anna, buildSnapshot, lisa, maria, user } from "./build-snapshot";

const keyOf = (snapshot: ItemSnapshot) => {
  const result = sourceKeyOf(snapshot);
  return result.ok ? result.value.key : result.error.reason;
};
const meeting = (over: Partial<ItemSnapshot> = {}) =>
  buildSnapshot({
    kind: "appointment",
    organizer: maria,
    start: "2026-11-24T09:00:00Z",
    end: "2026-11-24T10:00:00Z",
    subject: "Kick-off",
    ...over,
  });

describe("email source keys", () => {
  it.each([
    [
      "a read message by its Message-ID",
      { internetMessageId: " <CAF=ab.Cd@Mail.Gmail.COM> " },
      "msgid:CAF=ab.Cd@mail.gmail.com",
    ],
    ["a folded Message-ID", { internetMessageId: "<abc\r\n @example.org>" }, "msgid:abc@example.org"],
    [
      "our header wins in read mode",
      { internetMessageId: "<a@b.test>", touchpointId: "6f1c-42" },
      "tp:6f1c-42",
    ],
    ["a composed message with our header", { mode: "compose", touchpointId: " 6f1c-42 " }, "tp:6f1c-42"],
    ["a composed message without our header asks for one", { mode: "compose" }, "compose_needs_header"],
    ["a read message with no Message-ID", { internetMessageId: "  " }, "no_message_id"],
    ["a read message with only brackets", { internetMessageId: "<>" }, "no_message_id"],
    [
      "a malformed header value is ignored",
      { touchpointId: "a b", internetMessageId: "<a@b.test>" },
      "msgid:a@b.test",
    ],
  ] as [string, Partial<ItemSnapshot>, string][])("%s", (_name, over, expected) => {
    expect(keyOf(buildSnapshot({ from: anna, ...over }))).toBe(expected);
  });

  it("keeps the case of a Message-ID's local part", () => {
    expect(normalizeMessageId("<ABC@x.test>")).not.toBe(normalizeMessageId("<abc@x.test>"));
    expect(touchpointSourceKey(" id-1 ")).toBe("tp:id-1");
  });

  it("reports the failure as a coded value", () => {
    expect(sourceKeyOf(buildSnapshot({ mode: "compose" }))).toEqual({
      ok: false,
      error: { code: "DOMAIN_NO_SOURCE_KEY", reason: "compose_needs_header" },
    });
    expect(sourceKeyOf(buildSnapshot({ internetMessageId: "<m@x.test>" }))).toEqual({
      ok: true,
      value: { kind: "email", key: "msgid:m@x.test" },
    });
  });
});

describe("email source keys without a Message-ID", () => {
  const sent = (over: Partial<ItemSnapshot> = {}) =>
    buildSnapshot({
      from: anna,
      to: [user("alex.rivera@cronus.example")],
      subject: "Prices for 2027",
      sentAt: "2026-11-24T09:15:07Z",
      dateTimeCreated: "2026-11-24T09:15:09.412Z",
      ...over,
    });

  it.each([
    ["the Date header's time, to the second", {}, "same"],
    ["another mailbox (another recipient) reading the same message", { mailbox: { user: maria } }, "same"],
    ["another recipient's own received time", { dateTimeCreated: "2026-11-24T09:17:00Z" }, "same"],
    ["milliseconds the host adds to the sent time", { sentAt: "2026-11-24T09:15:07.999Z" }, "same"],
    ["the same instant in another zone", { sentAt: "2026-11-24T12:15:07+03:00" }, "same"],
    [
      "the sender's address in other case, with another display name",
      { from: user("ANNA.Petrova@Fabrikam.example", "A. P.") },
      "same",
    ],
    ["the subject with surrounding space", { subject: "  Prices for 2027 " }, "same"],
    ["a whitespace-only Message-ID", { internetMessageId: "  " }, "same"],
    ["another sender", { from: lisa }, "different"],
    ["another second", { sentAt: "2026-11-24T09:15:08Z" }, "different"],
    ["another subject", { subject: "Re: Prices for 2027" }, "different"],
  ] as [string, Partial<ItemSnapshot>, "same" | "different"][])(
    "%s gives the %s key",
    (_name, over, expected) => {
      const base = keyOf(sent());
      expect(base).toMatch(/^mail:[0-9a-f]{64}$/);
      if (expected === "same") expect(keyOf(sent(over))).toBe(base);
      else expect(keyOf(sent(over))).not.toBe(base);
    },
  );

  it("falls back to the received time when the host gives no sent time, and to the Sender without a From", () => {
    expect(keyOf(sent({ sentAt: undefined }))).toBe(keyOf(sent({ sentAt: "2026-11-24T09:15:09Z" })));
    expect(keyOf(sent({ from: undefined, sender: anna }))).toBe(keyOf(sent()));
  });

  it("has no key without a usable sender or time", () => {
    expect(keyOf(sent({ from: user("not an address") }))).toBe("no_message_id");
    expect(keyOf(sent({ sentAt: undefined, dateTimeCreated: undefined }))).toBe("no_message_id");
    expect(keyOf(sent({ sentAt: "yesterday", dateTimeCreated: undefined }))).toBe("no_message_id");
  });

  it("a Message-ID, when there is one, wins over the fallback", () => {
    expect(keyOf(sent({ internetMessageId: "<m@x.test>" }))).toBe("msgid:m@x.test");
  });

  it("is the same for every recipient whatever each one's mailbox, recipients and received time", () => {
    const recipient = fc.record({
      local: fc.stringMatching(/^[a-z][a-z0-9.]{0,10}[a-z0-9]$/),
      receivedAfterMs: fc.integer({ min: 0, max: 86_400_000 }),
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4_000_000_000 }),
        fc.string({ maxLength: 30 }),
        fc.array(recipient, { minLength: 2, maxLength: 5 }),
        (seconds, subject, recipients) => {
          const sentAt = new Date(seconds * 1000).toISOString();
          const keys = recipients.map(({ local, receivedAfterMs }) =>
            keyOf(
              sent({
                sentAt,
                subject,
                dateTimeCreated: new Date(seconds * 1000 + receivedAfterMs).toISOString(),
                mailbox: { user: user(`${local}@partner.example`) },
                to: recipients.map((other) => user(`${other.local}@partner.example`)),
              }),
            ),
          );
          expect(new Set(keys).size).toBe(1);
          expect(keys[0]).toMatch(/^mail:/);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("meeting source keys", () => {
  it("keys a single meeting by its UID", () => {
    expect(keyOf(meeting({ iCalUId: "040000008200E00074C5B7101A82E008" }))).toBe(
      "ical:040000008200E00074C5B7101A82E008",
    );
  });

  it("keys an occurrence of a series by UID and its start, in one spelling of the instant", () => {
    const occurrence = meeting({
      iCalUId: "UID-1",
      seriesId: "AAMk-master",
      start: "2026-11-24T12:00:00+03:00",
    });
    expect(keyOf(occurrence)).toBe("ical:UID-1@2026-11-24T09:00:00.000Z");
    expect(keyOf({ ...occurrence, start: "2026-11-24T09:00:00.000Z" })).toBe(keyOf(occurrence));
    expect(keyOf({ ...occurrence, start: "2026-12-01T09:00:00Z" })).not.toBe(keyOf(occurrence));
    expect(keyOf({ ...occurrence, seriesId: undefined })).toBe("ical:UID-1");
  });

  it("needs the start of an occurrence", () => {
    expect(keyOf(meeting({ iCalUId: "UID-1", seriesId: "m", start: "not a time" }))).toBe(
      "no_occurrence_start",
    );
  });

  it("hashes organizer, start and subject when there is no UID", () => {
    const key = keyOf(meeting());
    expect(key).toMatch(/^mtg:[0-9a-f]{64}$/);
    expect(
      keyOf(
        meeting({ organizer: user(" MARIA.IVANOVA@Cronus.Example ", "other name"), subject: "  Kick-off " }),
      ),
    ).toBe(key);
    expect(keyOf(meeting({ start: "2026-11-24T09:00:00" }))).toBe(key);
  });

  it("takes the mailbox as organizer of a meeting being organised", () => {
    const organising = meeting({ mode: "compose", organizer: undefined, mailbox: { user: maria } });
    expect(keyOf(organising)).toBe(keyOf(meeting()));
  });

  it("has no key without an organizer or a start", () => {
    expect(keyOf(meeting({ organizer: undefined }))).toBe("no_meeting_identity");
    expect(keyOf(meeting({ start: undefined }))).toBe("no_meeting_identity");
  });

  it("is stable for the same inputs and changes when any field changes", () => {
    const field = fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim().length > 0);
    const minutes = fc.integer({ min: 0, max: 10_000_000 });
    fc.assert(
      fc.property(field, minutes, field, minutes, field, (subject, at, otherSubject, otherAt, local) => {
        const start = new Date(at * 60_000).toISOString();
        const organizer = user(`${local.replace(/[^a-z0-9]/gi, "") || "x"}@fabrikam.example`);
        const base = meeting({ organizer, start, subject });
        const key = keyOf(base);
        expect(keyOf({ ...base })).toBe(key);
        if (subject.trim() !== otherSubject.trim())
          expect(keyOf({ ...base, subject: otherSubject })).not.toBe(key);
        if (at !== otherAt)
          expect(keyOf({ ...base, start: new Date(otherAt * 60_000).toISOString() })).not.toBe(key);
        expect(keyOf({ ...base, organizer: user("someone.else@contoso.example") })).not.toBe(key);
      }),
      { numRuns: 300 },
    );
  });
});
