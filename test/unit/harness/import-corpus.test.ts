import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { HarnessPerson } from "../../../src/harness/harness-item";
import { importFile } from "../../../src/harness/import/import-file";

// The real-world .eml/.ics files beside the project, each with the people a mail client shows for it.
const fixtures = resolve(__dirname, "../../../../shared/fixtures");
const present = existsSync(join(fixtures, "eml"));
if (!present) console.log(`fixtures not found at ${fixtures}: the import corpus table is skipped`);
const describeCorpus = present ? describe : describe.skip;

const p = (address: string, name = ""): HarnessPerson => ({ name, address });

interface Expected {
  from?: HarnessPerson;
  to?: HarnessPerson[];
  cc?: HarnessPerson[];
  organizer?: HarnessPerson;
  requiredAttendees?: HarnessPerson[];
  optionalAttendees?: HarnessPerson[];
  rooms?: HarnessPerson[];
}

const TABLE: Array<[string, Expected]> = [
  [
    "eml/cyrillic-windows1251-b-from-and-subject.eml",
    { from: p("support@part-kom.ru", "Прайсы || ПартКом"), to: [p("foo@bar.com")], cc: [] },
  ],
  [
    "eml/exchange2010-meeting-request.eml",
    {
      organizer: p("newsletter@finntack.com", "Finntack Newsletter"),
      requiredAttendees: [p("clement.wong@finntack.com", "Clement Wong")],
    },
  ],
  [
    "eml/github-notification_plus-reply-to_slash-in-name.eml",
    {
      from: p("notifications@github.com", "Username"),
      to: [p("php-imap@noreply.github.com", "Webklex/php-imap")],
      cc: [p("subscribed@noreply.github.com", "Subscribed")],
    },
  ],
  [
    "eml/ks_c_5601-1987-korean-encoded-from.eml",
    { from: p("from@there.com", "김 현진"), to: [p("to@here.com")] },
  ],
  [
    "eml/legacy-comment-name-form.eml",
    { from: p("MAILER-DAEMON@mta-09.someserver.com", "Mail Delivery System"), to: [p("to@here.com")] },
  ],
  [
    "eml/plus-addressing-to_nodemailer.eml",
    {
      from: p("andris@kreata.ee", "Andris Kreata"),
      to: [p("andris+123@kreata.ee", "Andris Reinman"), p("andris.reinman@gmail.com")],
    },
  ],
  [
    "eml/quoted-display-name-with-comma.eml",
    { from: p("science@news-s.info", "Science and Education Foundation, Bulgaria"), to: [p("xxx@xxx.dk")] },
  ],
  [
    "eml/rfc2822-example03_quoted-names-semicolon.eml",
    {
      from: p("john.q.public@example.com", "Joe Q. Public"),
      to: [p("mary@x.test", "Mary Smith"), p("jdoe@example.org"), p("one@y.test", "Who?")],
      cc: [p("boss@nil.test"), p("sysservices@example.net", 'Giant; "Big" Box')],
    },
  ],
  [
    "eml/rfc2822-example04_group-syntax.eml",
    {
      from: p("pete@silly.example", "Pete"),
      to: [p("c@a.test", "Chris Jones"), p("joe@where.test"), p("jdoe@one.test", "John")],
      cc: [],
    },
  ],
  ["eml/undisclosed-recipients-hyphen.eml", { from: p("from@there.com"), to: [], cc: [] }],
  [
    "ics/acme-36-attendees.ics",
    {
      organizer: p("B@example.com"),
      requiredAttendees: [
        p("A@example.com", "BIG A"),
        p("B@example.com", "B"),
        p("C@example.com", "C"),
        p("D@example.com", "Hal"),
      ],
      optionalAttendees: [p("E@example.com")],
      rooms: [p("conf_Big@example.com")],
    },
  ],
  [
    "ics/blackberry-bis-quoted-cn-upper-mailto.ics",
    {
      organizer: p("rembrand@daxlab.com"),
      requiredAttendees: [
        p("rembrand@xs4all.nl", "RembrandXS"),
        p("rembrand@daxlab.com", "RembrandDX"),
        p("rembspam@xs4all.nl", "RembrandSB"),
      ],
    },
  ],
  ["ics/cyrillic-organizer-cn.ics", { organizer: p("john.doe@example.org", "Джон Доу") }],
  [
    "ics/lotus-notes-cn-slash-no-mailto.ics",
    { organizer: p("iCalChair@coffeebean.com", "iCal Chair/CoffeeBean") },
  ],
  ["ics/organizer-cn-with-comma-and-umlaut.ics", { organizer: p("adm-acme@mydomain.de", "acme, ädmin") }],
  [
    "ics/rfc6868-caret-escaped-cn.ics",
    { requiredAttendees: [p("babe@example.com", 'George Herman "Babe" Ruth')] },
  ],
];

describeCorpus("the harness import reads each fixture's people as a mail client shows them", () => {
  it.each(TABLE)("%s", async (file, expected) => {
    const bytes = readFileSync(join(fixtures, file));
    const result = await importFile(
      file,
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value).toMatchObject(expected);
  });
});
