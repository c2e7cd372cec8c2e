import { ALEX, harnessPerTest, type HarnessSession } from "./harness-browser";
import { contactsLogged, ownMeetingKey, sourceStatus } from "./own-items";

jest.setTimeout(90_000);

const harness = harnessPerTest();
let session: HarnessSession | undefined;
// Each test logs its own copy of a sample (harnessPerTest's run): the log must land, not find one.
const LOGGED = /Logged to .+ as /;

describe("taskpane: history, languages, keyboard", () => {
  it("History shows the logged entry and the per-month chart", async () => {
    session = await harness.open({ item: "meeting-attendee" });
    const button = session.pane.getByRole("button", { name: "Log interaction" });
    await button.click({ timeout: 20_000 });
    await session.pane.getByRole("status").filter({ hasText: LOGGED }).waitFor({ timeout: 20_000 });
    const own = await sourceStatus(
      ownMeetingKey(
        "ivan.sidorov@roga-kopyta.example",
        "2026-11-26T10:00:00.000Z",
        "Согласование договора",
        harness.run(),
      ),
    );
    expect(contactsLogged(own)).toEqual(new Set(["Иван Сидоров"]));
    await session.pane.getByRole("tab", { name: "History" }).click();
    await session.pane.getByText("Согласование договора").first().waitFor({ timeout: 20_000 });
    await session.pane.getByRole("figure", { name: "Interactions per month" }).waitFor({ timeout: 20_000 });
  });

  it("speaks Russian when Outlook does", async () => {
    session = await harness.open({ item: "received-anna", lang: "ru-RU" });
    await session.pane.getByRole("button", { name: "Записать взаимодействие" }).waitFor({ timeout: 20_000 });
    await session.pane.getByRole("tab", { name: "История" }).waitFor();
    await session.pane
      .getByText(/коллега/i)
      .first()
      .waitFor();
  });

  it("logs with the keyboard only", async () => {
    session = await harness.open({ item: "meeting-organizer" });
    const frame = await session.paneFrame();
    await session.pane.getByRole("button", { name: "Log interaction" }).waitFor({ timeout: 20_000 });
    await frame.locator("body").focus();
    let reached = false;
    for (let presses = 0; presses < 40 && !reached; presses += 1) {
      await session.page.keyboard.press("Tab");
      reached = await frame.evaluate(() => document.activeElement?.textContent === "Log interaction");
    }
    expect(reached).toBe(true);
    await session.page.keyboard.press("Enter");
    await session.pane.getByRole("status").filter({ hasText: LOGGED }).waitFor({ timeout: 20_000 });
    const own = await sourceStatus(
      ownMeetingKey(ALEX, "2026-11-27T13:00:00.000Z", "Fabrikam quarterly review", harness.run()),
    );
    expect(contactsLogged(own)).toEqual(new Set(["Анна Петрова", "John Smith"]));
  });

  it.each(["light", "dark"] as const)("keyboard focus is always visible (%s theme)", async (theme) => {
    session = await harness.open({ item: "sent-lisa", theme });
    const frame = await session.paneFrame();
    await session.pane.getByRole("button", { name: "Log interaction" }).waitFor({ timeout: 20_000 });
    await session.pane.getByRole("tab", { name: "Log" }).focus();
    const stops: string[] = [];
    // Fluent shows focus once the keyboard is in use: every stop reached by Tab must show it.
    for (let presses = 0; presses < 15; presses += 1) {
      await session.page.keyboard.press("Tab");
      const stop = await frame.evaluate(() => {
        const active = document.activeElement;
        if (active === null || active === document.body) return "";
        // Fluent draws focus on the element, on its ::after, or on a field's ::after around the input.
        const drawn = (element: Element, pseudo?: string) => {
          const style = getComputedStyle(element, pseudo);
          const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
          const border =
            pseudo !== undefined &&
            style.content !== "none" &&
            style.borderStyle !== "none" &&
            parseFloat(style.borderTopWidth) > 0;
          return outline || border || style.boxShadow !== "none";
        };
        let element: Element | null = active;
        for (let depth = 0; element !== null && depth < 4; depth += 1, element = element.parentElement)
          if (drawn(element) || drawn(element, "::after")) return "";
        return active.outerHTML.slice(0, 120);
      });
      if (stop !== "") stops.push(stop);
    }
    expect(stops).toEqual([]);
  });
});
