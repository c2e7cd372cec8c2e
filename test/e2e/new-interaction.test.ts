import { mkdirSync } from "node:fs";
import type { Locator } from "playwright-core";
import { randomUUID } from "node:crypto";
import type { ContactStatistics, InteractionPage } from "../../src/contracts";
import { harnessPerTest, readApi } from "./harness-browser";
import { paneViolations } from "./pane-checks";

jest.setTimeout(120_000);

const harness = harnessPerTest();
const SHOTS = process.env.TOUCHPOINT_SCREENSHOT_DIR;

/** The text of the option a select shows. */
const selectedText = (select: Locator) =>
  select.evaluate((element) => {
    const chosen = (element as HTMLSelectElement).selectedOptions[0];
    return chosen?.textContent ?? "";
  });

describe("New interaction on a contact's card", () => {
  it("logs an outgoing call to a contact who is not on the item, shown at once on the card's timeline with the logging user's salesperson", async () => {
    const session = await harness.open({ item: "meeting-organizer" });
    const { pane, page } = session;
    const shot = async (name: string) => {
      if (!SHOTS) return;
      mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
    };
    // Иван Сидоров is not on this meeting: found by search, his card opened.
    await pane.getByRole("button", { name: "Find a contact" }).click({ timeout: 30_000 });
    await pane.getByRole("searchbox", { name: "Find a contact" }).fill("сидоров");
    await pane
      .getByRole("list", { name: "Contacts found" })
      .getByRole("button", { name: /^Иван Сидоров/ })
      .click({ timeout: 30_000 });
    const card = pane.getByRole("region", { name: "Contact card: Иван Сидоров" });
    await card.waitFor({ timeout: 30_000 });
    // His card may be empty (no statistics yet) or not, depending on what ran before: the store says.
    await pane.getByRole("button", { name: "New interaction" }).waitFor({ timeout: 30_000 });
    const stats = pane.getByRole("region", { name: "Statistics" });
    const ivan = (await readApi<{ items: Array<{ no: string }> }>("/contacts?q=ivan.sidorov")).body.items[0];
    const no = ivan?.no ?? "";
    const before = (await readApi<ContactStatistics>(`/contacts/${no}/statistics`)).body.count;

    await pane.getByRole("button", { name: "New interaction" }).click();
    const form = pane.getByRole("form", { name: "New interaction with Иван Сидоров" });
    await form.waitFor({ timeout: 30_000 });
    await form
      .getByRole("combobox", { name: "Interaction template" })
      .selectOption({ label: "Outgoing phone call" });
    // The template's defaults fill the form: outbound, initiated by us, 15 minutes.
    expect(await selectedText(form.getByRole("combobox", { name: "Information flow" }))).toBe("Outbound");
    expect(await selectedText(form.getByRole("combobox", { name: "Initiated by" }))).toBe("Us");
    expect(await form.getByRole("textbox", { name: "Duration (minutes)" }).inputValue()).toBe("15");
    const description = `Spring order call ${randomUUID().slice(0, 8)}`;
    await form.getByRole("textbox", { name: "Description" }).fill(description);
    await form.getByRole("combobox", { name: "Evaluation" }).selectOption({ label: "Positive" });
    await shot("new-interaction-form");
    if (SHOTS) await form.screenshot({ path: `${SHOTS}/new-interaction-form-alone.png` });
    expect(await paneViolations(session)).toEqual([]);

    await form.getByRole("button", { name: "Log interaction" }).click();
    const row = pane.getByRole("listitem").filter({ hasText: description });
    await row.waitFor({ timeout: 30_000 });
    // The logging user's salesperson (Alex Rivera → AR in user setup), not the contact's own.
    await row.getByText(/salesperson AR/).waitFor();
    await pane
      .getByRole("status")
      .filter({ hasText: /Logged: Outgoing phone call with Иван Сидоров/ })
      .first()
      .waitFor({ timeout: 30_000 });
    // The card's Interactions figure counts the new call: at least one more than before (other tests of the
    // shared e2e store may log to him meanwhile, so not exactly one more).
    const shown = stats.locator('dt:text-is("Interactions") + dd').first();
    const counted = async () => Number((await shown.textContent({ timeout: 30_000 })) ?? Number.NaN);
    for (const until = Date.now() + 30_000; !((await counted()) >= before + 1) && Date.now() < until;)
      await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await counted()).toBeGreaterThanOrEqual(before + 1);
    await shot("new-interaction-logged");

    const entries = (await readApi<InteractionPage>(`/contacts/${no}/interactions`)).body.items;
    expect(entries.find((e) => e.description === description)).toMatchObject({
      contactNo: no,
      sourceKind: "manual",
      templateCode: "OUTGOING",
      informationFlow: "outbound",
      initiatedBy: "us",
      durationMin: 15,
      evaluation: "positive",
      salespersonCode: "AR",
      userId: "alex.rivera@cronus.example",
    });
    expect(session.pageErrors).toEqual([]);
  });

  it("in Russian with the dark theme, the form names its fields in Russian and axe finds nothing", async () => {
    const session = await harness.open({ item: "meeting-organizer", lang: "ru-RU", theme: "dark" });
    const { pane } = session;
    await pane.getByRole("button", { name: "Найти контакт" }).click({ timeout: 30_000 });
    await pane.getByRole("searchbox", { name: "Найти контакт" }).fill("lisa");
    await pane.getByRole("button", { name: /^Lisa Chen/ }).click({ timeout: 30_000 });
    await pane.getByRole("button", { name: "Новое взаимодействие" }).click({ timeout: 30_000 });
    const form = pane.getByRole("form", { name: "Новое взаимодействие: Lisa Chen" });
    await form.getByRole("combobox", { name: "Направление" }).waitFor({ timeout: 30_000 });
    await form.getByRole("textbox", { name: "Стоимость (USD)" }).waitFor();
    if (SHOTS) await form.screenshot({ path: `${SHOTS}/new-interaction-form-ru-dark.png` });
    expect(await paneViolations(session)).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
