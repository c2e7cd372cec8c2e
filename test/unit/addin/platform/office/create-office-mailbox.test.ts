import { createOfficeMailbox } from "../../../../../src/addin/platform/office/create-office-mailbox";
import { createFakeOffice, people, type FakeCall, type FakeItem } from "./fake-office";

const anna = { displayName: "Анна Петрова", emailAddress: "anna.petrova@fabrikam.example" };
const alex = { displayName: "Alex Rivera", emailAddress: "alex.rivera@cronus.example" };
const john = { displayName: "John Smith", emailAddress: "john.smith@fabrikam.example" };
const lisa = { displayName: "Lisa Chen", emailAddress: "lisa.chen@contoso.example" };
const user = { name: "Alex Rivera", address: "alex.rivera@cronus.example" };
const asUser = (p: { displayName: string; emailAddress: string }) => ({
  name: p.displayName,
  address: p.emailAddress,
});

const received: FakeItem = {
  kind: "message",
  mode: "read",
  subject: "Prices for 2027",
  itemId: "AAMkAGI2-received",
  internetMessageId: "<price-list@fabrikam.example>",
  dateTimeCreated: new Date("2026-11-20T09:30:00Z"),
  from: anna,
  sender: anna,
  to: [alex],
  cc: [john],
  headers: "Received: from mx\r\nX-Touchpoint-Id: 7f1c2b9e-\r\n 44aa\r\nSubject: Prices for 2027\r\n",
};
const draft: FakeItem = {
  kind: "message",
  mode: "compose",
  subject: "Re: Prices for 2027",
  from: alex,
  to: [anna],
  cc: [john],
  bcc: [lisa],
  headers: { "x-touchpoint-id": "draft-id-1" },
};
const attending: FakeItem = {
  kind: "appointment",
  mode: "read",
  subject: "Quarterly review",
  itemId: "AAMkAGI2-meeting",
  organizer: anna,
  requiredAttendees: [anna, alex],
  optionalAttendees: [john],
  start: new Date("2026-11-25T10:00:00Z"),
  end: new Date("2026-11-25T11:00:00Z"),
  seriesId: "AAMkAGI2-series",
  sensitivity: "private",
};
const organising: FakeItem = {
  kind: "appointment",
  mode: "compose",
  subject: "Demo for Contoso",
  organizer: alex,
  requiredAttendees: [lisa],
  optionalAttendees: [],
  start: new Date("2026-12-01T14:00:00Z"),
  end: new Date("2026-12-01T14:45:00Z"),
  sensitivity: "normal",
};

const read = (item: FakeItem | null, options: Parameters<typeof createFakeOffice>[0] = {}) => {
  const fake = createFakeOffice({ item, ...options });
  return { fake, result: createOfficeMailbox(fake.office).readCurrentItem() };
};

