import { mkdirSync } from "node:fs";
import type { EntryList, StatisticsReport, TodoList } from "../../src/contracts";
import { e2eStore } from "./e2e-store";
import { devToken, harnessPerTest, openFile, readApi } from "./harness-browser";
import { paneViolations, uniqueEmail } from "./pane-checks";

jest.setTimeout(180_000);

const harness = harnessPerTest();
const SHOTS = process.env.TOUCHPOINT_SCREENSHOT_DIR;
const OLGA = "olga.sokolova@cronus.example";

async function templateReport(): Promise<StatisticsReport> {
  const response = await fetch(
    `${e2eStore().url}/api/v1/statistics?by=template&from=2026-01-01&to=2026-12-31`,
    {
      headers: { authorization: `Bearer ${await devToken(OLGA)}` },
    },
  );
  expect(response.status).toBe(200);
  return (await response.json()) as StatisticsReport;
}

describe("follow-ups, comments and the Reports view", () => {
  it("adds a follow-up while logging, comments on the entry from History, finds both, the follow-up on the contact card, and the entry in Reports", async () => {
    const before = await templateReport();
    const mail = uniqueEmail("follow-up");
    const session = await harness.open({ item: "meeting-organizer" });
    const { pane, page } = session;
    await openFile(page, mail.file);
    await pane.getByRole("button", { name: "Log interaction" }).click({ timeout: 30_000 });
    await pane
      .getByRole("status")
      .filter({ hasText: /Logged to/ })
      .waitFor({ timeout: 30_000 });

    // Create follow-up on the Log view, linked to what was just logged.
    await pane.getByRole("button", { name: "Create follow-up" }).click({ timeout: 30_000 });
    const form = pane.getByRole("form", { name: "New follow-up" });
    await form.getByRole("textbox", { name: "Description" }).fill("Send the revised quote");
    await form.getByRole("textbox", { name: "Due date" }).fill("2026-12-08");
    await form.getByRole("button", { name: "Save follow-up" }).click();
    await pane
      .getByRole("status")
      .filter({ hasText: /Follow-up TD\d+ saved/ })
      .waitFor({ timeout: 30_000 });
    const entries = (await readApi<EntryList>("/interactions?contact=CT000002&limit=200")).body.entries;
    const logged = entries.filter((e) => e.subject === mail.subject);
    expect(logged).toHaveLength(1);
    const entry = logged[0];
    expect(entry?.todoNo).toMatch(/^TD\d{6}$/);

    // History: the row names its follow-up; a comment added under it is listed there.
    await pane.getByRole("tab", { name: "History" }).click();
    const row = pane.getByRole("listitem", { name: mail.subject }).first();
    await row.getByText(`Follow-up ${entry?.todoNo ?? ""}`).waitFor({ timeout: 30_000 });
    await row.getByRole("button", { name: `Comments on ${mail.subject}` }).click();
    const comments = row.getByRole("region", { name: `Comments on ${mail.subject}` });
    await comments.getByRole("textbox", { name: "Comment" }).fill("Asked for 5 % off the second year");
    await comments.getByRole("button", { name: "Add comment" }).click();
    await comments.getByText("Asked for 5 % off the second year").waitFor({ timeout: 30_000 });
    const stored = await readApi<{ items: Array<{ comment: string }> }>(
      `/interactions/${entry?.entryNo}/comments`,
    );
    expect(stored.body.items.map((c) => c.comment)).toEqual(["Asked for 5 % off the second year"]);

    // The contact card lists the open follow-up.
    await pane.getByRole("searchbox", { name: "Find a contact" }).fill("Анна Петрова");
    await pane
      .getByRole("list", { name: "Contacts found" })
      .getByRole("button", { name: /^Анна Петрова/ })
      .first()
      .click({ timeout: 30_000 });
    const open = pane.getByRole("region", { name: "Open follow-ups" });
    await open
      .getByText(/Send the revised quote/)
      .first()
      .waitFor({ timeout: 30_000 });
    const todos = await readApi<TodoList>("/todos?contact=CT000002&open=true");
    expect(todos.body.items.some((t) => t.no === entry?.todoNo)).toBe(true);
    expect(session.pageErrors).toEqual([]);
    await session.close();

    // The manager's Reports view counts the entry under its template. Other tests log to the same store
    // meanwhile, so the count rises by at least this one entry (that the figures equal a recount exactly is
    // the store suite's property test; that the entry was written once is checked above).
    const after = await templateReport();
    const key = entry?.templateCode ?? "";
    const count = (r: StatisticsReport) => r.items.find((i) => i.key === key)?.count ?? 0;
    expect(count(after)).toBeGreaterThanOrEqual(count(before) + 1);
    const manager = await harness.open({ item: "meeting-organizer", user: "olga" });
    await manager.pane.getByRole("tab", { name: "Reports" }).click({ timeout: 30_000 });
    await manager.pane.getByRole("textbox", { name: "From" }).fill("2026-01-01");
    await manager.pane.getByRole("textbox", { name: "To" }).fill("2026-12-31");
    await manager.pane.getByRole("button", { name: "Show" }).click();
    const table = manager.pane.getByRole("table", { name: "Figures per Interaction template" });
    const line = table
      .getByRole("row")
      .filter({ has: manager.pane.getByRole("rowheader", { name: new RegExp(`^${key}\\b`) }) });
    // Other tests log emails to the same store meanwhile: the view counts at least every entry up to this one.
    const cell = line.getByRole("cell").first();
    await cell.filter({ hasText: /^\d[\d,\s\u00a0]*$/ }).waitFor({ timeout: 30_000 });
    expect(Number((await cell.textContent())?.replace(/\D/g, ""))).toBeGreaterThanOrEqual(count(after));
    await manager.pane.getByRole("figure", { name: "Interactions per Interaction template" }).waitFor();
    const download = manager.page.waitForEvent("download");
    await manager.pane.getByRole("button", { name: "Export CSV" }).click();
    expect((await download).suggestedFilename()).toBe("interaction-statistics-template.csv");
    if (SHOTS) {
      mkdirSync(SHOTS, { recursive: true });
      await manager.page.screenshot({ path: `${SHOTS}/reports-view.png`, fullPage: true });
    }
    expect(await paneViolations(manager)).toEqual([]);
    expect(manager.pageErrors).toEqual([]);
  });
});
