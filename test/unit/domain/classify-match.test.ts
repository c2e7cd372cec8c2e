import fc from "fast-check";
import {
  classifyMatch,
  type ClassifyMatchInput,
  type DomainCandidate,
  type MatchCandidate,
} from "../../../src/domain/classify-match";
import { NO_NEVER_LOG } from "../../../src/domain/never-log";

const internal = new Set(["cronus.example"]);
const neverLog = { addresses: new Set(["boss@fabrikam.example"]), domains: new Set(["newsletter.example"]) };
const person = (no: string, primary = true, privacyBlocked = false): MatchCandidate => ({
  no,
  primary,
  privacyBlocked,
});
const company = (no: string, privacyBlocked = false): DomainCandidate => ({ no, privacyBlocked });

const input = (over: Partial<ClassifyMatchInput>): ClassifyMatchInput => ({
  normalized: "someone@fabrikam.example",
  byAddress: [],
  byDomain: [],
  internalDomains: internal,
  neverLog,
  ...over,
});

describe("classifyMatch follows the DESIGN §4 order", () => {
  it.each<[string, Partial<ClassifyMatchInput>, ReturnType<typeof classifyMatch>]>([
    [
      "an invalid address matches nothing",
      { normalized: undefined, byAddress: [person("C1")] },
      { kind: "none", contactNos: [] },
    ],
    [
      "a never-log address is excluded even when a contact has it",
      { normalized: "boss@fabrikam.example", byAddress: [person("C1")] },
      { kind: "excluded", contactNos: [], excludedReason: "never_log" },
    ],
    [
      "a never-log domain excludes its subdomains too",
      { normalized: "news@mail.newsletter.example", byDomain: [company("K1")] },
      { kind: "excluded", contactNos: [], excludedReason: "never_log" },
    ],
    [
      "an internal address is a colleague, even if a contact carries it",
      { normalized: "alex.rivera@cronus.example", byAddress: [person("C1")] },
      { kind: "internal", contactNos: [] },
    ],
    [
      "an internal subdomain is internal",
      { normalized: "a@eu.cronus.example" },
      { kind: "internal", contactNos: [] },
    ],
    [
      "a look-alike domain is not internal",
      { normalized: "a@notcronus.example" },
      { kind: "none", contactNos: [] },
    ],
    ["one contact by primary address", { byAddress: [person("C1")] }, { kind: "email", contactNos: ["C1"] }],
    [
      "one contact by alternate address",
      { byAddress: [person("C1", false)] },
      { kind: "alternate", contactNos: ["C1"] },
    ],
    [
      "a contact listed twice counts once, primary winning",
      { byAddress: [person("C1", false), person("C1", true)] },
      { kind: "email", contactNos: ["C1"] },
    ],
    [
      "a contact listed twice and blocked in one row is excluded",
      { byAddress: [person("C1"), person("C1", false, true)] },
      { kind: "excluded", contactNos: ["C1"], excludedReason: "privacy_blocked" },
    ],
    [
      "several contacts on one address are ambiguous, none picked",
      { byAddress: [person("C1"), person("C2", false)], byDomain: [company("K1")] },
      { kind: "ambiguous", contactNos: ["C1", "C2"] },
    ],
    [
      "a privacy-blocked contact is excluded",
      { byAddress: [person("C1", true, true)] },
      { kind: "excluded", contactNos: ["C1"], excludedReason: "privacy_blocked" },
    ],
    [
      "a privacy-blocked contact among several excludes the address",
      { byAddress: [person("C1"), person("C2", true, true)] },
      { kind: "excluded", contactNos: ["C1", "C2"], excludedReason: "privacy_blocked" },
    ],
    [
      "the exact address wins over the domain",
      { byAddress: [person("C1")], byDomain: [company("K1")] },
      { kind: "email", contactNos: ["C1"] },
    ],
    ["one company by domain", { byDomain: [company("K1")] }, { kind: "domain", contactNos: ["K1"] }],
    [
      "several companies by domain are ambiguous",
      { byDomain: [company("K1"), company("K2")] },
      { kind: "ambiguous", contactNos: ["K1", "K2"] },
    ],
    [
      "a privacy-blocked company is excluded",
      { byDomain: [company("K1", true)] },
      { kind: "excluded", contactNos: ["K1"], excludedReason: "privacy_blocked" },
    ],
    [
      "free-mail never matches by domain",
      { normalized: "someone@gmail.com", byDomain: [company("K1")] },
      { kind: "none", contactNos: [] },
    ],
    [
      "free-mail still matches by exact address",
      { normalized: "ivan.sidorov@gmail.com", byAddress: [person("C9", false)] },
      { kind: "alternate", contactNos: ["C9"] },
    ],
    ["nothing found is none", {}, { kind: "none", contactNos: [] }],
  ])("%s", (_name, over, expected) => {
    expect(classifyMatch(input(over))).toEqual(expected);
  });

  it("works with no never-log rules and no internal domains", () => {
    const result = classifyMatch(
      input({ neverLog: NO_NEVER_LOG, internalDomains: new Set(), normalized: "a@cronus.example" }),
    );
    expect(result).toEqual({ kind: "none", contactNos: [] });
  });
});

