import fc from "fast-check";
import {
  displayAddress,
  domainOf,
  normalizeAddress,
  normalizeDomain,
} from "../../../src/domain/normalize-address";

describe("normalizeAddress", () => {
  it.each([
    ["Anna.Petrova@Fabrikam.Example", "anna.petrova@fabrikam.example"],
    ["  john.smith@fabrikam.example \r\n", "john.smith@fabrikam.example"],
    ["Lisa Chen <Lisa.Chen@Contoso.Example>", "lisa.chen@contoso.example"],
    ["mailto:Sales@Contoso.Example?subject=hi", "sales@contoso.example"],
    ["ivan.sidorov+crm@gmail.com", "ivan.sidorov+crm@gmail.com"],
    ["Иван.Сидоров@Рога-Копыта.рф", "иван.сидоров@xn----7sbbj1bueic1a2h.xn--p1ai"],
    ["a@παράδειγμα.δοκιμή", "a@xn--hxajbheg2az3al.xn--jxalpdlp"],
    ["a@XN--HXAJBHEG2AZ3AL.XN--JXALPDLP", "a@xn--hxajbheg2az3al.xn--jxalpdlp"],
    ["a@ｆａｂｒｉｋａｍ．ｅｘａｍｐｌｅ", "a@fabrikam.example"],
    ["a@fabrikam。example", "a@fabrikam.example"],
    ["!#$%&`*+/=?^`{|}~@iana.org", "!#$%&`*+/=?^`{|}~@iana.org"],
  ])("%s → %s", (raw, expected) => {
    expect(normalizeAddress(raw)).toBe(expected);
  });

  it.each([
    ["empty", ""],
    ["no domain", "test"],
    ["no local part", "@fabrikam.example"],
    ["two @", "a@b@fabrikam.example"],
    ["a single-label domain", "a@localhost"],
    ["an IP address", "a@255.255.255.255"],
    ["an IP literal", "a@[255.255.255.255]"],
    ["a numeric top-level domain", "a@iana.123"],
    ["a quoted local part", '"john smith"@fabrikam.example'],
    ["a space inside", "john smith@fabrikam.example"],
    ["a zero-width space", "anna\u200b.petrova@fabrikam.example"],
    ["a bidi override", "anna\u202e@fabrikam.example"],
    ["a control character", "anna\u0000@fabrikam.example"],
    ["a zero-width space in the domain", "anna@fabri\u200bkam.example"],
    ["a lone surrogate", "anna\ud800@fabrikam.example"],
    ["a private-use character in the domain", "anna@fabri\ue000kam.example"],
    ["a leading dot", ".anna@fabrikam.example"],
    ["two dots", "anna..petrova@fabrikam.example"],
    ["a label starting with a hyphen", "a@-fabrikam.example"],
    ["an underscore in the domain", "a@fab_rikam.example"],
    ["a broken punycode label", "a@xn--zz.example"],
    ["a 65-character local part", `${"a".repeat(65)}@fabrikam.example`],
    ["a 64-character label", `a@${"b".repeat(64)}.example`],
    ["an over-long address", `a@${"b.".repeat(130)}example`],
    ["a comment", "a(comment)@fabrikam.example"],
    ["a trailing dot on the domain", "test@iana.org."],
    ["an emoji domain", "a@\u{1F606}.example"],
    ["a symbol in the domain", "a@fabri\u240Akam.example"],
    ["a local part over 64 UTF-8 octets", `${"ж".repeat(33)}@fabrikam.example`],
  ])("rejects %s", (_name, raw) => {
    expect(normalizeAddress(raw)).toBeUndefined();
  });

  it("gives case, IDN and NFC forms of one address one key", () => {
    const forms = [
      "José@Bücher.example",
      "JOSÉ@BÜCHER.EXAMPLE",
      "Jose\u0301@Bu\u0308cher.example",
      "josé@xn--bcher-kva.example",
      "JOSÉ@XN--BCHER-KVA.EXAMPLE",
    ];
    const keys = new Set(forms.map(normalizeAddress));
    expect([...keys]).toEqual(["josé@xn--bcher-kva.example"]);
  });

  it("is idempotent on any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (raw) => {
        const once = normalizeAddress(raw);
        if (once !== undefined) expect(normalizeAddress(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  // Characters whose upper-casing loses information (ß → SS, ı → I, final sigma) are idempotent but not
  // case-round-trippable, so they are only in the first alphabet.
  const tricky = fc.constantFrom(..."aAbBzZ09.-_+éÉİıßΣσςЖж\u0301\u0308");
  const plain = fc.constantFrom(..."aAbBzZ09.-_+éÉİЖж\u0301\u0308");
  const part = (unit: fc.Arbitrary<string>) => fc.string({ unit, minLength: 1, maxLength: 12 });

  it("is idempotent on address-shaped strings", () => {
    fc.assert(
      fc.property(part(tricky), part(tricky), part(tricky), (local, label, tld) => {
        const once = normalizeAddress(`${local}@${label}.${tld}`);
        if (once !== undefined) expect(normalizeAddress(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it("gives upper-case and decomposed spellings the same key", () => {
    fc.assert(
      fc.property(part(plain), part(plain), part(plain), (local, label, tld) => {
        const raw = `${local}@${label}.${tld}`;
        const once = normalizeAddress(raw);
        expect(normalizeAddress(raw.toUpperCase())).toBe(once);
        expect(normalizeAddress(raw.normalize("NFD"))).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("normalizeDomain and domainOf", () => {
  it("normalises a domain the way addresses do", () => {
    expect(normalizeDomain(" Рога-Копыта.РФ ")).toBe("xn----7sbbj1bueic1a2h.xn--p1ai");
    expect(normalizeDomain("cronus")).toBeUndefined();
  });

  it("answers the domain of a normalised address", () => {
    expect(domainOf("alex.rivera@cronus.example")).toBe("cronus.example");
  });
});

describe("displayAddress", () => {
  it.each([
    ["ivan@xn--e1afmkfd.xn--p1ai", "ivan@пример.рф"],
    ["Ivan@Sub.XN--E1AFMKFD.example", "Ivan@Sub.пример.example"],
    ["anna.petrova@fabrikam.example", "anna.petrova@fabrikam.example"],
    ["broken@xn--.example", "broken@xn--.example"],
    ["no-at-sign", "no-at-sign"],
  ])("%s reads as %s", (address, shown) => {
    expect(displayAddress(address)).toBe(shown);
  });

  it("shows every normalised address as one that normalises back to it", () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z0-9.]{1,8}$/),
        fc.constantFrom("пример.рф", "bücher.de", "fabrikam.example"),
        (local, domain) => {
          const key = normalizeAddress(`${local}@${domain}`);
          if (key !== undefined) expect(normalizeAddress(displayAddress(key))).toBe(key);
        },
      ),
    );
  });
});
