/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { DEMO } from "../use-cases/fakes/fake-store";
import { composeEmail, emailFrom } from "../use-cases/fakes/sample-snapshots";
import { renderApp } from "./render-app";

const logButton = () => screen.findByRole("button", { name: "Log interaction" });

describe("Log view: drafts and logging to anyone", () => {
  it("a draft in an Outlook that cannot mark it says why, and Log is disabled rather than silent", async () => {
    const app = renderApp(composeEmail);
    app.mailbox.lackHeaderSupport();
    expect(
      await screen.findByText(
        "This Outlook cannot mark a message while you write it. Send it, then log it from Sent Items.",
      ),
    ).toBeInTheDocument();
    expect(await logButton()).toBeDisabled();
  });

  it("a draft Outlook can mark is logged from the pane, and the log's outcome stays on screen as the draft gets its key", async () => {
    const { mailbox } = renderApp(composeEmail);
    await screen.findByRole("checkbox", { name: "Log to Lisa Chen" });
    await userEvent.click(await logButton());
    await screen.findByText("Logged to Lisa Chen as Emails");
    expect(mailbox.current()?.touchpointId).toBeDefined();
  });

  it("an unknown address whose name resembles a contact can become that contact's alternate address", async () => {
    const { store } = renderApp(emailFrom({ name: "Anna Petrova", address: "anna.p@gmail.example" }));
    const adopt = await screen.findByRole("button", { name: "Add this address to Анна Петрова" });
    expect(screen.getByRole("button", { name: "Create contact: Anna Petrova" })).toBeInTheDocument();
    await userEvent.click(adopt);
    expect(await screen.findByRole("checkbox", { name: "Log to Анна Петрова" })).toBeChecked();
    const update = store.calls.find((call) => call.method === "updateContact");
    expect(update?.args.slice(0, 2)).toEqual([DEMO.anna.no, { alternateEmails: ["anna.p@gmail.example"] }]);
    await userEvent.click(await logButton());
    await screen.findByText("Logged to Анна Петрова as Emails");
  });

  it("Add contact finds a contact not on the item, and the log goes to them too", async () => {
    const { store } = renderApp(
      emailFrom({ name: "Анна Петрова", address: "anna.petrova@fabrikam.example" }),
    );
    await screen.findByRole("checkbox", { name: "Log to Анна Петрова" });
    await userEvent.click(screen.getByRole("button", { name: "Add contact" }));
    await userEvent.type(await screen.findByRole("searchbox", { name: "Find a contact" }), "Lisa");
    const results = await screen.findByRole("list", { name: "Contacts found" });
    await userEvent.click(within(results).getByRole("button", { name: /^Lisa Chen/ }));
    const added = await screen.findByRole("list", { name: "Also log to" });
    expect(within(added).getByText("Lisa Chen")).toBeInTheDocument();
    await userEvent.click(await logButton());
    await screen.findByText(/Logged to .* as Emails/);
    const request = store.calls.find((call) => call.method === "logInteraction")?.args[0] as {
      contacts?: string[];
    };
    expect(request.contacts).toEqual([DEMO.anna.no, DEMO.lisa.no]);
  });

  it("a contact added by mistake can be removed before logging", async () => {
    renderApp(emailFrom({ name: "Анна Петрова", address: "anna.petrova@fabrikam.example" }));
    await userEvent.click(await screen.findByRole("button", { name: "Add contact" }));
    await userEvent.type(await screen.findByRole("searchbox", { name: "Find a contact" }), "Lisa");
    const results = await screen.findByRole("list", { name: "Contacts found" });
    await userEvent.click(within(results).getByRole("button", { name: /^Lisa Chen/ }));
    await userEvent.click(await screen.findByRole("button", { name: "Remove Lisa Chen" }));
    expect(screen.queryByRole("list", { name: "Also log to" })).toBeNull();
  });
});