describe("classifyMatch on the demo data", () => {
  // The store's `touchpoint seed --demo` contacts, as its lookups would find them.
  const byAddress: Record<string, MatchCandidate[]> = {
    "anna.petrova@fabrikam.example": [person("CT000011")],
    "lisa.chen@contoso.example": [person("CT000021")],
    "sales@contoso.example": [person("CT000022"), person("CT000023")],
    "private.person@contoso.example": [person("CT000024", true, true)],
    "ivan.sidorov@gmail.com": [person("CT000031", false)],
  };
  const byDomain: Record<string, DomainCandidate[]> = {
    "fabrikam.example": [company("CT000010")],
    "contoso.example": [company("CT000020")],
    "adatum.example": [company("CT000040")],
  };
  const demo = (normalized: string) =>
    classifyMatch({
      normalized,
      byAddress: byAddress[normalized] ?? [],
      byDomain: byDomain[normalized.slice(normalized.indexOf("@") + 1)] ?? [],
      internalDomains: new Set(["cronus.example"]),
      neverLog: { addresses: new Set(), domains: new Set(["newsletter.example"]) },
    });

  it.each([
    ["anna.petrova@fabrikam.example", "email"],
    ["alex.rivera@cronus.example", "internal"],
    ["sales@contoso.example", "ambiguous"],
    ["private.person@contoso.example", "excluded"],
    ["ivan.sidorov@gmail.com", "alternate"],
    ["someone@adatum.example", "domain"],
    ["news@newsletter.example", "excluded"],
    ["new.person@northwind.example", "none"],
  ])("%s is %s", (address, kind) => {
    expect(demo(address).kind).toBe(kind);
  });
});

describe("classifyMatch invariants", () => {
  // People are found by address and companies by domain: one contact number is never in both lists.
  const candidates = (...nos: string[]) =>
    fc.array(
      fc.record({ no: fc.constantFrom(...nos), privacyBlocked: fc.boolean(), primary: fc.boolean() }),
      {
        maxLength: 4,
      },
    );
  const address = fc.constantFrom(
    undefined,
    "a@fabrikam.example",
    "a@gmail.com",
    "a@cronus.example",
    "boss@fabrikam.example",
    "a@x.newsletter.example",
  );

  it("answers a contact count that fits its kind, and never offers a blocked contact as a match", () => {
    fc.assert(
      fc.property(
        address,
        candidates("C1", "C2", "C3"),
        candidates("K1", "K2"),
        (normalized, byAddress, byDomain) => {
          const result = classifyMatch(input({ normalized, byAddress, byDomain }));
          const distinct = new Set(result.contactNos);
          expect(distinct.size).toBe(result.contactNos.length);
          if (["email", "alternate", "domain"].includes(result.kind))
            expect(result.contactNos).toHaveLength(1);
          if (result.kind === "ambiguous") expect(result.contactNos.length).toBeGreaterThan(1);
          if (result.kind === "none" || result.kind === "internal") expect(result.contactNos).toEqual([]);
          expect(result.excludedReason !== undefined).toBe(result.kind === "excluded");
          const blocked = new Set(
            [...byAddress, ...byDomain].filter((c) => c.privacyBlocked).map((c) => c.no),
          );
          if (result.kind !== "excluded")
            for (const contact of result.contactNos) expect(blocked.has(contact)).toBe(false);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
