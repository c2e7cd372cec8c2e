import { mkdirSync } from "node:fs";
import type { EntryList } from "../../src/contracts";
import { ownSubject } from "../../src/harness/samples/own-copy";
import { harnessPerTest, readApi } from "./harness-browser";

jest.setTimeout(120_000);

const harness = harnessPerTest();
/** The test's own copy of the meeting (harnessPerTest's run): its entry is the one acted on. */
const subject = () => ownSubject("Fabrikam quarterly review", harness.run());
/** Screenshots for the issue note land here when the directory is given. */
const SHOTS = process.env.TOUCHPOINT_SCREENSHOT_DIR;

async function annasEntry(): Promise<EntryList["entries"][number] | undefined> {
  const { body } = await readApi<EntryList>("/interactions?contact=CT000002&limit=200");
  return body.entries.find((e) => e.subject === subject());
}

describe("History: acting on an entry", () => {
  it("cancels, restores and evaluates an entry from History, each reaching the store, with readable figures", async () => {
    const session = await harness.open({ item: "meeting-organizer" });
    const { pane } = session;
    await pane.getByRole("button", { name: "Log interaction" }).click({ timeout: 30_000 });
    await pane
      .getByRole("status")
      .filter({ hasText: /Logged to .+ as / })
      .waitFor({ timeout: 30_000 });
    await pane.getByRole("tab", { name: "History" }).click();
    const row = pane.getByRole("listitem", { name: subject() }).first();
    await row.waitFor({ timeout: 30_000 });
    // Template and group by description, cost in the tenant's currency, duration with its unit.
    await row.getByText(/Meeting invitation · System generated entries/).waitFor();
    await row.getByText(/^\$\d+\.\d{2} · \d+ (h|min)\b.* · /).waitFor();

    expect((await annasEntry())?.canceled).toBe(false);
    await row.getByRole("button", { name: "Cancel entry" }).click();
    await row.getByRole("button", { name: "Restore" }).waitFor({ timeout: 30_000 });
    expect((await annasEntry())?.canceled).toBe(true);
    await row.getByRole("button", { name: "Restore" }).click();
    await row.getByRole("button", { name: "Cancel entry" }).waitFor({ timeout: 30_000 });
    expect((await annasEntry())?.canceled).toBe(false);

    await row
      .getByRole("combobox", { name: `Evaluation: ${subject()}` })
      .selectOption({ label: "Very positive" });
    await row.getByText(/ · Very positive$/).waitFor({ timeout: 30_000 });
    expect((await annasEntry())?.evaluation).toBe("very_positive");

    if (SHOTS) {
      mkdirSync(SHOTS, { recursive: true });
      await session.page.screenshot({ path: `${SHOTS}/history-entry-actions.png`, fullPage: true });
    }
    expect(session.pageErrors).toEqual([]);
  });
});
