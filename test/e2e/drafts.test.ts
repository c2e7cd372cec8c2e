import { harnessPerTest, readApi } from "./harness-browser";

jest.setTimeout(90_000);

const harness = harnessPerTest();

describe("postponed interactions through the harness", () => {
  it("a draft saved for later is found in Drafts, resumed, and then shown in History once", async () => {
    const session = await harness.open({ item: "compose-lisa" });
    const { pane } = session;
    await pane.getByRole("button", { name: "Save for later" }).click({ timeout: 20_000 });
    await pane
      .getByRole("status")
      .filter({ hasText: "Saved for later: 1 entry in Drafts" })
      .waitFor({ timeout: 20_000 });

    await pane.getByRole("tab", { name: "Drafts" }).click();
    const draft = pane
      .getByRole("list", { name: "Drafts" })
      .getByRole("listitem")
      .filter({ hasText: "Draft: pricing for 2027" });
    await draft.waitFor({ timeout: 20_000 });
    const description = draft.getByRole("textbox", { name: "Description" });
    await description.fill("Pricing agreed with Lisa (resumed draft)");
    await draft.getByRole("button", { name: "Resume the draft Draft: pricing for 2027" }).click();
    await pane
      .getByRole("status")
      .filter({ hasText: "Logged the draft Draft: pricing for 2027." })
      .waitFor({ timeout: 20_000 });
    await draft.waitFor({ state: "detached", timeout: 20_000 });

    await pane.getByRole("tab", { name: "History" }).click();
    const shown = pane.getByText("Pricing agreed with Lisa (resumed draft)");
    await shown.first().waitFor({ timeout: 20_000 });
    expect(await shown.count()).toBe(1);

    const drafts = await readApi<{ items: Array<{ item: { subject: string } }> }>("/drafts");
    expect(drafts.body.items.filter((d) => d.item.subject === "Draft: pricing for 2027")).toEqual([]);
  });
});
