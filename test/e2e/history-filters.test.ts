import type { ContactStatistics } from "../../src/contracts";
import { harnessPerTest, readApi } from "./harness-browser";

jest.setTimeout(120_000);

const harness = harnessPerTest();
const ANNA = "CT000002";

describe("History: statistics follow the filters", () => {
  it("the Interactions figure is the store's for the chosen template, and All brings back the total", async () => {
    const session = await harness.open({ item: "received-anna" });
    const { pane } = session;
    // This test's own email to Anna: with it, All counts at least one entry more than Meeting invitation.
    await pane.getByRole("button", { name: "Log interaction" }).click({ timeout: 30_000 });
    await pane
      .getByRole("status")
      .filter({ hasText: /Logged to .+ as / })
      .waitFor({ timeout: 30_000 });
    await pane.getByRole("tab", { name: "History" }).click();
    const statistics = pane.getByRole("region", { name: "Statistics" });
    const shown = async () =>
      Number(await statistics.locator('dt:text-is("Interactions") + dd').textContent());
    const stored = async (query: string) =>
      (await readApi<ContactStatistics>(`/contacts/${ANNA}/statistics${query}`)).body.count;

    await statistics.waitFor({ timeout: 30_000 });
    const all = await stored("");
    await statistics
      .locator(`dt:text-is("Interactions") + dd:text-is("${all}")`)
      .waitFor({ timeout: 30_000 });

    await pane.getByRole("combobox", { name: "Template" }).selectOption({ label: "Meeting invitation" });
    const meetings = await stored("?template=MEETINV");
    expect(meetings).toBeLessThan(all);
    if (meetings === 0) {
      await pane.getByText(/^No interactions match these filters/).waitFor({ timeout: 30_000 });
    } else {
      await statistics
        .locator(`dt:text-is("Interactions") + dd:text-is("${meetings}")`)
        .waitFor({ timeout: 30_000 });
    }

    await pane.getByRole("combobox", { name: "Template" }).selectOption({ label: "All" });
    await statistics
      .locator(`dt:text-is("Interactions") + dd:text-is("${all}")`)
      .waitFor({ timeout: 30_000 });
    expect(await shown()).toBe(all);
    expect(session.pageErrors).toEqual([]);
  });
});
