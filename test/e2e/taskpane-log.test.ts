import { ALEX, harnessPerTest, runRibbonLog, type HarnessSession } from "./harness-browser";
import { contactsLogged, ownMeetingKey, ownMessageKey, sourceStatus as status } from "./own-items";

jest.setTimeout(90_000);

// Every test logs its own copy of a sample (harnessPerTest's run): its log must land, and the store is
// asked what it holds for that copy.
const IVAN = "ivan.sidorov@roga-kopyta.example";
const DELIVERED = /Logged to .+ as /;

const harness = harnessPerTest();
let session: HarnessSession | undefined;

async function logFromPane(item: string): Promise<HarnessSession> {
  session = await harness.open({ item });
  const button = session.pane.getByRole("button", { name: "Log interaction" });
  await button.waitFor({ timeout: 20_000 });
  await button.click();
  await session.pane.getByRole("status").filter({ hasText: DELIVERED }).waitFor({ timeout: 20_000 });
  return session;
}

describe("taskpane: logging", () => {
  it("logs a received email to the matched contacts, not to the colleague", async () => {
    await logFromPane("received-anna");
    const logged = contactsLogged(
      await status(ownMessageKey("received-anna.20261123@fabrikam.example", harness.run())),
    );
    expect(logged).toEqual(new Set(["Анна Петрова", "John Smith"]));
    expect(session?.pageErrors).toEqual([]);
  });

  it("a sent email with an ambiguous address needs a choice, then logs to the chosen contact", async () => {
    session = await harness.open({ item: "sent-lisa" });
    const button = session.pane.getByRole("button", { name: "Log interaction" });
    await button.waitFor({ timeout: 20_000 });
    expect(await button.isDisabled()).toBe(true);
    // The first contact offered (index 0 is the "choose" prompt, which cannot be chosen).
    await session.pane
      .getByRole("combobox", { name: /^Choose the contact for sales@contoso\.example/ })
      .selectOption({ index: 1 });
    await button.click();
    await session.pane.getByRole("status").filter({ hasText: DELIVERED }).waitFor({ timeout: 20_000 });
    const source = await status(ownMessageKey("sent-lisa.20261123@cronus.example", harness.run()));
    expect(contactsLogged(source).has("Lisa Chen")).toBe(true);
    expect(source.loggedItems[0]?.entries.every((e) => e.informationFlow === "outbound")).toBe(true);
  });

  it.each([
    ["meeting-attendee", [IVAN, "2026-11-26T10:00:00.000Z", "Согласование договора"], ["Иван Сидоров"], 90],
    [
      "meeting-organizer",
      [ALEX, "2026-11-27T13:00:00.000Z", "Fabrikam quarterly review"],
      ["Анна Петрова", "John Smith"],
      60,
    ],
  ] as const)(
    "logs %s with its duration from start and end",
    async (item, [organizer, start, subject], contacts, minutes) => {
      await logFromPane(item);
      const source = await status(ownMeetingKey(organizer, start, subject, harness.run()));
      expect(contactsLogged(source)).toEqual(new Set(contacts));
      expect(source.loggedItems[0]?.entries[0]?.durationMin).toBe(minutes);
    },
  );

  it("the ribbon's one-click Log answers in the notification bar and completes", async () => {
    session = await harness.open({ item: "meeting-organizer", paneClosed: true });
    expect(await runRibbonLog(session.page)).toMatch(/Log command completed/);
    await session.page
      .getByRole("region", { name: "Notification bar" })
      .getByText(DELIVERED)
      .first()
      .waitFor({ timeout: 15_000 });
  });

  it("a second user opening a logged message sees who logged it, and to whom", async () => {
    await logFromPane("received-anna");
    await session?.close();
    session = await harness.open({ item: "received-anna", user: "maria" });
    const banner = session.pane.getByText(/Already logged by .+ to .*Анна Петрова/);
    await banner.waitFor({ timeout: 20_000 });
  });

  it("creates a contact from an unknown sender and logs to it", async () => {
    session = await harness.open({ item: "unknown-sender" });
    await session.pane.getByRole("button", { name: /Create contact/ }).click({ timeout: 20_000 });
    const form = session.pane.getByRole("form", { name: "New contact" });
    expect(await form.getByRole("textbox", { name: "Name" }).inputValue()).toBe("New Person");
    await form.getByRole("button", { name: "Create" }).click();
    await session.pane.getByText("Contact New Person created").waitFor({ timeout: 15_000 });
    await session.pane.getByRole("button", { name: "Log interaction" }).click();
    await session.pane.getByRole("status").filter({ hasText: DELIVERED }).waitFor({ timeout: 20_000 });
    expect(
      contactsLogged(await status(ownMessageKey("intro.20261122@northwind.example", harness.run()))),
    ).toEqual(new Set(["New Person"]));
  });
});