describe("reading the open item", () => {
  test("a received message gives its people, ids, date and our header, unfolded", async () => {
    const { result } = read(received);
    expect(await result).toEqual({
      ok: true,
      value: {
        kind: "message",
        mode: "read",
        itemId: "AAMkAGI2-received",
        internetMessageId: "<price-list@fabrikam.example>",
        touchpointId: "7f1c2b9e- 44aa",
        subject: "Prices for 2027",
        from: asUser(anna),
        sender: asUser(anna),
        to: [user],
        cc: [asUser(john)],
        bcc: [],
        requiredAttendees: [],
        optionalAttendees: [],
        dateTimeCreated: "2026-11-20T09:30:00.000Z",
        mailbox: { user },
        recipientsTruncated: false,
      },
    });
  });

  test("without Mailbox 1.8 a received message still gives a snapshot, keyed by Message-ID alone", async () => {
    const { fake, result } = read(received, { mailboxVersion: "1.7" });
    const snapshot = await result;
    expect(snapshot.ok && snapshot.value.internetMessageId).toBe("<price-list@fabrikam.example>");
    expect(snapshot.ok && snapshot.value.touchpointId).toBeUndefined();
    expect(fake.calls).not.toContain("getAllInternetHeadersAsync");
  });

  test("a message being written is read through getAsync, with From and our header", async () => {
    const snapshot = await read(draft).result;
    expect(snapshot).toMatchObject({
      ok: true,
      value: {
        kind: "message",
        mode: "compose",
        subject: "Re: Prices for 2027",
        from: user,
        to: [asUser(anna)],
        cc: [asUser(john)],
        bcc: [asUser(lisa)],
        touchpointId: "draft-id-1",
        recipientsTruncated: false,
      },
    });
    expect(snapshot.ok && snapshot.value.itemId).toBeUndefined();
  });

  test("without Mailbox 1.7 a message being written is from the signed-in user", async () => {
    const { fake, result } = read({ ...draft, from: lisa }, { mailboxVersion: "1.5" });
    const snapshot = await result;
    expect(snapshot.ok && snapshot.value.from).toEqual(user);
    expect(snapshot.ok && snapshot.value.touchpointId).toBeUndefined();
    expect(fake.calls).not.toContain("from.getAsync");
  });

  test("a meeting the user attends gives organizer, attendees, times, series and sensitivity", async () => {
    expect(await read(attending).result).toMatchObject({
      ok: true,
      value: {
        kind: "appointment",
        mode: "read",
        itemId: "AAMkAGI2-meeting",
        seriesId: "AAMkAGI2-series",
        subject: "Quarterly review",
        organizer: asUser(anna),
        requiredAttendees: [asUser(anna), user],
        optionalAttendees: [asUser(john)],
        start: "2026-11-25T10:00:00.000Z",
        end: "2026-11-25T11:00:00.000Z",
        sensitivity: "private",
        recipientsTruncated: false,
      },
    });
  });

  test("a received message gives its sent time from the Date header, and every author of its From", async () => {
    const snapshot = await read({
      ...received,
      headers:
        "Date: Fri, 20 Nov 2026 12:29:58 +0300\r\nFrom: =?UTF-8?B?0JDQvdC90LA=?= <anna.petrova@fabrikam.example>,\r\n John Smith <john.smith@fabrikam.example>\r\nFrom: Lisa Chen <lisa.chen@contoso.example>\r\n",
    }).result;
    expect(snapshot).toMatchObject({
      ok: true,
      value: {
        from: asUser(anna),
        coAuthors: [asUser(john), asUser(lisa)],
        sentAt: "2026-11-20T09:29:58.000Z",
      },
    });
  });

  test("a meeting's room locations are its rooms, in read and compose forms alike", async () => {
    const locations: FakeItem["locations"] = [
      { id: "room.everest@cronus.example", type: "room", emailAddress: "room.everest@cronus.example" },
      { id: "Teams", type: "custom" },
    ];
    for (const item of [attending, organising]) {
      const snapshot = await read({ ...item, locations }).result;
      expect(snapshot.ok && snapshot.value.rooms).toEqual(["room.everest@cronus.example"]);
    }
  });

  test("a failed locations call is a coded failure, and without Mailbox 1.8 rooms are not asked for", async () => {
    expect(await read(attending, { fail: ["locations"] }).result).toMatchObject({
      ok: false,
      error: { code: "ADDIN_OFFICE_ASYNC_FAILED" },
    });
    const { fake, result } = read(attending, { mailboxVersion: "1.7" });
    expect((await result).ok).toBe(true);
    expect(fake.calls).not.toContain("locations.getAsync");
  });

  test("a meeting the user organises is read through getAsync", async () => {
    expect(await read(organising).result).toMatchObject({
      ok: true,
      value: {
        kind: "appointment",
        mode: "compose",
        subject: "Demo for Contoso",
        organizer: user,
        requiredAttendees: [asUser(lisa)],
        optionalAttendees: [],
        start: "2026-12-01T14:00:00.000Z",
        end: "2026-12-01T14:45:00.000Z",
        sensitivity: "normal",
      },
    });
  });

  test("without Mailbox 1.7 the organizer of a meeting being written is the signed-in user", async () => {
    const snapshot = await read({ ...organising, organizer: lisa }, { mailboxVersion: "1.5" }).result;
    expect(snapshot.ok && snapshot.value.organizer).toEqual(user);
    expect(snapshot.ok && snapshot.value.sensitivity).toBeUndefined();
  });

  test.each<[string, FakeItem, FakeCall]>([
    ["received message headers", received, "headers"],
    ["compose subject", draft, "subject"],
    ["compose To", draft, "to"],
    ["compose Cc", draft, "cc"],
    ["compose Bcc", draft, "bcc"],
    ["compose From", draft, "from"],
    ["compose headers", draft, "headers"],
    ["organizer subject", organising, "subject"],
    ["organizer required attendees", organising, "requiredAttendees"],
    ["organizer optional attendees", organising, "optionalAttendees"],
    ["organizer start", organising, "start"],
    ["organizer end", organising, "end"],
    ["organizer organizer", organising, "organizer"],
    ["organizer sensitivity", organising, "sensitivity"],
  ])("a failed %s call is a coded failure, never a partial snapshot", async (_label, item, call) => {
    const snapshot = await read(item, { fail: [call] }).result;
    expect(snapshot).toEqual({
      ok: false,
      error: { code: "ADDIN_OFFICE_ASYNC_FAILED", message: expect.stringContaining("broke") },
    });
  });

  test("a host that throws instead of calling back gives the same coded failure", async () => {
    const snapshot = await read(draft, { throws: ["to"] }).result;
    expect(snapshot).toEqual({
      ok: false,
      error: { code: "ADDIN_OFFICE_ASYNC_FAILED", message: expect.stringContaining("not available") },
    });
  });

  test.each([
    ["19 To recipients", false, { ...received, to: people(19) }],
    ["20 To recipients (the web's collapsed view)", true, { ...received, to: people(20) }],
    ["100 Cc recipients (mobile)", true, { ...received, cc: people(100) }],
    ["500 Bcc recipients while writing", true, { ...draft, bcc: people(500) }],
    ["100 required attendees", true, { ...attending, requiredAttendees: people(100) }],
    ["40 required attendees", false, { ...attending, requiredAttendees: people(40) }],
    ["1,000 optional attendees while organising", true, { ...organising, optionalAttendees: people(1000) }],
  ] as Array<[string, boolean, FakeItem]>)(
    "%s: recipientsTruncated is %s",
    async (_label, truncated, item) => {
      const snapshot = await read(item).result;
      expect(snapshot.ok && snapshot.value.recipientsTruncated).toBe(truncated);
    },
  );

  test("an item in a shared folder names the mailbox owner", async () => {
    const snapshot = await read({ ...received, sharedOwner: "maria.ivanova@cronus.example" }).result;
    expect(snapshot.ok && snapshot.value.mailbox).toEqual({
      user,
      sharedOwner: { name: "maria.ivanova@cronus.example", address: "maria.ivanova@cronus.example" },
    });
  });

  test("a failed shared-properties call is a coded failure", async () => {
    const snapshot = await read(
      { ...organising, sharedOwner: "maria.ivanova@cronus.example" },
      { fail: ["shared"] },
    ).result;
    expect(!snapshot.ok && snapshot.error.code).toBe("ADDIN_OFFICE_ASYNC_FAILED");
  });

  test("without Mailbox 1.8 shared properties are not asked for", async () => {
    const { fake, result } = read(
      { ...attending, sharedOwner: "maria.ivanova@cronus.example" },
      { mailboxVersion: "1.7" },
    );
    const snapshot = await result;
    expect(snapshot.ok && snapshot.value.mailbox).toEqual({ user });
    expect(fake.calls).not.toContain("getSharedPropertiesAsync");
  });

  test("no selected item is ADDIN_NO_ITEM", async () => {
    expect(await read(null).result).toEqual({
      ok: false,
      error: { code: "ADDIN_NO_ITEM", message: expect.any(String) },
    });
  });

  test("outside Outlook (no Office) is ADDIN_UNSUPPORTED_HOST", async () => {
    const snapshot = await createOfficeMailbox(undefined).readCurrentItem();
    expect(!snapshot.ok && snapshot.error.code).toBe("ADDIN_UNSUPPORTED_HOST");
  });
});
