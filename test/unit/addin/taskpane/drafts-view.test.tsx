/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { DEMO } from "../use-cases/fakes/fake-store";
import { receivedEmail } from "../use-cases/fakes/sample-snapshots";
import { renderApp } from "./render-app";

// A few views clicked through on a loaded two-core machine outlast the default 5 s.
jest.setTimeout(30_000);

async function saveForLater() {
  const app = renderApp(receivedEmail);
  await userEvent.click(await screen.findByRole("button", { name: "Save for later" }));
  await screen.findByText("Saved for later: 2 entries in Drafts");
  return app;
}

describe("Drafts", () => {
  it("Save for later sends the whole log once, postponed", async () => {
    const { store } = await saveForLater();
    const logs = store.calls.filter((c) => c.method === "logInteraction");
    expect(logs).toHaveLength(1);
    expect(logs[0]?.args[0]).toMatchObject({ postponed: true, contacts: [DEMO.anna.no, DEMO.john.no] });
  });

  it("the Drafts tab lists the draft; Resume sends the description under one key and the draft leaves the list", async () => {
    const { store } = await saveForLater();
    await userEvent.click(screen.getByRole("tab", { name: "Drafts" }));
    const list = await screen.findByRole("list", { name: "Drafts" });
    const row = within(list).getByRole("listitem");
    expect(row).toHaveTextContent("to Анна Петрова, John Smith");
    const description = within(row).getByRole("textbox", { name: "Description" });
    await userEvent.clear(description);
    await userEvent.type(description, "Agreed on prices");
    await userEvent.click(within(row).getByRole("button", { name: "Resume the draft Prices for 2027" }));
    expect(await screen.findByText("Logged the draft Prices for 2027.")).toBeInTheDocument();
    expect(await screen.findByText(/^No drafts\./)).toBeInTheDocument();
    const resumed = store.calls.filter((c) => c.method === "resumeDraft");
    expect(resumed).toHaveLength(1);
    expect(resumed[0]?.args[1]).toEqual({ description: "Agreed on prices" });
    expect(typeof resumed[0]?.args[2]).toBe("string");
  });

  it("Delete removes the draft", async () => {
    const { store } = await saveForLater();
    await userEvent.click(screen.getByRole("tab", { name: "Drafts" }));
    await userEvent.click(await screen.findByRole("button", { name: "Delete the draft Prices for 2027" }));
    expect(await screen.findByText("Deleted the draft Prices for 2027.")).toBeInTheDocument();
    expect(store.calls.filter((c) => c.method === "deleteDraft")).toHaveLength(1);
  });

  it("says in words why the drafts could not be loaded", async () => {
    const { store } = renderApp(receivedEmail);
    await screen.findByRole("button", { name: "Save for later" });
    store.failWith({ code: "ADDIN_OFFLINE", kind: "network", message: "Network Error" });
    await userEvent.click(screen.getByRole("tab", { name: "Drafts" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(/^Could not load it\./);
    expect(screen.getByRole("alert")).not.toHaveTextContent("ADDIN_");
  });
});
