import { mkdirSync } from "node:fs";
import type { ContactStatistics } from "../../src/contracts";
import { harnessPerTest, readApi } from "./harness-browser";

jest.setTimeout(120_000);

const harness = harnessPerTest();
const SHOTS = process.env.TOUCHPOINT_SCREENSHOT_DIR;

describe("contact search and cards", () => {
  it("finds a contact who is not on the item from Log, opens the card, and the company's card rolls up its people", async () => {
    const session = await harness.open({ item: "meeting-organizer" });
    const { pane, page } = session;
    const shot = async (name: string) => {
      if (!SHOTS) return;
      mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
    };
    await pane.getByRole("button", { name: "Find a contact" }).click({ timeout: 30_000 });
    const box = pane.getByRole("searchbox", { name: "Find a contact" });
    await box.waitFor({ timeout: 30_000 });
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
    // Accent- and case-blind, Cyrillic included: "ИВАН" finds Иван Сидоров, who is not on this meeting.
    await box.fill("ИВАН");
    const results = pane.getByRole("list", { name: "Contacts found" });
    await results.getByRole("button", { name: /^Иван Сидоров/ }).waitFor({ timeout: 30_000 });
    await shot("contact-search");
    await box.fill("lisa");
    await results.getByRole("button", { name: /^Lisa Chen · Contoso/ }).click({ timeout: 30_000 });
    const card = pane.getByRole("region", { name: "Contact card: Lisa Chen" });
    await card.getByText("lisa.chen@contoso.example").waitFor({ timeout: 30_000 });
    await pane.getByRole("region", { name: "Statistics" }).waitFor({ timeout: 30_000 });
    await shot("contact-card");

    await card.getByRole("button", { name: "Contoso" }).click();
    const company = pane.getByRole("region", { name: "Contact card: Contoso" });
    await company.waitFor({ timeout: 30_000 });
    const stats = pane.getByRole("region", { name: "Statistics" });
    await stats.waitFor({ timeout: 30_000 });
    const contoso = (await readApi<{ items: Array<{ no: string; name: string }> }>("/contacts?q=contoso"))
      .body.items[0];
    const figures = (await readApi<ContactStatistics>(`/contacts/${contoso?.no ?? ""}/statistics`)).body;
    await stats.getByText(String(figures.count), { exact: true }).first().waitFor({ timeout: 30_000 });
    await shot("company-card");
    expect(session.pageErrors).toEqual([]);
  });
});
