/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { DEMO } from "../use-cases/fakes/fake-store";
import { receivedEmail } from "../use-cases/fakes/sample-snapshots";
import { renderApp } from "./render-app";

async function openSettings(
  options: Parameters<typeof renderApp>[1] = {},
  before?: (app: ReturnType<typeof renderApp>) => void,
) {
  const app = renderApp(receivedEmail, options);
  before?.(app);
  await screen.findByRole("listitem", { name: /Анна Петрова/ });
  await userEvent.click(screen.getByRole("tab", { name: "Settings" }));
  await screen.findByRole("textbox", { name: "Store address" });
  return app;
}

describe("Settings view", () => {
  it("switches the whole pane to Russian and remembers it", async () => {
    const { settings } = await openSettings();
    await userEvent.selectOptions(screen.getByRole("combobox", { name: /^Language/ }), "Русский");
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
    expect(
      await screen.findByText(
        "Your never-log list is empty. Add an address or a domain above to keep its mail out of Touchpoint.",
      ),
    ).toBeInTheDocument();
  });

  it("says under the field, and in words, that an entry is neither an address nor a domain", async () => {
    const { store } = await openSettings();
    const field = screen.getByRole("textbox", { name: "Never log" });
    await userEvent.type(field, "not a domain{Enter}");
    expect(field).toHaveAccessibleDescription(
      "Enter an email address (name@example.com) or a domain (example.com).",
    );
    expect(field).toHaveAttribute("aria-invalid", "true");
    expect(store.calls.some((c) => c.method === "addNeverLog")).toBe(false);
    expect(document.body.textContent).not.toMatch(/\b(ADDIN|STORE)_[A-Z_]+\b/);
  });

  it("a refusal by the store is said under the field in words, never as its code", async () => {
    const { store } = await openSettings();
    store.failWith({
      code: "STORE_VALIDATION",
      kind: "rejected",
      status: 400,
      message: "Not a usable domain",
    });
    const field = screen.getByRole("textbox", { name: "Never log" });
    await userEvent.type(field, "fabrikam.example{Enter}");
    await waitFor(() =>
      expect(field).toHaveAccessibleDescription(
        "Not added. The store found part of it not valid. Check what you entered and try again.",
      ),
    );
    expect(document.body.textContent).not.toMatch(/\b(ADDIN|STORE)_[A-Z_]+\b/);
  });

  it("a never-log entry applies to the open item at once: John is no longer ticked nor logged", async () => {
    const { store } = await openSettings();
    await userEvent.type(
      screen.getByRole("textbox", { name: "Never log" }),
      "john.smith@fabrikam.example{Enter}",
    );
    await screen.findByRole("button", { name: "Remove john.smith@fabrikam.example" });
    await userEvent.click(screen.getByRole("tab", { name: "Log" }));
    const john = await screen.findByRole("listitem", { name: /John Smith — Excluded/ });
    expect(within(john).queryByRole("checkbox")).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Log interaction" }));
    await screen.findByText("Logged to Анна Петрова as Emails");
    const sent = store.calls.find((c) => c.method === "logInteraction")?.args[0] as { contacts: string[] };
    expect(sent.contacts).toEqual([DEMO.anna.no]);
  });

  it("policy suggest: the automatic-logging switch starts off and turning it on is kept in roaming settings", async () => {
    const { settings } = await openSettings();
    const autoLog = await screen.findByRole("checkbox", { name: "Log sent mail automatically" });
    expect(autoLog).not.toBeChecked();
    expect(
      screen.getByRole("checkbox", { name: "Also log replies in conversations already logged" }),
    ).toBeDisabled();
    await userEvent.click(autoLog);
    await waitFor(() => expect(settings.value().autoLog).toBe(true));
    const replies = screen.getByRole("checkbox", {
      name: "Also log replies in conversations already logged",
    });
    expect(replies).not.toBeChecked();
    await userEvent.click(replies);
    await waitFor(() => expect(settings.value().logReplies).toBe(true));
  });

  it("policy off: the switch is off and disabled, and says the organisation turned it off", async () => {
    await openSettings({ settings: { autoLog: true } }, (app) => app.store.setAutoLogPolicy("off"));
    const autoLog = await screen.findByRole("checkbox", { name: "Log sent mail automatically" });
    await waitFor(() => expect(autoLog).toBeDisabled());
    expect(autoLog).not.toBeChecked();
    expect(autoLog).toHaveAccessibleDescription(
      "Your organisation turned automatic logging off, so it cannot be turned on here.",
    );
  });

  it("policy on: the switch is on for a user who never chose, and the user may turn it off", async () => {
    const { settings } = await openSettings({}, (app) => app.store.setAutoLogPolicy("on"));
    const autoLog = await screen.findByRole("checkbox", { name: "Log sent mail automatically" });
    await waitFor(() => expect(autoLog).toBeChecked());
    await userEvent.click(autoLog);
    await waitFor(() => expect(settings.value().autoLog).toBe(false));
    expect(autoLog).not.toBeChecked();
  });
});
