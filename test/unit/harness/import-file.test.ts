import { importFile } from "../../../src/harness/import/import-file";
import { parseEml } from "../../../src/harness/import/parse-eml";
import { parseIcs } from "../../../src/harness/import/parse-ics";

const bytes = (text: string): ArrayBuffer => new TextEncoder().encode(text).buffer as ArrayBuffer;
const crlf = (lines: string[]) => lines.join("\r\n");

const receivedEml = crlf([
  "From: =?windows-1251?B?wO3t4CDP5fLw7uLg?= <Anna.Petrova@fabrikam.example>",
  "To: Alex Rivera <alex.rivera@cronus.example>",
  'Cc: "Smith, John" <john.smith@fabrikam.example>, Team: a@x.example, b@x.example;, undisclosed-recipients:;',
  "Subject: =?UTF-8?B?0J/QvtGB0YLQsNCy0LrQsA==?= Q3",
  "Message-ID: <abc.123@fabrikam.example>",
  "Date: Mon, 23 Nov 2026 09:15:00 +0300",
  "Content-Type: text/plain; charset=utf-8",
  "",
  "Hello Alex",
]);

const invitationEml = crlf([
  "From: Ivan <ivan.sidorov@roga-kopyta.example>",
  "To: alex.rivera@cronus.example",
  "Subject: Invitation: Contract review",
  "Message-ID: <invite.1@roga-kopyta.example>",
  "MIME-Version: 1.0",
  'Content-Type: multipart/alternative; boundary="b1"',
  "",
  "--b1",
  "Content-Type: text/plain; charset=utf-8",
  "",
  "You are invited",
  "--b1",
  "Content-Type: text/calendar; charset=utf-8; method=REQUEST",
  "",
  "BEGIN:VCALENDAR",
  "VERSION:2.0",
  "METHOD:REQUEST",
  "BEGIN:VEVENT",
  "UID:contract-review-42@roga-kopyta.example",
  "DTSTART:20261126T100000Z",
  "DTEND:20261126T113000Z",
  "SUMMARY:Contract review",
  "ORGANIZER;CN=Иван Сидоров:mailto:ivan.sidorov@roga-kopyta.example",
  "ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Alex Rivera:mailto:alex.rivera@cronus.example",
  "END:VEVENT",
  "END:VCALENDAR",
  "--b1--",
  "",
]);

const seriesIcs = crlf([
  "BEGIN:VCALENDAR",
  "VERSION:2.0",
  "BEGIN:VEVENT",
  "UID:weekly-sync@fabrikam.example",
  "DTSTAMP:20261101T080000Z",
  "DTSTART:20261102T090000Z",
  "DURATION:PT45M",
  "RRULE:FREQ=WEEKLY;BYDAY=MO",
  "SUMMARY:Weekly sync with Fabrikam and a subject line long enough to be folded by",
  "  the sender",
  'ORGANIZER;CN="Petrova, Anna":MAILTO:Anna.Petrova@Fabrikam.example',
  "ATTENDEE;CN=George ^'Babe^' Ruth;ROLE=REQ-PARTICIPANT:Mailto:babe@fabrikam.exa",
  " mple",
  "ATTENDEE;CN=John Smith;ROLE=OPT-PARTICIPANT:mailto:john.smith@fabrikam.example",
  "ATTENDEE;CUTYPE=ROOM;CN=Room 1:mailto:room1@fabrikam.example",
  "END:VEVENT",
  "BEGIN:VEVENT",
  "UID:weekly-sync@fabrikam.example",
  "RECURRENCE-ID:20261109T090000Z",
  "DTSTART:20261109T100000Z",
  "SUMMARY:Moved occurrence",
  "END:VEVENT",
  "END:VCALENDAR",
]);

