import { autoLogSwitch } from "../../../../src/domain/auto-log-policy";
import type { ItemParticipant } from "../../../../src/domain/participants";
import { decideAutoLog, type AutoLogFacts } from "../../../../src/addin/use-cases/auto-log-rules";

const person = (address: string, internal = false, invalid = false): ItemParticipant => ({
  address,
  name: "",
  role: "to",
  roles: ["to"],
  internal,
  invalid,
});

const anna = "anna.petrova@fabrikam.example";
const maria = "maria.ivanova@cronus.example";

function facts(overrides: Partial<AutoLogFacts> = {}): AutoLogFacts {
  return {
    policy: "suggest",
    userChoice: true,
    logReplies: false,
    sensitivity: undefined,
    recipients: [person(anna), person(maria, true)],
    neverLog: { addresses: new Set(), domains: new Set() },
    contacts: { [anna]: "known" },
    reply: false,
    threadLogged: false,
    ...overrides,
  };
}

describe("automatic logging rules", () => {
  test("policy off: the switch is off and cannot be changed, whatever the user chose", () => {
    expect(autoLogSwitch("off", true)).toEqual({ on: false, changeable: false });
    expect(decideAutoLog(facts({ policy: "off", userChoice: true }))).toEqual({
      log: false,
      skip: "ADDIN_SKIP_AUTO_LOG_POLICY_OFF",
    });
  });

  test("policy suggest: off until the user turns it on, then on", () => {
    expect(autoLogSwitch("suggest", undefined)).toEqual({ on: false, changeable: true });
    expect(decideAutoLog(facts({ userChoice: undefined }))).toEqual({
      log: false,
      skip: "ADDIN_SKIP_AUTO_LOG_OFF",
    });
    expect(decideAutoLog(facts({ userChoice: true })).log).toBe(true);
  });

  test("policy on: on for a user who never chose, and a user may opt out", () => {
    expect(autoLogSwitch("on", undefined)).toEqual({ on: true, changeable: true });
    expect(decideAutoLog(facts({ policy: "on", userChoice: undefined })).log).toBe(true);
    expect(decideAutoLog(facts({ policy: "on", userChoice: false }))).toEqual({
      log: false,
      skip: "ADDIN_SKIP_AUTO_LOG_OFF",
    });
  });

  test("logs when at least one external recipient is a known contact, naming the loggable addresses", () => {
    expect(decideAutoLog(facts())).toEqual({ log: true, addresses: [anna], knownContact: true });
  });

  test("no external recipient is a known contact: not logged", () => {
    expect(decideAutoLog(facts({ contacts: { [anna]: "none" } }))).toEqual({
      log: false,
      skip: "ADDIN_SKIP_NO_KNOWN_CONTACT",
    });
  });

  test("an external recipient the store has not answered for yet is left to the store to match", () => {
    expect(decideAutoLog(facts({ contacts: {} }))).toEqual({
      log: true,
      addresses: [anna],
      knownContact: false,
    });
  });

  test("internal-only mail is never logged", () => {
    expect(decideAutoLog(facts({ recipients: [person(maria, true)] }))).toEqual({
      log: false,
      skip: "ADDIN_SKIP_INTERNAL_ONLY",
    });
  });

  test("a never-log address is never logged: with no other known contact the mail is not logged", () => {
    const neverLog = { addresses: new Set([anna]), domains: new Set<string>() };
    expect(decideAutoLog(facts({ neverLog }))).toEqual({ log: false, skip: "ADDIN_SKIP_NO_KNOWN_CONTACT" });
  });

  test("a never-log domain is never logged, subdomains included; other known contacts still are", () => {
    const bob = "bob@sales.contoso.example";
    const neverLog = { addresses: new Set<string>(), domains: new Set(["contoso.example"]) };
    const decision = decideAutoLog(
      facts({
        recipients: [person(anna), person(bob)],
        neverLog,
        contacts: { [anna]: "known", [bob]: "known" },
      }),
    );
    expect(decision).toEqual({ log: true, addresses: [anna], knownContact: true });
  });

  test("a privacy-blocked contact is never logged", () => {
    expect(decideAutoLog(facts({ contacts: { [anna]: "privacy_blocked" } }))).toEqual({
      log: false,
      skip: "ADDIN_SKIP_NO_KNOWN_CONTACT",
    });
  });

  test.each(["private", "personal", "confidential"] as const)(
    "an item marked %s is never logged",
    (sensitivity) => {
      expect(decideAutoLog(facts({ sensitivity }))).toEqual({ log: false, skip: "ADDIN_SKIP_PRIVATE" });
    },
  );

  test("an item of normal sensitivity is logged", () => {
    expect(decideAutoLog(facts({ sensitivity: "normal" })).log).toBe(true);
  });

  test("a reply in an already-logged thread is not logged while log replies is off (the default)", () => {
    expect(decideAutoLog(facts({ reply: true, threadLogged: true }))).toEqual({
      log: false,
      skip: "ADDIN_SKIP_REPLY_IN_LOGGED_THREAD",
    });
  });

  test("a reply in an already-logged thread is logged when log replies is on", () => {
    expect(decideAutoLog(facts({ reply: true, threadLogged: true, logReplies: true })).log).toBe(true);
  });

  test("a reply in a thread not logged yet is logged even with log replies off", () => {
    expect(decideAutoLog(facts({ reply: true, threadLogged: false })).log).toBe(true);
  });

  test("mail with no valid external address is not logged", () => {
    expect(decideAutoLog(facts({ recipients: [person("not an address", false, true)] }))).toEqual({
      log: false,
      skip: "ADDIN_SKIP_NO_EXTERNAL_PARTICIPANT",
    });
  });
});
