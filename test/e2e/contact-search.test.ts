import { mkdirSync } from "node:fs";
import type { ContactStatistics } from "../../src/contracts";
import { randomUUID } from "node:crypto";
import { e2eStore } from "./e2e-store";
import { devToken, harnessPerTest, readApi } from "./harness-browser";

jest.setTimeout(120_000);

const harness = harnessPerTest();
const SHOTS = process.env.TOUCHPOINT_SCREENSHOT_DIR;

describe("contact search and cards", () => {
  it("finds a contact who is not on the item from Log, opens the card, and the company's card rolls up its people", async () => {
    // Lisa Chen (Contoso) has an entry: a call logged through the API first.
    const lisa = (await readApi<{ items: Array<{ no: string }> }>("/contacts?q=lisa.chen@contoso.example"))
      .body.items[0];
    const logged = await fetch(`${e2eStore().url}/api/v1/interactions`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${await devToken()}`,
        "content-type": "application/json",
        "idempotency-key": randomUUID(),
      },
      body: JSON.stringify({
        source: {
          kind: "manual",
          key: `call:${randomUUID()}`,
          subject: "Call about the renewal",
          occurredAt: "2026-11-24T09:00:00.000Z",
        },
        templateCode: "OUTGOING",
        contacts: [lisa?.no],
      }),
    });
    expect(logged.status).toBe(201);
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
    expect(figures.count).toBeGreaterThan(0);
    await stats.getByText(String(figures.count), { exact: true }).first().waitFor({ timeout: 30_000 });
    // Each row of the company's timeline names its person.
    await pane.getByRole("listitem").filter({ hasText: "Lisa Chen" }).first().waitFor({ timeout: 30_000 });
    await shot("company-card");
    expect(session.pageErrors).toEqual([]);
  });
});