describe("an .eml file", () => {
  it("decodes encoded-word names and subjects in any charset and keeps the Message-ID", async () => {
    const result = await parseEml(bytes(receivedEml), "received.eml");
    if (!result.ok) throw new Error(result.error.message);
    const item = result.value;
    expect(item.kind).toBe("message");
    expect(item.from).toEqual({ name: "Анна Петрова", address: "Anna.Petrova@fabrikam.example" });
    expect(item.subject).toBe("Поставка Q3");
    expect(item.internetMessageId).toBe("<abc.123@fabrikam.example>");
    expect(item.dateTimeCreated).toBe("2026-11-23T06:15:00.000Z");
    expect(item.name).toBe("file-received-eml");
  });

  it("opens a draft saved with X-Unsent: 1 in compose form, without a Message-ID", async () => {
    const draft = receivedEml.replace("Subject:", "X-Unsent: 1\r\nSubject:");
    const result = await parseEml(bytes(draft), "draft.eml");
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.mode).toBe("compose");
    expect(result.value.internetMessageId).toBeUndefined();
    const received = await parseEml(bytes(receivedEml), "received.eml");
    expect(received.ok && received.value.mode).toBe("read");
  });

  it("keeps a quoted name with a comma whole and unwraps address groups, empty ones to nobody", async () => {
    const result = await parseEml(bytes(receivedEml), "received.eml");
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.cc).toEqual([
      { name: "Smith, John", address: "john.smith@fabrikam.example" },
      { name: "", address: "a@x.example" },
      { name: "", address: "b@x.example" },
    ]);
  });

  it("becomes the meeting of its text/calendar part, with the organizer, attendees and UID", async () => {
    const result = await parseEml(bytes(invitationEml), "invite.eml");
    if (!result.ok) throw new Error(result.error.message);
    const item = result.value;
    expect(item.kind).toBe("appointment");
    expect(item.organizer).toEqual({ name: "Иван Сидоров", address: "ivan.sidorov@roga-kopyta.example" });
    expect(item.requiredAttendees).toEqual([{ name: "Alex Rivera", address: "alex.rivera@cronus.example" }]);
    expect(item.iCalUId).toBe("contract-review-42@roga-kopyta.example");
    expect(item.start).toBe("2026-11-26T10:00:00.000Z");
    expect(item.end).toBe("2026-11-26T11:30:00.000Z");
    expect(item.internetMessageId).toBe("<invite.1@roga-kopyta.example>");
  });
});

describe("an .eml file's address headers, read as RFC 5322 writes them", () => {
  const eml = (...headers: string[]) =>
    bytes(crlf([...headers, "Subject: Headers", "Date: Tue, 24 Nov 2026 08:00:00 +0000", "", "Body"]));
  const read = async (...headers: string[]) => {
    const result = await parseEml(eml(...headers), "headers.eml");
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  };

  it("takes no comment for a person (RFC 5322 A.5)", async () => {
    const item = await read(
      "From: Pete(A nice \\) chap) <pete(his account)@silly.test(his host)>",
      "To:A Group(Some people)\r\n     :Chris Jones <c@(Chris's host.)public.example>,\r\n         joe@example.org,\r\n  John <jdoe@one.test> (my dear friend); (the end of the group)",
      "Cc:(Empty list)(start)Hidden recipients  :(nobody(that I know))  ;",
    );
    expect(item.from).toEqual({ name: "Pete", address: "pete@silly.test" });
    expect(item.to).toEqual([
      { name: "Chris Jones", address: "c@public.example" },
      { name: "", address: "joe@example.org" },
      { name: "John", address: "jdoe@one.test" },
    ]);
    expect(item.cc).toEqual([]);
  });

  it("drops an obsolete route and the folding inside an address (RFC 5322 A.6.1)", async () => {
    const item = await read(
      "From: Joe Q. Public <john.q.public@example.com>",
      "To: Mary Smith <@node.test:mary@example.net>, , jdoe@test  . example",
    );
    expect(item.from).toEqual({ name: "Joe Q. Public", address: "john.q.public@example.com" });
    expect(item.to).toEqual([
      { name: "Mary Smith", address: "mary@example.net" },
      { name: "", address: "jdoe@test.example" },
    ]);
  });

  it("keeps every author of a From naming several, and of a From given twice", async () => {
    const one = await read(
      "From: Anna <anna.petrova@fabrikam.example>, John Smith <john.smith@fabrikam.example>",
    );
    expect(one.from).toEqual({ name: "Anna", address: "anna.petrova@fabrikam.example" });
    expect(one.coAuthors).toEqual([{ name: "John Smith", address: "john.smith@fabrikam.example" }]);
    const twice = await read(
      "From: anna.petrova@fabrikam.example",
      "From: Lisa Chen <lisa.chen@contoso.example>",
    );
    expect(twice.coAuthors).toEqual([{ name: "Lisa Chen", address: "lisa.chen@contoso.example" }]);
    expect(twice.headers.from).toBe("anna.petrova@fabrikam.example, Lisa Chen <lisa.chen@contoso.example>");
  });

  it("keeps a quoted local part quoted, spaces and all", async () => {
    const item = await read('From: "john doe"@example.org', 'To: Team <"team lead"@example.org>');
    expect(item.from?.address).toBe('"john doe"@example.org');
    expect(item.to).toEqual([{ name: "Team", address: '"team lead"@example.org' }]);
  });

  it("shows an internationalised domain in Unicode, and decodes encoded names after splitting the list", async () => {
    const item = await read(
      "From: =?UTF-8?B?0JjQstCw0L0sINCh0LjQtNC+0YDQvtCy?= <ivan@xn--e1afmkfd.xn--p1ai>",
      "To: alex.rivera@cronus.example",
    );
    expect(item.from).toEqual({ name: "Иван, Сидоров", address: "ivan@пример.рф" });
  });
});

