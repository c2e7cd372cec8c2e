import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { normalizeAddress } from "../../../src/domain/normalize-address";
import { parseAddressList } from "../../../src/domain/parse-address-list";

/** A corpus test over real messages (test/fixtures/third-party/SOURCES.md). */
const folder = resolve(__dirname, "../../fixtures/third-party/eml");

/** The unfolded address headers of a message, by lower-case name (the first of each). */
function addressHeaders(path: string): Map<string, string> {
  const text = readFileSync(path, "latin1");
  const head = text.split(/\r?\n\r?\n/)[0] ?? "";
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const match = /^(from|to|cc|reply-to):\s*(.*)$/i.exec(line);
    const name = match?.[1]?.toLowerCase();
    if (name !== undefined && !headers.has(name)) headers.set(name, match?.[2] ?? "");
  }
  return headers;
}

describe("address headers of real messages", () => {
  const files = readdirSync(folder).filter((name) => name.endsWith(".eml"));

  it("finds the 11 messages of the corpus", () => {
    expect(files).toHaveLength(11);
  });

  it.each(files)("%s: every mailbox parses to a usable address", (file) => {
    for (const [, value] of addressHeaders(join(folder, file))) {
      for (const mailbox of parseAddressList(value)) {
        expect({
          file,
          address: mailbox.address,
          key: normalizeAddress(mailbox.address) !== undefined,
        }).toEqual({
          file,
          address: mailbox.address,
          key: true,
        });
      }
    }
  });

  it.each([
    [
      "quoted-display-name-with-comma.eml",
      "from",
      [["Science and Education Foundation, Bulgaria", "science@news-s.info"]],
    ],
    [
      "rfc2822-example04_group-syntax.eml",
      "to",
      [
        ["Chris Jones", "c@a.test"],
        ["", "joe@where.test"],
        ["John", "jdoe@one.test"],
      ],
    ],
    ["rfc2822-example04_group-syntax.eml", "cc", []],
    ["undisclosed-recipients-hyphen.eml", "to", []],
    [
      "legacy-comment-name-form.eml",
      "from",
      [["Mail Delivery System", "MAILER-DAEMON@mta-09.someserver.com"]],
    ],
    [
      "rfc2822-example03_quoted-names-semicolon.eml",
      "cc",
      [
        ["", "boss@nil.test"],
        ['Giant; "Big" Box', "sysservices@example.net"],
      ],
    ],
    [
      "github-notification_plus-reply-to_slash-in-name.eml",
      "to",
      [["Webklex/php-imap", "php-imap@noreply.github.com"]],
    ],
    [
      "plus-addressing-to_nodemailer.eml",
      "to",
      [
        ["Andris Reinman", "andris+123@kreata.ee"],
        ["", "andris.reinman@gmail.com"],
      ],
    ],
  ])("%s %s", (file, header, expected) => {
    const value = addressHeaders(join(folder, file)).get(header) ?? "";
    expect(parseAddressList(value).map((m) => [m.name, m.address])).toEqual(expected);
  });
});
