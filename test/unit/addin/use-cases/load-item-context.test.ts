import { loadItemContext } from "../../../../src/addin/use-cases/load-item-context";
import { createFakeDeps } from "./fakes/fake-ports";
import { DEMO } from "./fakes/fake-store";
import { composeEmail, emailFrom, organisedMeeting, receivedEmail } from "./fakes/sample-snapshots";

const stateByEmail = async (deps: ReturnType<typeof createFakeDeps>["deps"]) => {
  const context = await loadItemContext(deps);
  if (!context.ok) throw new Error(context.error.code);
  return Object.fromEntries(context.value.participants.map((p) => [p.email, p.state]));
};

describe("loadItemContext", () => {
  it("shows each participant's state: matched contacts, colleagues, never the user", async () => {
    const { deps } = createFakeDeps(receivedEmail);
    expect(await stateByEmail(deps)).toEqual({
      "anna.petrova@fabrikam.example": "matched",
      "maria.ivanova@cronus.example": "colleague",
      "john.smith@fabrikam.example": "matched",
    });
  });

  it("an address on two contacts is ambiguous with both candidates, never auto-picked", async () => {
    const { deps } = createFakeDeps(emailFrom({ name: "Contoso Sales", address: "sales@contoso.example" }));
    const context = await loadItemContext(deps);
    const sales = context.ok ? context.value.participants[0] : undefined;
    expect(sales?.state).toBe("ambiguous");
    expect(sales?.state === "ambiguous" && sales.candidates.map((c) => c.no)).toEqual([
      DEMO.salesA.no,
      DEMO.salesB.no,
    ]);
  });

  it.each([
    ["someone@adatum.example", "company"],
    ["new.person@northwind.example", "unknown"],
    ["news@newsletter.example", "excluded"],
    ["not an address", "invalid"],
  ])("%s is %s", async (address, state) => {
    const { deps } = createFakeDeps(emailFrom({ name: "", address }));
    expect(Object.values(await stateByEmail(deps))).toEqual([state]);
  });

  it("takes the direction from the sender: an external sender is inbound, initiated by them", async () => {
    const { deps } = createFakeDeps(receivedEmail);
    const context = await loadItemContext(deps);
    expect(context.ok && context.value.direction).toEqual({
      informationFlow: "inbound",
      initiatedBy: "them",
    });
    expect(context.ok && context.value.sourceKey).toBe("msgid:prices-1@fabrikam.example");
  });

  it("a meeting organised by the user is outbound, lasts from start to end and defaults to the meeting template", async () => {
    const { deps } = createFakeDeps(organisedMeeting);
    const context = await loadItemContext(deps);
    if (!context.ok) throw new Error(context.error.code);
    expect(context.value.direction).toEqual({ informationFlow: "outbound", initiatedBy: "us" });
    expect(context.value.meetingDurationMin).toBe(90);
    expect(context.value.defaultTemplateCode).toBe("MEETINV");
    expect(context.value.sourceKind).toBe("meeting");
  });

  it("the user's last template for the kind overrides template setup", async () => {
    const { deps } = createFakeDeps(receivedEmail, { settings: { lastTemplate: { email: "INHOUSE" } } });
    const context = await loadItemContext(deps);
    expect(context.ok && context.value.defaultTemplateCode).toBe("INHOUSE");
  });

  it("a last choice that is no longer a usable template falls back to template setup", async () => {
    const { deps } = createFakeDeps(receivedEmail, { settings: { lastTemplate: { email: "GONE" } } });
    const context = await loadItemContext(deps);
    expect(context.ok && context.value.defaultTemplateCode).toBe("EMAIL");
  });

  it("a draft defaults to the email template when template setup names none for drafts", async () => {
    const { deps } = createFakeDeps(composeEmail);
    const context = await loadItemContext(deps);
    expect(context.ok && context.value.defaultTemplateCode).toBe("EMAIL");
  });

  it("reports who already logged the item", async () => {
    const { deps, store } = createFakeDeps(receivedEmail);
    store.statuses.set("msgid:prices-1@fabrikam.example", {
      sourceKey: "msgid:prices-1@fabrikam.example",
      logged: true,
      loggedItems: [
        {
          item: {
            id: "LI1",
            sourceKind: "email",
            sourceKey: "<prices-1@fabrikam.example>",
            subject: "Prices for 2027",
            occurredAt: "2026-11-20T10:15:00Z",
            createdBy: "maria",
            createdByName: "Мария Иванова",
            createdAt: "2026-11-20T11:00:00Z",
            canceled: false,
          },
          entries: [],
        },
      ],
    });
    const context = await loadItemContext(deps);
    expect(context.ok && context.value.alreadyLogged?.loggedItems[0]?.item.createdByName).toBe(
      "Мария Иванова",
    );
  });

  it("a compose item without an id has no source key yet and asks nothing about its status", async () => {
    const { deps, store } = createFakeDeps(composeEmail);
    const context = await loadItemContext(deps);
    expect(context.ok && context.value.sourceKey).toBeUndefined();
    expect(store.calls.map((c) => c.method)).not.toContain("sourceStatus");
  });

  it("offline: participants still show from the item, waiting to be matched, with the store problem reported", async () => {
    const { deps, store } = createFakeDeps(receivedEmail);
    store.failWith({ code: "ADDIN_OFFLINE", kind: "network", message: "offline" });
    const context = await loadItemContext(deps);
    expect(context.ok && context.value.storeProblem?.code).toBe("ADDIN_OFFLINE");
    expect(context.ok && context.value.participants.map((p) => p.state)).toEqual([
      "pending",
      "colleague",
      "pending",
    ]);
  });

  it("leaves a meeting's rooms out of its participants", async () => {
    const { deps } = createFakeDeps({
      ...receivedEmail,
      kind: "appointment",
      organizer: { name: "Alex Rivera", address: "alex.rivera@cronus.example" },
      requiredAttendees: [
        { name: "Анна Петрова", address: "anna.petrova@fabrikam.example" },
        { name: "Conference Room Everest", address: "room.everest@cronus.example" },
      ],
      rooms: ["room.everest@cronus.example"],
      start: "2026-12-02T09:00:00Z",
      end: "2026-12-02T10:00:00Z",
    });
    const context = await loadItemContext(deps);
    expect(context.ok && context.value.participants.map((p) => p.email)).not.toContain(
      "room.everest@cronus.example",
    );
  });

  it("no open item is a coded failure", async () => {
    const { deps } = createFakeDeps(undefined);
    const context = await loadItemContext(deps);
    expect(context.ok || context.error.code).toBe("ADDIN_NO_ITEM");
  });
});
