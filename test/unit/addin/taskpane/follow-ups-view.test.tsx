/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { InteractionEntry } from "../../../../src/contracts";
import { DEMO } from "../use-cases/fakes/fake-store";
import { receivedEmail } from "../use-cases/fakes/sample-snapshots";
import { renderApp } from "./render-app";

const entry = (n: number, overrides: Partial<InteractionEntry> = {}): InteractionEntry => ({
  entryNo: 100 + n,
  loggedItemId: `LI${n}`,
  contactNo: DEMO.anna.no,
  templateCode: "EMAIL",
  groupCode: "SYSTEM",
  description: `Email number ${n}`,
  subject: `Email number ${n}`,
  occurredAt: "2026-10-20T10:00:00Z",
  informationFlow: "inbound",
  initiatedBy: "them",
  costLcy: 8,
  durationMin: 1,
  evaluation: "none",
  attemptFailed: n % 2 === 1,
  correspondenceType: "email",
  salespersonCode: "JR",
  userId: "alex",
  sourceKind: "email",
  sourceKey: `msgid:${n}@x`,
  emailLogged: true,
  postponed: false,
  canceled: false,
  createdAt: "2026-10-01T10:00:00Z",
  ...overrides,
});

async function openHistory(entries: InteractionEntry[]) {
  const app = renderApp(receivedEmail);
  app.store.entries.push(...entries);
  await screen.findByRole("listitem", { name: /Анна Петрова/ });
  await userEvent.click(screen.getByRole("tab", { name: "History" }));
  return app;
}

describe("follow-ups, comments and reports in the pane", () => {
  it("creates a follow-up on a History row through the outbox and shows its To-do No. on the row", async () => {
    const { store } = await openHistory([entry(1)]);
    const row = await screen.findByRole("listitem", { name: "Email number 1" });
    await userEvent.click(within(row).getByRole("button", { name: "Create follow-up" }));
    const form = within(row).getByRole("form", { name: "New follow-up" });
    await userEvent.type(within(form).getByRole("textbox", { name: "Description" }), "Send the quote");
    await userEvent.click(within(form).getByRole("button", { name: "Save follow-up" }));
    expect(await within(row).findByText("Follow-up TD000001")).toBeInTheDocument();
    const sent = store.calls.find((c) => c.method === "followUp");
    expect(sent?.args[0]).toMatchObject({
      kind: "todo",
      request: { description: "Send the quote", entryNo: 101 },
    });
    expect(screen.getByRole("status")).toHaveTextContent(/Follow-up TD000001 saved/);
  }, 30_000);

  it("refuses a follow-up without a description and sends nothing", async () => {
    const { store } = await openHistory([entry(1)]);
    const row = await screen.findByRole("listitem", { name: "Email number 1" });
    await userEvent.click(within(row).getByRole("button", { name: "Create follow-up" }));
    await userEvent.click(within(row).getByRole("button", { name: "Save follow-up" }));
    expect(within(row).getByText("Describe the follow-up.")).toBeInTheDocument();
    expect(store.calls.some((c) => c.method === "followUp")).toBe(false);
  }, 30_000);

  it("adds a comment under an entry and lists it with its date and user", async () => {
    await openHistory([entry(1)]);
    const row = await screen.findByRole("listitem", { name: "Email number 1" });
    await userEvent.click(within(row).getByRole("button", { name: "Comments on Email number 1" }));
    const comments = await within(row).findByRole("region", { name: "Comments on Email number 1" });
    expect(await within(comments).findByText("No comments yet.")).toBeInTheDocument();
    await userEvent.type(within(comments).getByRole("textbox", { name: "Comment" }), "Asked for a discount");
    await userEvent.click(within(comments).getByRole("button", { name: "Add comment" }));
    expect(await within(comments).findByText("Asked for a discount")).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("Comment added");
  }, 30_000);

  it("shows no Reports tab to a user the store does not authorize as a manager", async () => {
    renderApp(receivedEmail);
    await screen.findByRole("listitem", { name: /Анна Петрова/ });
    expect(screen.queryByRole("tab", { name: "Reports" })).not.toBeInTheDocument();
  });

  it("shows a manager the report per template with totals and success rate, and per salesperson on request", async () => {
    const app = renderApp(receivedEmail);
    app.store.access.roles = ["user", "manager"];
    app.store.entries.push(entry(1), entry(2), entry(3, { templateCode: "INHOUSE", salespersonCode: "MI" }));
    await screen.findByRole("listitem", { name: /Анна Петрова/ });
    await userEvent.click(await screen.findByRole("tab", { name: "Reports" }));
    const table = await screen.findByRole("table", { name: "Figures per Interaction template" });
    const rows = within(table).getAllByRole("row");
    expect(rows.map((r) => r.textContent)).toEqual([
      "CodeCountFailedCost (LCY)MinutesSuccess",
      "EMAIL2116.00250%",
      "INHOUSE118.0010%",
      "Total3224.00333.3%",
    ]);
    expect(screen.getByRole("figure", { name: "Interactions per Interaction template" })).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByRole("combobox", { name: /^Per/ }), "Salesperson");
    await userEvent.click(screen.getByRole("button", { name: "Show" }));
    const bySalesperson = await screen.findByRole("table", { name: "Figures per Salesperson" });
    expect(
      within(bySalesperson)
        .getAllByRole("rowheader")
        .map((h) => h.textContent),
    ).toEqual(["JR", "MI", "Total"]);
    expect(
      app.store.calls.filter((c) => c.method === "report").map((c) => (c.args[0] as { by: string }).by),
    ).toEqual(["template", "salesperson"]);
  }, 30_000);
});