describe("an .ics file", () => {
  it("unfolds lines, strips mailto in any case and decodes RFC 6868 escapes in CN", () => {
    const result = parseIcs(seriesIcs, "weekly.ics");
    if (!result.ok) throw new Error(result.error.message);
    const item = result.value;
    expect(item.subject).toBe(
      "Weekly sync with Fabrikam and a subject line long enough to be folded by the sender",
    );
    expect(item.organizer).toEqual({ name: "Petrova, Anna", address: "Anna.Petrova@Fabrikam.example" });
    expect(item.requiredAttendees).toEqual([
      { name: 'George "Babe" Ruth', address: "babe@fabrikam.example" },
    ]);
  });

  it("puts optional participants apart and rooms among the meeting's rooms, not its people", () => {
    const result = parseIcs(seriesIcs, "weekly.ics");
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.optionalAttendees).toEqual([
      { name: "John Smith", address: "john.smith@fabrikam.example" },
    ]);
    expect(result.value.requiredAttendees.map((p) => p.address)).not.toContain("room1@fabrikam.example");
    expect(result.value.rooms).toEqual([{ name: "Room 1", address: "room1@fabrikam.example" }]);
  });

  it("unquotes a quoted organizer or attendee value", () => {
    const quoted = crlf([
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "BEGIN:VEVENT",
      "UID:quoted-1",
      "DTSTART:20261126T100000Z",
      "SUMMARY:Quoted",
      'ORGANIZER;CN="Анна Петрова":"mailto:anna.petrova@fabrikam.example"',
      'ATTENDEE;CN=John:"MAILTO:john.smith@fabrikam.example"',
      "END:VEVENT",
      "END:VCALENDAR",
    ]);
    const result = parseIcs(quoted, "quoted.ics");
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.organizer).toEqual({
      name: "Анна Петрова",
      address: "anna.petrova@fabrikam.example",
    });
    expect(result.value.requiredAttendees).toEqual([
      { name: "John", address: "john.smith@fabrikam.example" },
    ]);
  });

  it("reads the series master of a recurring meeting as a series keyed by its UID, end from DURATION", () => {
    const result = parseIcs(seriesIcs, "weekly.ics");
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.seriesId).toBe("weekly-sync@fabrikam.example");
    expect(result.value.recurrence).toBe("FREQ=WEEKLY;BYDAY=MO");
    expect(result.value.start).toBe("2026-11-02T09:00:00.000Z");
    expect(result.value.end).toBe("2026-11-02T09:45:00.000Z");
  });

  it("finds the event in a file of several concatenated calendars", () => {
    const first = crlf([
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "BEGIN:VTODO",
      "UID:t",
      "END:VTODO",
      "END:VCALENDAR",
    ]);
    const result = parseIcs(`${first}\r\n${seriesIcs}`, "two.ics");
    expect(result.ok && result.value.iCalUId).toBe("weekly-sync@fabrikam.example");
  });

  it("says clearly when the text is not iCalendar or holds no meeting", () => {
    const broken = parseIcs("BEGIN:VCALENDAR\r\nthis is not a property\r\n", "broken.ics");
    expect(broken).toMatchObject({ ok: false, error: { code: "HARNESS_UNREADABLE_FILE" } });
    const empty = parseIcs(crlf(["BEGIN:VCALENDAR", "VERSION:2.0", "END:VCALENDAR"]), "empty.ics");
    expect(empty).toMatchObject({
      ok: false,
      error: { code: "HARNESS_NO_EVENT", message: expect.stringContaining("empty.ics") },
    });
  });
});

describe("importFile", () => {
  it("reads a calendar by its content even under another name", async () => {
    const result = await importFile("invite.txt", bytes(seriesIcs));
    expect(result.ok && result.value.kind).toBe("appointment");
  });

  it("refuses a file that is neither email nor calendar with a message naming it", async () => {
    const result = await importFile("photo.png", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]).buffer);
    expect(result).toMatchObject({
      ok: false,
      error: { code: "HARNESS_UNSUPPORTED_FILE", message: expect.stringContaining("photo.png") },
    });
  });

  it("answers an empty .eml with a message rather than an empty item", async () => {
    const result = await importFile("empty.eml", bytes(""));
    expect(result).toMatchObject({ ok: false, error: { code: "HARNESS_UNREADABLE_FILE" } });
  });
});
