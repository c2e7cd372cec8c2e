/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { LogInteractionRequest } from "../../../../src/contracts";
import { receivedEmail } from "../use-cases/fakes/sample-snapshots";
import { renderApp } from "./render-app";

/** The pane on an email, History open, Lisa Chen's card found by search, New interaction opened. */
async function openForm() {
  const app = renderApp(receivedEmail);
  await screen.findByRole("listitem", { name: /Анна Петрова/ });
  await userEvent.click(screen.getByRole("tab", { name: "History" }));
  await userEvent.type(await screen.findByRole("searchbox", { name: "Find a contact" }), "Lisa");
  const results = await screen.findByRole("list", { name: "Contacts found" });
  await userEvent.click(within(results).getByRole("button", { name: /^Lisa Chen/ }));
  await screen.findByRole("region", { name: "Contact card: Lisa Chen" });
  await userEvent.click(await screen.findByRole("button", { name: "New interaction" }));
  const form = await screen.findByRole("form", { name: "New interaction with Lisa Chen" });
  return { ...app, form };
}

const sent = (calls: Array<{ method: string; args: unknown[] }>) =>
  calls.filter((c) => c.method === "logInteraction").map((c) => c.args[0] as LogInteractionRequest);

describe("New interaction on a contact's card", () => {
  it("a chosen template fills flow, initiator, cost and duration; the log goes out as one manual request and shows on the timeline", async () => {
    const { form, store } = await openForm();
    await userEvent.selectOptions(
      within(form).getByRole("combobox", { name: "Interaction template" }),
      "Meeting held at our office",
    );
    expect(within(form).getByRole("textbox", { name: "Cost (USD)" })).toHaveValue("25");
    expect(within(form).getByRole("textbox", { name: "Duration (minutes)" })).toHaveValue("120");
    expect(within(form).getByRole("combobox", { name: /^Information flow/ })).toHaveDisplayValue("Outbound");
    await userEvent.type(
      within(form).getByRole("textbox", { name: "Description" }),
      "Visit about the renewal",
    );
    await userEvent.click(within(form).getByRole("button", { name: "Log interaction" }));
    expect(await screen.findByText("Visit about the renewal")).toBeInTheDocument();
    expect(screen.queryByRole("form", { name: "New interaction with Lisa Chen" })).not.toBeInTheDocument();
    const [request] = sent(store.calls);
    expect(request).toMatchObject({
      source: { kind: "manual", subject: "Visit about the renewal" },
      templateCode: "INHOUSE",
      contacts: ["CT000021"],
      costLcy: 25,
      durationMin: 120,
      informationFlow: "outbound",
      initiatedBy: "us",
    });
    expect(request?.source.key).toMatch(/^manual:/);
  });

  it("without a template it says what to choose, keeps the form, and sends nothing", async () => {
    const { form, store } = await openForm();
    expect(within(form).getByRole("combobox", { name: "Interaction template" })).toHaveDisplayValue(
      "Choose a call, a letter, a visit…",
    );
    await userEvent.click(within(form).getByRole("button", { name: "Log interaction" }));
    expect(
      await within(form).findByText("Choose what it was: a call, a letter, a visit or another template."),
    ).toBeInTheDocument();
    expect(sent(store.calls)).toEqual([]);
  });

  it("a cost that is not a number is named under its field and refused", async () => {
    const { form, store } = await openForm();
    await userEvent.selectOptions(
      within(form).getByRole("combobox", { name: "Interaction template" }),
      "Emails",
    );
    const cost = within(form).getByRole("textbox", { name: "Cost (USD)" });
    await userEvent.clear(cost);
    await userEvent.type(cost, "ten");
    expect(within(form).getAllByText("Enter a number of zero or more, such as 12.5.").length).toBeGreaterThan(
      0,
    );
    await userEvent.click(within(form).getByRole("button", { name: "Log interaction" }));
    expect(sent(store.calls)).toEqual([]);
  });
});
