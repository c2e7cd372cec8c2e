import fc from "fast-check";
import { parseAddressList } from "../../../src/domain/parse-address-list";

describe("parseAddressList reads RFC 5322 address lists", () => {
  it.each<[string, string, { name: string; address: string }[]]>([
    ["a bare address", "jdoe@example.org", [{ name: "", address: "jdoe@example.org" }]],
    [
      "a quoted display name",
      '"Joe Q. Public" <john.q.public@example.com>',
      [{ name: "Joe Q. Public", address: "john.q.public@example.com" }],
    ],
    [
      "the RFC 5322 A.1.2 list with a quoted semicolon and escaped quotes",
      'Mary Smith <mary@x.test>, jdoe@example.org, Who? <one@y.test>, <boss@nil.test>, "Giant; \\"Big\\" Box" <sysservices@example.net>',
      [
        { name: "Mary Smith", address: "mary@x.test" },
        { name: "", address: "jdoe@example.org" },
        { name: "Who?", address: "one@y.test" },
        { name: "", address: "boss@nil.test" },
        { name: 'Giant; "Big" Box', address: "sysservices@example.net" },
      ],
    ],
    [
      "a group keeps its members and drops its name",
      "A Group:Ed Jones <c@a.test>,joe@where.test,John <jdoe@one.test>;",
      [
        { name: "Ed Jones", address: "c@a.test" },
        { name: "", address: "joe@where.test" },
        { name: "John", address: "jdoe@one.test" },
      ],
    ],
    ["an empty group has no one", "undisclosed-recipients:;", []],
    ["an empty group with a space in its name", "Undisclosed recipients:;", []],
    [
      "mailboxes around an empty group",
      "a@b.test, Team:; c@d.test",
      [
        { name: "", address: "a@b.test" },
        { name: "", address: "c@d.test" },
      ],
    ],
    [
      "the RFC 5322 A.5 comments everywhere",
      "Pete(A nice \\) chap) <pete(his account)@silly.test(his host)>",
      [{ name: "Pete", address: "pete@silly.test" }],
    ],
    [
      "the RFC 5322 A.5 group with comments",
      "A Group(Some people)\r\n     :Chris Jones <c@(Chris's host.)public.example>,\r\n         joe@example.org,\r\n  John <jdoe@one.test> (my dear friend); (the end of the group)",
      [
        { name: "Chris Jones", address: "c@public.example" },
        { name: "", address: "joe@example.org" },
        { name: "John", address: "jdoe@one.test" },
      ],
    ],
    [
      "a comment names a bare address",
      "a@b.test (Anna Petrova)",
      [{ name: "Anna Petrova", address: "a@b.test" }],
    ],
    [
      "a quoted name with a comma is one person",
      '"Smith, John" <john.smith@fabrikam.example>, "Петрова, Анна" <anna.petrova@fabrikam.example>',
      [
        { name: "Smith, John", address: "john.smith@fabrikam.example" },
        { name: "Петрова, Анна", address: "anna.petrova@fabrikam.example" },
      ],
    ],
    [
      "Outlook's semicolon separator",
      "Lisa Chen <lisa.chen@contoso.example>; sales@contoso.example;",
      [
        { name: "Lisa Chen", address: "lisa.chen@contoso.example" },
        { name: "", address: "sales@contoso.example" },
      ],
    ],
    [
      "an obsolete route is dropped",
      "<@relay.test,@hop.test:user@host.test>",
      [{ name: "", address: "user@host.test" }],
    ],
    [
      "folded whitespace in a name is collapsed",
      "John\r\n  Smith <j@s.test>",
      [{ name: "John Smith", address: "j@s.test" }],
    ],
    ["empty entries are skipped", " , ,, ", []],
    [
      "an unterminated quote does not crash",
      '"Broken <a@b.test>',
      [{ name: "", address: '"Broken <a@b.test>' }],
    ],
    [
      "an invalid address is kept as written",
      "Who <not an address>",
      [{ name: "Who", address: "notanaddress" }],
    ],
  ])("%s", (_name, header, expected) => {
    expect(parseAddressList(header)).toEqual(expected);
  });

  it("never throws, whatever the header", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'ab@.<>()"\\,;:[] \r\n\tж') }), (header) => {
        expect(Array.isArray(parseAddressList(header))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("reads back any list of quoted names and addresses it is given", () => {
    const name = fc
      .string({ unit: fc.constantFrom(...'Ab ,;:<>()@."\\Жё'), maxLength: 15 })
      .map((s) => s.replace(/\s+/g, " ").trim());
    const address = fc
      .tuple(fc.stringMatching(/^[a-z0-9._+-]{1,10}$/), fc.stringMatching(/^[a-z0-9-]{1,10}$/))
      .map(([l, d]) => `${l}@${d}.example`);
    fc.assert(
      fc.property(fc.array(fc.record({ name, address }), { maxLength: 6 }), (people) => {
        const header = people.map((p) => `"${p.name.replace(/(["\\])/g, "\\$1")}" <${p.address}>`).join(", ");
        expect(parseAddressList(header)).toEqual(people);
      }),
      { numRuns: 500 },
    );
  });
});
