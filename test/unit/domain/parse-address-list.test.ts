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

/** The address headers of RFC 5322 appendix A, each with the mailboxes a reader of it must find. */
const APPENDIX_A: Array<[string, string, { name: string; address: string }[]]> = [
  ["A.1.1 From", "John Doe <jdoe@machine.example>", [{ name: "John Doe", address: "jdoe@machine.example" }]],
  [
    "A.1.1 Sender",
    "Michael Jones <mjones@machine.example>",
    [{ name: "Michael Jones", address: "mjones@machine.example" }],
  ],
  [
    "A.1.2 From",
    '"Joe Q. Public" <john.q.public@example.com>',
    [{ name: "Joe Q. Public", address: "john.q.public@example.com" }],
  ],
  [
    "A.1.2 To",
    "Mary Smith <mary@x.test>, jdoe@example.org, Who? <one@y.test>",
    [
      { name: "Mary Smith", address: "mary@x.test" },
      { name: "", address: "jdoe@example.org" },
      { name: "Who?", address: "one@y.test" },
    ],
  ],
  [
    "A.1.2 Cc",
    '<boss@nil.test>, "Giant; \\"Big\\" Box" <sysservices@example.net>',
    [
      { name: "", address: "boss@nil.test" },
      { name: 'Giant; "Big" Box', address: "sysservices@example.net" },
    ],
  ],
  [
    "A.1.3 To",
    "A Group:Ed Jones <c@a.test>,joe@where.test,John <jdoe@one.test>;",
    [
      { name: "Ed Jones", address: "c@a.test" },
      { name: "", address: "joe@where.test" },
      { name: "John", address: "jdoe@one.test" },
    ],
  ],
  ["A.1.3 Cc", "Undisclosed recipients:;", []],
  [
    "A.2 Reply-To",
    '"Mary Smith: Personal Account" <smith@home.example>',
    [{ name: "Mary Smith: Personal Account", address: "smith@home.example" }],
  ],
  [
    "A.3 Resent-To",
    "Jane Brown <j-brown@other.example>",
    [{ name: "Jane Brown", address: "j-brown@other.example" }],
  ],
  [
    "A.5 From",
    "Pete(A nice \\) chap) <pete(his account)@silly.test(his host)>",
    [{ name: "Pete", address: "pete@silly.test" }],
  ],
  [
    "A.5 To",
    "A Group(Some people)\r\n     :Chris Jones <c@(Chris's host.)public.example>,\r\n         joe@example.org,\r\n  John <jdoe@one.test> (my dear friend); (the end of the group)",
    [
      { name: "Chris Jones", address: "c@public.example" },
      { name: "", address: "joe@example.org" },
      { name: "John", address: "jdoe@one.test" },
    ],
  ],
  ["A.5 Cc", "(Empty list)(start)Hidden recipients  :(nobody(that I know))  ;", []],
  [
    "A.6.1 From",
    "Joe Q. Public <john.q.public@example.com>",
    [{ name: "Joe Q. Public", address: "john.q.public@example.com" }],
  ],
  [
    "A.6.1 To",
    "Mary Smith <@node.test:mary@example.net>, , jdoe@test  . example",
    [
      { name: "Mary Smith", address: "mary@example.net" },
      { name: "", address: "jdoe@test.example" },
    ],
  ],
  [
    "A.6.3 From",
    "John Doe <jdoe@machine(comment).  example>",
    [{ name: "John Doe", address: "jdoe@machine.example" }],
  ],
  [
    "A.6.3 To",
    "Mary Smith\r\n    \r\n     <mary@example.net>",
    [{ name: "Mary Smith", address: "mary@example.net" }],
  ],
];

describe("the RFC 5322 appendix A examples", () => {
  it.each(APPENDIX_A)("%s", (_name, header, expected) => {
    expect(parseAddressList(header)).toEqual(expected);
  });

  it.each([
    [
      "a quoted local part alone",
      '"john doe"@example.org',
      [{ name: "", address: '"john doe"@example.org' }],
    ],
    [
      "a quoted local part in angle brackets",
      'Team <"team lead"@example.org>',
      [{ name: "Team", address: '"team lead"@example.org' }],
    ],
    [
      "several authors in one From",
      "Anna <a@fabrikam.example>, John <j@fabrikam.example>",
      [
        { name: "Anna", address: "a@fabrikam.example" },
        { name: "John", address: "j@fabrikam.example" },
      ],
    ],
    [
      "a phrase before a bare address stays visibly wrong",
      "John jdoe@x.test",
      [{ name: "", address: "John jdoe@x.test" }],
    ],
  ] as Array<[string, string, { name: string; address: string }[]]>)("%s", (_name, header, expected) => {
    expect(parseAddressList(header)).toEqual(expected);
  });
});
