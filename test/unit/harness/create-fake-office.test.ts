import { createFakeOffice } from "../../../src/harness/fake-office/create-fake-office";
import type { HarnessItem } from "../../../src/harness/harness-item";
import { HarnessHost } from "../../../src/harness/host/harness-host";
import { mailboxUser } from "../../../src/harness/samples/mailbox-users";
import { findSample } from "../../../src/harness/samples/sample-items";

const sample = (name: string): HarnessItem => {
  const item = findSample(name);
  if (item === undefined) throw new Error(`no sample ${name}`);
  return item;
};

/** Calls an Office-style async method and resolves with its AsyncResult. */
const call = <T>(run: (callback: (result: Office.AsyncResult<T>) => void) => void) =>
  new Promise<Office.AsyncResult<T>>((resolve) => run(resolve));

const setup = (name: string, user = "alex") => {
  const host = new HarnessHost({ item: sample(name), user: mailboxUser(user) });
  const office = createFakeOffice(host);
  return { host, office, mailbox: office.context.mailbox };
};

describe("the fake Office", () => {
  it("serves a received email as a read message with internal and external recipients told apart", () => {
    const { mailbox } = setup("received-anna");
    const item = mailbox.item as Office.MessageRead;
    expect(item.itemType).toBe("message");
    expect(item.from.emailAddress).toBe("anna.petrova@fabrikam.example");
    expect(item.from.recipientType).toBe("externalUser");
    expect(item.cc.map((person) => [person.emailAddress, person.recipientType])).toEqual([
      ["john.smith@fabrikam.example", "externalUser"],
      ["maria.ivanova@cronus.example", "user"],
    ]);
    expect(item.internetMessageId).toBe("<received-anna.20261123@fabrikam.example>");
  });

  it("gives the message's headers, Message-ID included", async () => {
    const { mailbox } = setup("received-anna");
    const result = await call<string>((cb) =>
      (mailbox.item as Office.MessageRead).getAllInternetHeadersAsync(cb),
    );
    expect(result.status).toBe("succeeded");
    expect(result.value).toMatch(/^message-id: <received-anna\.20261123@fabrikam\.example>$/m);
  });

  it("opens a meeting the user organises in organizer form, and the same meeting as attendee for a colleague", async () => {
    const asAlex = setup("meeting-organizer", "alex").mailbox.item as Office.AppointmentCompose;
    const organizer = await call<Office.EmailAddressDetails>((cb) => asAlex.organizer.getAsync(cb));
    expect(organizer.value.emailAddress).toBe("alex.rivera@cronus.example");
    const asMaria = setup("meeting-organizer", "maria").mailbox.item as Office.AppointmentRead;
    expect(asMaria.organizer.emailAddress).toBe("alex.rivera@cronus.example");
    expect(asMaria.requiredAttendees).toHaveLength(3);
  });

  it("lets a compose message carry the x-touchpoint-id header the read side looks for", async () => {
    const { host, mailbox } = setup("compose-lisa");
    const item = mailbox.item as Office.MessageCompose;
    const set = await call<void>((cb) => item.internetHeaders.setAsync({ "X-Touchpoint-Id": "tp-1" }, cb));
    expect(set.status).toBe("succeeded");
    const got = await call<Record<string, string>>((cb) =>
      item.internetHeaders.getAsync(["x-touchpoint-id"], cb),
    );
    expect(got.value).toEqual({ "x-touchpoint-id": "tp-1" });
    expect(host.item?.headers["x-touchpoint-id"]).toBe("tp-1");
  });

  it("reports an unsaved draft's id as a failure, not as a missing value", async () => {
    const item = setup("compose-lisa").mailbox.item as Office.MessageCompose;
    const result = await call<string>((cb) => item.getItemIdAsync(cb));
    expect(result.status).toBe("failed");
    expect(result.error.name).toBe("ItemNotSaved");
  });

  it("shows notifications in the item's bar and enforces Outlook's rules for them", async () => {
    const { host, mailbox } = setup("received-anna");
    const bar = (mailbox.item as Office.MessageRead).notificationMessages;
    const details = {
      type: "informationalMessage",
      message: "Logged to 2 contacts",
      icon: "Icon.16x16",
      persistent: false,
    };
    expect((await call((cb) => bar.addAsync("tp", details as never, cb))).status).toBe("succeeded");
    expect(host.notificationsOf("received-anna").map((note) => note.message)).toEqual([
      "Logged to 2 contacts",
    ]);
    expect((await call((cb) => bar.addAsync("tp", details as never, cb))).error.name).toBe(
      "DuplicateNotificationKey",
    );
    const noIcon = { type: "informationalMessage", message: "x" };
    expect((await call((cb) => bar.replaceAsync("tp", noIcon as never, cb))).status).toBe("failed");
    expect((await call((cb) => bar.removeAsync("tp", cb))).status).toBe("succeeded");
    expect(host.notificationsOf("received-anna")).toEqual([]);
  });

  it("raises ItemChanged when another item is selected under a pinned pane, and not when unpinned", async () => {
    const { host, office } = setup("received-anna");
    const seen: string[] = [];
    await call((cb) =>
      office.context.mailbox.addHandlerAsync(
        office.EventType.ItemChanged,
        () => seen.push((office.context.mailbox.item as Office.MessageRead).subject),
        cb,
      ),
    );
    host.selectItem(sample("sent-lisa"));
    expect(seen).toEqual(["Contoso renewal: next steps"]);
    host.set("pinned", false);
    host.selectItem(sample("newsletter"));
    expect(seen).toHaveLength(1);
  });

  it("answers requirement sets, language, theme and the user profile from the harness switches", () => {
    const { host, office } = setup("received-anna");
    expect(office.context.requirements.isSetSupported("Mailbox", "1.8")).toBe(true);
    expect(office.context.requirements.isSetSupported("Mailbox", "1.15")).toBe(false);
    host.set("language", "ru-RU");
    host.set("theme", "dark");
    host.set("user", mailboxUser("maria"));
    expect(office.context.displayLanguage).toBe("ru-RU");
    expect(office.context.officeTheme.bodyBackgroundColor).toBe("#292929");
    expect(office.context.mailbox.userProfile.emailAddress).toBe("maria.ivanova@cronus.example");
  });

  it("registers function commands with the harness", () => {
    const { host, office } = setup("received-anna");
    const handler = jest.fn();
    office.actions.associate("logItem", handler);
    expect(host.action("logItem")).toBe(handler);
  });
});

