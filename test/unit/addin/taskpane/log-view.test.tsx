/** @jest-environment jsdom */
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { DEMO } from "../use-cases/fakes/fake-store";
import { emailFrom, organisedMeeting, receivedEmail } from "../use-cases/fakes/sample-snapshots";
import { renderApp } from "./render-app";

const logButton = () => screen.findByRole("button", { name: "Log interaction" });

describe("Log view", () => {
  it("shows matched contacts and colleagues, and logs to the matched contacts", async () => {
    const { store } = renderApp(receivedEmail);
    const anna = await screen.findByRole("listitem", { name: /Анна Петрова — Contact/ });
    expect(within(anna).getByRole("checkbox", { name: "Log to Анна Петрова" })).toBeChecked();
    expect(screen.getByText("1 colleague, not logged: Мария Иванова")).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 1, name: "Log this email" })).toBeInTheDocument();
    expect(await screen.findByRole("combobox", { name: "Interaction template" })).toHaveDisplayValue(
      "Emails",
    );
    expect(screen.getByRole("textbox", { name: "Description" })).toHaveValue("Prices for 2027");

    await userEvent.click(await logButton());
    await screen.findByText("Logged to Анна Петрова and John Smith as Emails");
    const sent = store.calls.find((c) => c.method === "logInteraction")?.args[0] as {
      contacts: string[];
      templateCode: string;
    };
    expect(sent.contacts).toEqual([DEMO.anna.no, DEMO.john.no]);
    expect(sent.templateCode).toBe("EMAIL");
  });

  it("says a log was not saved when the outbox cannot take it, and lets the user try again", async () => {
    const { deps, store } = renderApp(receivedEmail);
    const enqueue = deps.sync.enqueue;
    deps.sync.enqueue = () => Promise.reject(new Error("ChunkLoadError"));
    await userEvent.click(await logButton());
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Not logged. This computer cannot keep unsent logs right now, so nothing was saved. Try again, or reopen Outlook.",
    );
    expect(store.calls.filter((c) => c.method === "logInteraction")).toHaveLength(0);

    deps.sync.enqueue = enqueue;
    expect(await logButton()).toBeEnabled();
    await userEvent.click(await logButton());
    await screen.findByText("Logged to Анна Петрова and John Smith as Emails");
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("an ambiguous address needs a choice before logging", async () => {
    const { store } = renderApp(emailFrom({ name: "Contoso Sales", address: "sales@contoso.example" }));
    expect(await logButton()).toBeDisabled();
    expect(screen.getByText("Choose a contact for every address with several contacts.")).toBeInTheDocument();

    await userEvent.selectOptions(
      screen.getByRole("combobox", { name: /^Choose the contact for sales@contoso.example/ }),
      screen.getByRole("option", { name: /Contoso Sales \(West\)/ }),
    );
    expect(await logButton()).toBeEnabled();
    await userEvent.click(await logButton());
    await screen.findByText("Logged to Contoso Sales (West) as Emails");
    expect(store.calls.find((c) => c.method === "logInteraction")?.args[0]).toMatchObject({
      contacts: [DEMO.salesB.no],
    });
  });

  it("an unknown sender can be created as a contact, prefilled, and then logged to", async () => {
    const { store } = renderApp(emailFrom({ name: "", address: "new.person@northwind.example" }));
    expect(await logButton()).toBeDisabled();
    await userEvent.click(screen.getByRole("button", { name: /Create contact/ }));
    const form = await screen.findByRole("form", { name: "New contact" });
    expect(within(form).getByRole("textbox", { name: "Name" })).toHaveValue("New Person");
    expect(within(form).getByRole("textbox", { name: "Email" })).toHaveValue("new.person@northwind.example");
    await userEvent.click(within(form).getByRole("button", { name: "Create" }));
    await screen.findByText("Contact New Person created");
    const [request, key] = store.calls.find((c) => c.method === "createContact")?.args ?? [];
    expect(request).toEqual({ type: "person", name: "New Person", email: "new.person@northwind.example" });
    expect(key).toMatch(/^00000000-0000-4000-8000-/);
    await userEvent.click(await logButton());
    await screen.findByText("Logged to New Person as Emails");
  });

  it("a company by domain can be logged to or have the person created under it", async () => {
    renderApp(emailFrom({ name: "Someone", address: "someone@adatum.example" }));
    const row = await screen.findByRole("listitem", { name: /Someone — Company by domain/ });
    expect(within(row).getByRole("checkbox", { name: "Log to Adatum" })).not.toBeChecked();
    await userEvent.click(within(row).getByRole("button", { name: /Create the person under Adatum/ }));
    const form = await screen.findByRole("form", { name: "New contact" });
    expect(within(form).getByRole("textbox", { name: "Company" })).toHaveValue("Adatum");
  });

  it("shows the already-logged banner with who, when and to whom, and cancels", async () => {
    const { store } = renderApp(receivedEmail);
    store.statuses.set("msgid:prices-1@fabrikam.example", {
      sourceKey: "msgid:prices-1@fabrikam.example",
      logged: true,
      loggedItems: [
        {
          item: {
            id: "LI9",
            sourceKind: "email",
            sourceKey: "msgid:prices-1@fabrikam.example",
            subject: "Prices for 2027",
            occurredAt: "2026-11-20T10:15:00Z",
            createdBy: "maria",
            createdByName: "Мария Иванова",
            createdAt: "2026-11-20T11:00:00Z",
            canceled: false,
          },
          entries: [{ contactNo: DEMO.anna.no, contactName: "Анна Петрова" } as never],
        },
      ],
    });
    const banner = await screen.findByText(
      /Already logged by Мария Иванова on Nov 20, 2026.* to Анна Петрова/,
    );
    expect(banner).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Cancel logging" }));
    expect(
      screen.getByText(
        /^Cancel the log Мария Иванова made on Nov 20, 2026.*\? Its entries stay, marked canceled\.$/,
      ),
    ).toBeInTheDocument();
    expect(store.calls.some((c) => c.method === "cancelLoggedItem")).toBe(false);
    await userEvent.click(screen.getByRole("button", { name: "Cancel the log" }));
    await screen.findByText("The logged interaction was canceled.");
    expect(store.calls.some((c) => c.method === "cancelLoggedItem" && c.args[0] === "LI9")).toBe(true);
    await waitFor(() => expect(screen.queryByText(/Already logged by/)).not.toBeInTheDocument());
  });

  it("a meeting takes its duration from start and end", async () => {
    renderApp(organisedMeeting);
    expect(await screen.findByRole("textbox", { name: "Duration (minutes)" })).toHaveValue("90");
    expect(await screen.findByRole("combobox", { name: "Interaction template" })).toHaveDisplayValue(
      "Meeting invitation",
    );
  });

  it("speaks Russian when Office does", async () => {
    renderApp(receivedEmail, { language: "ru-RU" });
    expect(await screen.findByRole("button", { name: "Записать взаимодействие" })).toBeEnabled();
    expect(screen.getByRole("tab", { name: "История" })).toBeInTheDocument();
    expect(screen.getByText("1 коллега, не записывается: Мария Иванова")).toBeInTheDocument();
  });

  it("follows the selected item when pinned", async () => {
    const { mailbox } = renderApp(receivedEmail);
    await screen.findByRole("listitem", { name: /Анна Петрова/ });
    act(() =>
      mailbox.select(emailFrom({ name: "Lisa Chen", address: "lisa.chen@contoso.example" }, "Another")),
    );
    expect(await screen.findByRole("listitem", { name: /Lisa Chen — Contact/ })).toBeInTheDocument();
    expect(screen.queryByRole("listitem", { name: /Анна Петрова/ })).not.toBeInTheDocument();
    // The entry's fields mount after the participants.
    expect(await screen.findByRole("textbox", { name: "Description" })).toHaveValue("Another");
  });

  it("with the item's load begun before the first render, shows that load's answer without asking again", async () => {
    const { store } = renderApp(receivedEmail);
    await screen.findByRole("listitem", { name: /Анна Петрова — Contact/ });
    expect(store.calls.filter((c) => c.method === "matchContacts")).toHaveLength(1);
  });

  it("with the item's load begun before the first render, an item selected before the pane was drawn is the one shown", async () => {
    renderApp(receivedEmail, {
      beforeRender: ({ mailbox }) =>
        mailbox.select(emailFrom({ name: "Lisa Chen", address: "lisa.chen@contoso.example" }, "Another")),
    });
    expect(await screen.findByRole("listitem", { name: /Lisa Chen — Contact/ })).toBeInTheDocument();
    expect(screen.queryByRole("listitem", { name: /Анна Петрова/ })).not.toBeInTheDocument();
  });

  it("a log the store refuses stays visible until the user discards it", async () => {
    const { store, sync } = renderApp(receivedEmail);
    await logButton();
    store.failWith({ code: "STORE_UNKNOWN_TEMPLATE", kind: "rejected", status: 422, message: "unknown" });
    await userEvent.click(await logButton());
    const dead = await screen.findByRole("listitem", { name: "Not logged: Prices for 2027" });
    expect(dead).toHaveTextContent(
      "The interaction template no longer exists. Use Fix to choose another one.",
    );
    await waitFor(() =>
      expect(screen.getByRole("status")).toHaveTextContent(
        "Not logged — needs attention. The interaction template no longer exists. Use Fix to choose another one.",
      ),
    );
    expect(document.body.textContent).not.toMatch(/\b(ADDIN|STORE)_[A-Z_]+\b/);
    expect(screen.queryByText(/Saved —/)).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Discard: Prices for 2027" }));
    await waitFor(() => expect(screen.queryByText(/Not logged:/)).not.toBeInTheDocument());
    expect(sync.queue).toHaveLength(0);
  });

  it("no open item: says what to do", async () => {
    renderApp(undefined);
    expect(await screen.findByText("Open an email or a meeting to log it.")).toBeInTheDocument();
  });
});
