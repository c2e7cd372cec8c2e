import AxeBuilder from "@axe-core/playwright";
import { harnessPerTest, TASKPANE_TITLE, type HarnessSession } from "./harness-browser";

jest.setTimeout(90_000);

const harness = harnessPerTest();
let session: HarnessSession | undefined;

describe("taskpane: history, languages, keyboard, accessibility", () => {
  it("History shows the logged entry and the per-month chart", async () => {
    session = await harness.open({ item: "meeting-attendee" });
    const button = session.pane.getByRole("button", { name: "Log interaction" });
    await button.click({ timeout: 20_000 });
    await session.pane
      .getByRole("status")
      .filter({ hasText: /Logged to|Already logged by/ })
      .waitFor({ timeout: 20_000 });
    await session.pane.getByRole("tab", { name: "History" }).click();
    await session.pane.getByText("Согласование договора").first().waitFor({ timeout: 20_000 });
    await session.pane.getByRole("img", { name: "Interactions per month" }).waitFor({ timeout: 20_000 });
  });

  it("speaks Russian when Outlook does", async () => {
    session = await harness.open({ item: "received-anna", lang: "ru-RU" });
    await session.pane.getByRole("button", { name: "Записать взаимодействие" }).waitFor({ timeout: 20_000 });
    await session.pane.getByRole("tab", { name: "История" }).waitFor();
    await session.pane
      .getByText(/Коллега/)
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
    await session.pane
      .getByRole("status")
      .filter({ hasText: /Logged to|Already logged by/ })
      .waitFor({ timeout: 20_000 });
  });

  it("has no serious or critical accessibility violations in the taskpane", async () => {
    session = await harness.open({ item: "sent-lisa" });
    await session.pane.getByRole("button", { name: "Log interaction" }).waitFor({ timeout: 20_000 });
    const results = await new AxeBuilder({ page: session.page }).analyze();
    const inPane = results.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => ({ ...v, nodes: v.nodes.filter((n) => String(n.target[0]).includes(TASKPANE_TITLE)) }))
      .filter((v) => v.nodes.length > 0)
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    expect(inPane).toEqual([]);
  });
});