describe("a shared mailbox in the fake Office", () => {
  it("offers getSharedPropertiesAsync only for items in someone else's mailbox, naming the owner", async () => {
    const own = setup("received-anna").mailbox.item as Office.MessageRead;
    expect(typeof own.getSharedPropertiesAsync).toBe("undefined");
    const host = new HarnessHost({
      item: sample("received-anna"),
      user: mailboxUser("maria"),
      sharedOwner: mailboxUser("alex"),
    });
    const shared = createFakeOffice(host).context.mailbox.item as Office.MessageRead;
    const result = await call<Office.SharedProperties>((cb) => shared.getSharedPropertiesAsync(cb));
    expect(result.value.owner).toBe("alex.rivera@cronus.example");
    expect(result.value.delegatePermissions).toBe(0x3f);
  });
});

describe("what the fake Office does not fake", () => {
  it("answers an …Async member the add-in never uses with status Failed and Office's 'not supported'", async () => {
    const { mailbox } = setup("received-anna");
    const item = mailbox.item as Office.MessageRead;
    for (const run of [
      (cb: (r: Office.AsyncResult<unknown>) => void) => item.body.prependAsync("x", cb),
      (cb: (r: Office.AsyncResult<unknown>) => void) => mailbox.makeEwsRequestAsync("<x/>", cb),
      (cb: (r: Office.AsyncResult<unknown>) => void) => item.getAsFileAsync(cb),
    ]) {
      const result = await call(run);
      expect(result.status).toBe("failed");
      expect(result.error).toEqual({
        name: "OperationNotSupported",
        code: 5000,
        message: expect.stringMatching(/is not supported by the harness\.$/),
      });
    }
  });

  it("throws on a property or synchronous member the add-in never uses, naming it", () => {
    const { office, mailbox } = setup("received-anna");
    const item = mailbox.item as Office.MessageRead;
    expect(() => item.categories).toThrow("item.categories is not supported by the harness.");
    expect(() => item.getEntities()).toThrow("item.getEntities is not supported by the harness.");
    expect(() => office.context.document).toThrow(/context\.document .*not supported by the harness/);
    expect(() => mailbox.ewsUrl).toThrow("mailbox.ewsUrl is not supported by the harness.");
  });

  it("builds AsyncResults as office.js does: a value only on success, an error only on failure", async () => {
    const draft = setup("compose-lisa").mailbox.item as Office.MessageCompose;
    const subject = await call<string>((cb) => draft.subject.getAsync({ asyncContext: "ctx" }, cb));
    expect(subject.asyncContext).toBe("ctx");
    expect("error" in subject).toBe(false);
    const id = await call<string>((cb) => draft.getItemIdAsync(cb));
    expect("value" in id).toBe(false);
    expect(id.error.code).toBe(9055);
  });
});
