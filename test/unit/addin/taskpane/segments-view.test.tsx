/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { organisedMeeting } from "../use-cases/fakes/sample-snapshots";
import { renderApp } from "./render-app";

// A few views clicked through on a loaded two-core machine outlast the default 5 s.
jest.setTimeout(30_000);

describe("Segments", () => {
  it("creates a segment from the meeting's attendees, logs to it with one template, and cancels the logged segment", async () => {
    const { store } = renderApp(organisedMeeting);
    await screen.findByRole("button", { name: "Log interaction" });
    await userEvent.click(screen.getByRole("tab", { name: "Segments" }));
    const no = await screen.findByRole("textbox", { name: "Segment number" });
    await userEvent.clear(no);
    await userEvent.type(no, "SM-TEAM");
    await userEvent.click(screen.getByRole("button", { name: "Create segment" }));
    expect(await screen.findByText(/^Segment SM-TEAM created with \d+ contacts?\.$/)).toBeInTheDocument();
    const created = store.calls.find((c) => c.method === "createSegment")?.args[0] as { addresses: string[] };
    expect(created.addresses.length).toBeGreaterThan(0);

    const list = await screen.findByRole("list", { name: "Segments" });
    await userEvent.click(within(list).getByRole("button", { name: "Log to segment SM-TEAM" }));
    expect(await screen.findByText(/^Logged to segment SM-TEAM: /)).toBeInTheDocument();
    const logged = store.calls.filter((c) => c.method === "logSegment");
    expect(logged).toHaveLength(1);
    expect(logged[0]?.args[1]).toMatchObject({ templateCode: expect.any(String) });

    const loggedList = await screen.findByRole("list", { name: "Logged segments" });
    await userEvent.click(within(loggedList).getByRole("button", { name: /^Cancel the logged segment/ }));
    expect(await screen.findByText(/was canceled, with every entry of it\.$/)).toBeInTheDocument();
    expect(
      within(await screen.findByRole("list", { name: "Logged segments" })).getByText(/Canceled/),
    ).toBeInTheDocument();
  });
});
