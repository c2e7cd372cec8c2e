import { HarnessHost } from "../../../src/harness/host/harness-host";
import { findSample, sampleItems } from "../../../src/harness/samples/sample-items";

const people = (name: string) => {
  const item = findSample(name);
  if (item === undefined) throw new Error(`no sample ${name}`);
  return [
    item.from,
    item.organizer,
    ...item.to,
    ...item.cc,
    ...item.requiredAttendees,
    ...item.optionalAttendees,
  ]
    .filter((p) => p !== undefined)
    .map((p) => p.address);
};

describe("the sample mailbox", () => {
  it("gives every sample a distinct ?item= name", () => {
    const names = sampleItems.map((item) => item.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.every((name) => /^[a-z0-9-]+$/.test(name))).toBe(true);
  });

  it.each([
    [
      "received-anna",
      ["anna.petrova@fabrikam.example", "john.smith@fabrikam.example", "maria.ivanova@cronus.example"],
    ],
    ["sent-lisa", ["lisa.chen@contoso.example", "sales@contoso.example"]],
    ["unknown-sender", ["new.person@northwind.example"]],
    ["meeting-attendee", ["ivan.sidorov@roga-kopyta.example", "alex.rivera@cronus.example"]],
    ["meeting-organizer", ["alex.rivera@cronus.example", "anna.petrova@fabrikam.example"]],
    ["compose-lisa", ["lisa.chen@contoso.example"]],
    ["newsletter", ["digest@newsletter.example"]],
  ])("%s carries the demo anchors it is there for", (name, addresses) => {
    expect(people(name)).toEqual(expect.arrayContaining(addresses));
  });

  it("has a meeting of 40 distinct attendees", () => {
    const attendees = findSample("meeting-40")?.requiredAttendees.map((p) => p.address) ?? [];
    expect(new Set(attendees).size).toBe(40);
  });
});

describe("the harness host", () => {
  it("keeps a draft's edits when the user comes back to it", () => {
    const host = new HarnessHost({ item: findSample("compose-lisa") });
    host.updateItem((item) => (item.headers["x-touchpoint-id"] = "tp-7"));
    host.selectItem(findSample("received-anna")!);
    host.selectItem(findSample("compose-lisa")!);
    expect(host.item?.headers["x-touchpoint-id"]).toBe("tp-7");
    expect(findSample("compose-lisa")?.headers["x-touchpoint-id"]).toBeUndefined();
  });

  it("keeps notifications per item", () => {
    const host = new HarnessHost({ item: findSample("received-anna") });
    host.putNotification("received-anna", { key: "tp", type: "informationalMessage", message: "Logged" });
    host.putNotification("received-anna", { key: "tp", type: "errorMessage", message: "Failed" });
    expect(host.notificationsOf("received-anna").map((n) => n.message)).toEqual(["Failed"]);
    expect(host.notificationsOf("sent-lisa")).toEqual([]);
  });
});
