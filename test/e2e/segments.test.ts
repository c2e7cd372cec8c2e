import type { LoggedSegment } from "../../src/contracts";
import { harnessPerTest, readApi } from "./harness-browser";

jest.setTimeout(90_000);

const harness = harnessPerTest();

describe("segments through the harness", () => {
  it("a segment made from a meeting's attendees is logged to, and the logged segment canceled whole", async () => {
    const session = await harness.open({ item: "meeting-organizer" });
    const { pane } = session;
    await pane.getByRole("button", { name: "Log interaction" }).waitFor({ timeout: 20_000 });
    await pane.getByRole("tab", { name: "Segments" }).click();
    const no = pane.getByRole("textbox", { name: "Segment number" });
    await no.fill("SM-E2E-QR");
    await pane.getByRole("button", { name: "Create segment" }).click();
    await pane
      .getByRole("status")
      .filter({ hasText: "Segment SM-E2E-QR created with 2 contacts." })
      .waitFor({ timeout: 20_000 });

    await pane.getByRole("button", { name: "Log to segment SM-E2E-QR" }).click({ timeout: 20_000 });
    await pane
      .getByRole("status")
      .filter({ hasText: "Logged to segment SM-E2E-QR: 2 entries, 0 skipped." })
      .waitFor({ timeout: 20_000 });
    const logged = await readApi<{ items: LoggedSegment[] }>("/logged-segments?segment=SM-E2E-QR");
    expect(logged.body.items.map((l) => [l.entries, l.canceled])).toEqual([[2, false]]);

    await pane
      .getByRole("list", { name: "Logged segments" })
      .getByRole("button", { name: /^Cancel the logged segment/ })
      .click({ timeout: 20_000 });
    await pane
      .getByRole("status")
      .filter({ hasText: /was canceled, with every entry of it\.$/ })
      .waitFor({ timeout: 20_000 });
    const canceled = await readApi<{ items: LoggedSegment[] }>("/logged-segments?segment=SM-E2E-QR");
    expect(canceled.body.items.map((l) => [l.entries, l.canceled])).toEqual([[0, true]]);
  });
});
