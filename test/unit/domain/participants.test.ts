import fc from "fast-check";
import { participantsOf } from "../../../src/domain/participants";
import { alex, anna, buildSnapshot, john, lisa, maria, user } from "./build-snapshot";

const internal = new Set(["cronus.example"]);
const summary = (snapshot: Parameters<typeof participantsOf>[0]) =>
  participantsOf(snapshot, internal).map(
    (p) =>
      `${p.address}|${p.role}|${p.roles.join(",")}|${p.internal ? "int" : "ext"}${p.invalid ? "|invalid" : ""}`,
  );

describe("participantsOf", () => {
  it("lists a received message's people once each, without the signed-in user", () => {
    const snapshot = buildSnapshot({
      from: anna,
      to: [alex, john],
      cc: [maria, user("JOHN.SMITH@Fabrikam.Example", "J. S.")],
    });
    expect(summary(snapshot)).toEqual([
      "anna.petrova@fabrikam.example|from|from|ext",
      "john.smith@fabrikam.example|to|to,cc|ext",
      "maria.ivanova@cronus.example|cc|cc|int",
    ]);
  });

  it("keeps every author of a From with several mailboxes", () => {
    const snapshot = buildSnapshot({ from: anna, coAuthors: [john, anna], to: [alex] });
    expect(summary(snapshot)).toEqual([
      "anna.petrova@fabrikam.example|from|from|ext",
      "john.smith@fabrikam.example|from|from|ext",
    ]);
  });

  it("leaves a meeting's rooms and resources out, whatever field lists them", () => {
    const snapshot = buildSnapshot({
      kind: "appointment",
      organizer: alex,
      requiredAttendees: [anna, user("Room.Everest@Cronus.example", "Everest")],
      optionalAttendees: [user("projector-2@cronus.example", "Projector 2"), lisa],
      rooms: ["room.everest@cronus.example", "PROJECTOR-2@cronus.example"],
    });
    expect(summary(snapshot)).toEqual([
      "anna.petrova@fabrikam.example|required|required|ext",
      "lisa.chen@contoso.example|optional|optional|ext",
    ]);
  });

  it("never lets a display name decide identity", () => {
    const snapshot = buildSnapshot({
      from: anna,
      to: [
        user("anna.petrova@fabrikam.example", "Someone Else"),
        user("other@fabrikam.example", "Анна Петрова"),
      ],
    });
    const people = participantsOf(snapshot, internal);
    expect(people.map((p) => [p.address, p.name])).toEqual([
      ["anna.petrova@fabrikam.example", "Анна Петрова"],
      ["other@fabrikam.example", "Анна Петрова"],
    ]);
  });

  it("keeps the first non-empty name seen", () => {
    const snapshot = buildSnapshot({ from: user("lisa.chen@contoso.example"), cc: [lisa] });
    expect(participantsOf(snapshot, internal)[0]?.name).toBe("Lisa Chen");
  });

  it("drops bcc on a received message", () => {
    const snapshot = buildSnapshot({ from: anna, to: [alex], bcc: [john] });
    expect(summary(snapshot)).toEqual(["anna.petrova@fabrikam.example|from|from|ext"]);
  });

  it("keeps and marks bcc while composing", () => {
    const snapshot = buildSnapshot({ mode: "compose", to: [anna], bcc: [john, anna] });
    expect(summary(snapshot)).toEqual([
      "anna.petrova@fabrikam.example|to|to,bcc|ext",
      "john.smith@fabrikam.example|bcc|bcc|ext",
    ]);
  });

  it("keeps bcc on a message the user sent, also from a shared mailbox", () => {
    const sent = buildSnapshot({ from: alex, to: [anna], bcc: [john] });
    expect(summary(sent)).toContain("john.smith@fabrikam.example|bcc|bcc|ext");
    const shared = user("sales@cronus.example", "Sales");
    const fromShared = buildSnapshot({
      from: shared,
      sender: alex,
      to: [anna],
      bcc: [john],
      mailbox: { user: alex, sharedOwner: shared },
    });
    expect(summary(fromShared)).toEqual([
      "sales@cronus.example|from|from|int",
      "anna.petrova@fabrikam.example|to|to|ext",
      "john.smith@fabrikam.example|bcc|bcc|ext",
    ]);
  });

  it("gives a meeting's organizer and attendees their roles, internal ones flagged", () => {
    const snapshot = buildSnapshot({
      kind: "appointment",
      organizer: maria,
      requiredAttendees: [alex, anna, maria],
      optionalAttendees: [lisa, user("x@eu.cronus.example")],
    });
    expect(summary(snapshot)).toEqual([
      "maria.ivanova@cronus.example|organizer|organizer,required|int",
      "anna.petrova@fabrikam.example|required|required|ext",
      "lisa.chen@contoso.example|optional|optional|ext",
      "x@eu.cronus.example|optional|optional|int",
    ]);
  });

  it("keeps invalid addresses, flagged, once each", () => {
    const legacy = user("/o=ExchangeLabs/ou=Exchange/cn=Recipients/cn=abc", "Old Entry");
    const snapshot = buildSnapshot({
      from: anna,
      to: [legacy, legacy, user("", "")],
      cc: [user("", "Nameless")],
    });
    expect(summary(snapshot)).toEqual([
      "anna.petrova@fabrikam.example|from|from|ext",
      "/o=ExchangeLabs/ou=Exchange/cn=Recipients/cn=abc|to|to|ext|invalid",
      "|cc|cc|ext|invalid",
    ]);
  });

  it("recognises the signed-in user however the address is spelled", () => {
    const snapshot = buildSnapshot({ from: anna, to: [user(" Alex.Rivera@CRONUS.example ")] });
    expect(summary(snapshot)).toEqual(["anna.petrova@fabrikam.example|from|from|ext"]);
  });
});

describe("participantsOf invariants", () => {
  const person = fc
    .tuple(
      fc.constantFrom("alex.rivera", "anna.petrova", "ANNA.PETROVA", "john.smith", "bad address", ""),
      fc.constantFrom("@cronus.example", "@fabrikam.example", "@Fabrikam.Example", ""),
      fc.constantFrom("", "Анна", "Someone"),
    )
    .map(([local, domain, name]) => user(`${local}${domain}`, name));
  const people = fc.array(person, { maxLength: 5 });

  it("lists each address once, never the signed-in user, and bcc only where the user wrote it", () => {
    fc.assert(
      fc.property(people, people, people, fc.option(person), fc.boolean(), (to, cc, bcc, from, composing) => {
        const snapshot = buildSnapshot({
          to,
          cc,
          bcc,
          from: from ?? undefined,
          mode: composing ? "compose" : "read",
        });
        const result = participantsOf(snapshot, internal);
        const valid = result.filter((p) => !p.invalid).map((p) => p.address);
        expect(new Set(valid).size).toBe(valid.length);
        expect(valid).not.toContain("alex.rivera@cronus.example");
        const sentByUser = from?.address.toLowerCase() === "alex.rivera@cronus.example";
        if (!composing && !sentByUser) expect(result.some((p) => p.roles.includes("bcc"))).toBe(false);
        for (const p of result) expect(p.role).toBe(p.roles[0]);
      }),
      { numRuns: 500 },
    );
  });
});
