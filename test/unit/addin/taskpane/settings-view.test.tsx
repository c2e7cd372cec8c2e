/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { receivedEmail } from "../use-cases/fakes/sample-snapshots";
import { renderApp } from "./render-app";

async function openSettings() {
  const app = renderApp(receivedEmail);
  await screen.findByRole("listitem", { name: /Анна Петрова/ });
  await userEvent.click(screen.getByRole("tab", { name: "Settings" }));
  await screen.findByRole("textbox", { name: "Store address" });
  return app;
}

describe("Settings view", () => {
  it("switches the whole pane to Russian and remembers it", async () => {
    const { settings } = await openSettings();
    await userEvent.click(screen.getByRole("combobox", { name: /^Language/ }));
    await userEvent.click(await screen.findByRole("option", { name: "Русский" }));
    expect(await screen.findByRole("tab", { name: "История" })).toBeInTheDocument();
    expect(settings.value().language).toBe("ru-RU");
  });

  it("saves the store address", async () => {
    const { settings } = await openSettings();
    await userEvent.type(
      screen.getByRole("textbox", { name: "Store address" }),
      "https://touchpoint.example",
    );
    await userEvent.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText("Settings saved")).toBeInTheDocument();
    expect(settings.value().storeUrl).toBe("https://touchpoint.example");
  });

  it("adds a domain to the never-log list and removes it again", async () => {
    const { store } = await openSettings();
    await userEvent.type(screen.getByRole("textbox", { name: "Never log" }), "@newsletter.example{Enter}");
    expect(store.calls.find((c) => c.method === "addNeverLog")?.args[0]).toEqual({
      value: "newsletter.example",
      kind: "domain",
      scope: "user",
    });
    await userEvent.click(await screen.findByRole("button", { name: "Remove newsletter.example" }));
    expect(await screen.findByText("The list is empty.")).toBeInTheDocument();
  });
});
